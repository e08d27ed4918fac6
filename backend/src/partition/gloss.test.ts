import { defaultGloss } from './gloss';

describe('defaultGloss', () => {
  it.each([
    [
      '<NUM> ddr errors(s) detected and corrected on rank <NUM>',
      'A number ddr errors(s) detected and corrected on rank a number',
    ],
    [
      'Receiving block blk_<BLK> src: /<IP>:<NUM> dest: /<IP>:<NUM>',
      'Receiving block a block id src: an IP address and port dest: an IP address and port',
    ],
    [
      'Failed password for <*> from <IP> port <NUM> ssh2',
      'Failed password for a value from an IP address port a number ssh2',
    ],
    [
      'ciod: Error creating node map from file <PATH>: <*> <*> <*>',
      'Ciod: Error creating node map from file a path: some values',
    ],
    ['  instruction   cache parity error corrected ', 'Instruction cache parity error corrected'],
    ['<HEX> <UUID> <NODE> <TIME>', 'A hex value a UUID a node id a time'],
    [
      'attempt_<ID> TaskAttempt Transitioned from <*> to <*>',
      'Attempt (an id) TaskAttempt Transitioned from a value to a value',
    ],
    ['generating core.<NUM>', 'Generating core (a number)'],
    // Runs of one placeholder read as its plural.
    ['<ID> <ID> <ID> <ID>', 'Some ids'],
    [
      'expecting type <NUM> (softheader=<HEX> <HEX> <NUM> <NUM>) <ID> <ID> PRXF=<NUM>',
      'Expecting type a number (softheader=some hex values some numbers) some ids PRXF=a number',
    ],
  ])('%s', (text, gloss) => {
    expect(defaultGloss(text)).toBe(gloss);
  });

  it('is never empty and stays one bounded line', () => {
    expect(defaultGloss('')).toBe('A log event with no fixed words');
    expect(defaultGloss(' -- : ')).toBe('A log event with no fixed words');
    const long = defaultGloss(`${'word '.repeat(100)}\nsecond line`);
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long).toMatch(/…$/);
    expect(long).not.toContain('\n');
  });
});

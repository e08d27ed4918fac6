import { generalize, tokenFits, WILDCARD } from '.';

describe('template tokens', () => {
  it.each([
    ['uid=0', 'uid=5', 'uid=<*>'],
    ['alice', 'bob', WILDCARD],
    ['host.a.com:<NUM>', 'www.b.org:<NUM>', '<*>:<NUM>'],
    ['blk_<BLK>', 'blk_<BLK>', 'blk_<BLK>'],
    ['uid=<*>', 'uid=7', 'uid=<*>'],
    ['uid=<*>', 'gid=7', WILDCARD],
    ['(a)', '(b)', '(<*>)'],
    ['<NUM>ms', '<NUM>s', WILDCARD],
  ])('generalize(%s, %s) = %s', (a, b, expected) => {
    expect(generalize(a, b)).toBe(expected);
    expect(tokenFits(expected, a)).toBe(true);
    expect(tokenFits(expected, b)).toBe(true);
  });

  it('a wildcard inside a token stands for at least one character', () => {
    expect(tokenFits('uid=<*>', 'uid=')).toBe(false);
    expect(tokenFits('uid=<*>', 'uid=1')).toBe(true);
    expect(tokenFits('uid=<*>', 'gid=1')).toBe(false);
  });
});

import { createNormalizer } from '../normalize';
import { carriesFailureEvidence } from './evidence';

const normalize = createNormalizer({ format: 'auto' }).normalize;

describe('carriesFailureEvidence', () => {
  it.each([
    // Failure vocabulary in the message, whatever the level.
    ['- 1131566461 2005.11.09 tbird-admin1 Nov 9 12:01:01 local@tbird-admin1 kernel: Link error on port 3', true],
    ['Nov 9 12:01:01 host sshd[42]: authentication failure; logname= uid=0', true],
    ['2015-10-18 18:01:47,978 INFO [main] org.apache.Foo: Could not open file', true],
    // An error level with a quiet message.
    [
      '- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL FATAL data storage interrupt',
      true,
    ],
    // Routine lines.
    ['Nov 9 12:01:01 host ntpd[2902]: synchronized to 10.100.18.250, stratum 3', false],
    [
      '- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL INFO generating core.2275',
      false,
    ],
    ['', false],
  ])('%s → %s', (line, expected) => {
    expect(carriesFailureEvidence(normalize(line))).toBe(expected);
  });
});

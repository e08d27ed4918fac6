/**
 * Invariance: a real line of every Loghub-2k system (tests/fixtures/loghub, 40 lines each, label column removed)
 * normalises to the same tokens, level and component bare and under every wrapper `auto` peels, with random
 * wrapper values (times, hosts, counters, request ids).
 */
import fc from 'fast-check';
import { loghubSystemLines } from '../testing/loghub-fixtures';
import { createNormalizer } from './normalizer';
import { WRAPPERS, wrapLine } from './wrappers';

const auto = createNormalizer({ format: 'auto' });
const shape = (line: string) => {
  const n = auto.normalize(line);
  return { tokens: n.tokens, level: n.level, component: n.component };
};

describe('invariance under wrappers', () => {
  const lines = loghubSystemLines();

  it('covers all 16 Loghub-2k systems', () => {
    expect(new Set(lines.map(([s]) => s)).size).toBe(16);
  });

  it('every fixture line, every wrapper: same tokens, level and component as bare', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...lines),
        fc.constantFrom(...WRAPPERS),
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.stringMatching(/^[a-z][a-z0-9-]{0,14}[a-z0-9]$/),
        fc.nat({ max: 10_000_000 }),
        fc.stringMatching(/^[0-9a-f]{32}$/),
        ([, line], wrapper, time, host, seq, hex) => {
          const bare = shape(line);
          const wrapped = wrapLine(line, wrapper, { time, host, seq, hex, level: auto.normalize(line).level });
          expect(shape(wrapped)).toEqual(bare);
        }
      ),
      { numRuns: 3000, seed: 20261204 }
    );
  });

  it('wrappers nest: CRI around syslog around the line', () => {
    const ctx = { time: new Date('2026-12-04T02:46:04Z'), host: 'h1', seq: 7, hex: '0'.repeat(32), level: null };
    for (const [, line] of lines) {
      const nested = wrapLine(wrapLine(line, 'syslog-3164', ctx), 'cri', ctx);
      expect(shape(nested)).toEqual(shape(line));
    }
  });
});

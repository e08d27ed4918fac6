import { createNormalizer } from '../normalize';
import { loghubSystemLines } from '../testing/loghub-fixtures';
import { createAugmenter, DEFAULT_AUGMENT } from './augment';

const lines = loghubSystemLines().map(([, l]) => l);

describe('createAugmenter', () => {
  it('wraps about the configured share of lines, reproducibly for a seed', () => {
    const run = (seed: number) => {
      const augment = createAugmenter(DEFAULT_AUGMENT, seed);
      return Array.from({ length: 5 }, () => lines.map((l) => augment(l, null))).flat();
    };
    const a = run(7);
    expect(run(7)).toEqual(a);
    expect(run(8)).not.toEqual(a);
    const share = a.filter((l, i) => l !== lines[i % lines.length]).length / a.length;
    expect(share).toBeGreaterThan(0.27);
    expect(share).toBeLessThan(0.33);
  });

  it('never wraps with share 0, always with share 1, and the wrapped line normalises as the bare one', () => {
    const none = createAugmenter({ share: 0 }, 1);
    expect(lines.every((l) => none(l, null) === l)).toBe(true);
    const all = createAugmenter({ share: 1 }, 1);
    const auto = createNormalizer({ format: 'auto' });
    for (const l of lines) {
      const bare = auto.normalize(l);
      const wrapped = all(l, bare.level);
      expect(wrapped).not.toBe(l);
      const n = auto.normalize(wrapped);
      expect([n.tokens, n.level, n.component, n.format]).toEqual([
        bare.tokens,
        bare.level,
        bare.component,
        bare.format,
      ]);
    }
  });
});

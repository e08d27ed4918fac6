import { FeatureHasher } from '../features/bag';
import { DEFAULT_FEATURIZER, featurize } from '../features/hash';
import { createNormalizer } from '../normalize';
import { loghubFixtureLines } from '../testing/fixture-lines';
import { FeatureBatches, MIN_WIDTH } from './feature-batch';

const settings = DEFAULT_FEATURIZER;
const normalizer = createNormalizer({ format: 'auto' });
const lines = loghubFixtureLines().map((l) => normalizer.normalize(l));

/** Checks `input` against the featuriser: every row once, in one group at least as wide as its features. */
function expectGroupsOf(batch: typeof lines, input: ReturnType<FeatureBatches['build']>): void {
  expect(input.rows).toBe(batch.length);
  const seen = new Set<number>();
  const widths = input.groups.map((g) => g.width);
  expect(widths).toEqual([...new Set(widths)].sort((a, b) => a - b));
  for (const g of input.groups) {
    expect(g.width).toBeGreaterThanOrEqual(MIN_WIDTH);
    expect(g.ids.length).toBe(g.rows.length * g.width);
    expect(g.weights.length).toBe(g.rows.length * g.width);
    expect(Array.from(g.rows)).toEqual(Array.from(g.rows).sort((a, b) => a - b));
    g.rows.forEach((row, i) => {
      expect(seen.has(row)).toBe(false);
      seen.add(row);
      const want = featurize(batch[row]!, settings);
      // The narrowest class that holds the row (or the cap), padded with id 0 / weight 0.
      expect(g.width === MIN_WIDTH || want.ids.length > g.width / 2 || g.width === settings.maxFeatures).toBe(true);
      const pad = g.width - want.ids.length;
      expect(Array.from(g.ids.subarray(i * g.width, (i + 1) * g.width))).toEqual([...want.ids, ...Array(pad).fill(0)]);
      expect(Array.from(g.weights.subarray(i * g.width, (i + 1) * g.width))).toEqual([
        ...want.weights,
        ...Array(pad).fill(0),
      ]);
    });
  }
  expect(seen.size).toBe(batch.length);
}

describe('FeatureBatches', () => {
  const batches = new FeatureBatches(new FeatureHasher(settings), settings.maxFeatures);

  it('groups the rows of batches of every size by width, reusing its buffers', () => {
    // Sizes vary so that a reused buffer holds a longer, wider previous batch.
    for (const [start, size] of [
      [0, 1000],
      [1000, 3],
      [1003, 256],
      [0, 1],
      [2000, 999],
      [5000, 64],
      [4000, 2],
    ]) {
      const batch = lines.slice(start, start + size);
      const input = batches.build(batch);
      expectGroupsOf(batch, input);
      batches.release(input);
    }
  });

  it('gives a batch built while another is unreleased its own buffers', () => {
    const a = batches.build(lines.slice(0, 100));
    const before = a.groups.map((g) => Array.from(g.ids));
    const b = batches.build(lines.slice(100, 200));
    expect(b.groups[0]!.ids.buffer).not.toBe(a.groups[0]!.ids.buffer);
    expect(a.groups.map((g) => Array.from(g.ids))).toEqual(before);
    expectGroupsOf(lines.slice(0, 100), a);
    batches.release(a);
    batches.release(b);
  });

  it('gives an empty message the empty feature in the narrowest group', () => {
    const input = batches.build([normalizer.normalize('')]);
    expect(input.groups).toHaveLength(1);
    expect(input.groups[0]!.width).toBe(MIN_WIDTH);
    expect(input.groups[0]!.ids[0]).toBeGreaterThan(0);
    batches.release(input);
  });
});

import { FeatureHasher } from '../features/bag';
import { DEFAULT_FEATURIZER, featurize } from '../features/hash';
import { createNormalizer } from '../normalize';
import { loghubFixtureLines } from '../testing/fixture-lines';
import { FeatureBatches } from './feature-batch';

const settings = DEFAULT_FEATURIZER;
const normalizer = createNormalizer({ format: 'auto' });
const lines = loghubFixtureLines().map((l) => normalizer.normalize(l));

/** The layout the detector built before: rows padded with zeros to the widest line of the batch. */
function padded(batch: typeof lines): { ids: number[]; weights: number[]; width: number } {
  const bags = batch.map((l) => featurize(l, settings));
  const width = Math.max(1, ...bags.map((b) => b.ids.length));
  const ids = new Int32Array(batch.length * width);
  const weights = new Float32Array(batch.length * width);
  bags.forEach((b, row) => {
    ids.set(b.ids, row * width);
    weights.set(b.weights, row * width);
  });
  return { ids: Array.from(ids), weights: Array.from(weights), width };
}

describe('FeatureBatches', () => {
  const batches = new FeatureBatches(new FeatureHasher(settings), settings.maxFeatures);

  it('gives the padded layout for batches of every size, reusing its buffers', () => {
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
      const want = padded(batch);
      expect(input.rows).toBe(batch.length);
      expect(input.width).toBe(want.width);
      expect(Array.from(input.ids)).toEqual(want.ids);
      expect(Array.from(input.weights)).toEqual(want.weights);
      batches.release(input);
    }
  });

  it('gives a batch built while another is unreleased its own buffers', () => {
    const a = batches.build(lines.slice(0, 100));
    const before = Array.from(a.ids);
    const b = batches.build(lines.slice(100, 200));
    expect(b.ids.buffer).not.toBe(a.ids.buffer);
    expect(Array.from(a.ids)).toEqual(before);
    batches.release(a);
    batches.release(b);
  });

  it('pads an empty message with the empty feature, width at least 1', () => {
    const input = batches.build([normalizer.normalize('')]);
    expect(input.width).toBe(1);
    expect(input.ids[0]).toBeGreaterThan(0);
    batches.release(input);
  });
});

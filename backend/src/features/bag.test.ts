import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createNormalizer, type NormalizedLine } from '../normalize';
import { FIXTURES_DIR, loghubFixtureLines } from '../testing/fixture-lines';
import { FeatureHasher } from './bag';
import { DEFAULT_FEATURIZER, featureStrings, hashString, type FeaturizerSettings } from './hash';

/** The bag defined by the feature strings (the slow path): distinct ids, header cap rules, weights. */
function reference(line: NormalizedLine, settings: FeaturizerSettings): { ids: number[]; weights: number[] } {
  const strings = featureStrings(line, settings);
  const isHeader = (s: string) => settings.header && (s.startsWith('l:') || s.startsWith('c:'));
  const headers = strings.filter(isHeader).length;
  const ids: number[] = [];
  const header: boolean[] = [];
  for (const s of strings) {
    const h = isHeader(s);
    if (ids.length >= settings.maxFeatures - (h ? 0 : headers)) {
      if (h) {
        break;
      }
      continue;
    }
    const id = (hashString(s, settings.seed) % (settings.buckets - 1)) + 1;
    if (!ids.includes(id)) {
      ids.push(id);
      header.push(h);
    }
  }
  const messages = header.filter((h) => !h).length;
  return { ids, weights: header.map((h) => Math.fround(h ? 1 : 1 / messages)) };
}

const SETTINGS: FeaturizerSettings[] = [
  DEFAULT_FEATURIZER,
  { ...DEFAULT_FEATURIZER, maxFeatures: 6 },
  { ...DEFAULT_FEATURIZER, maxFeatures: 4, bigrams: false, lexicon: false },
  { ...DEFAULT_FEATURIZER, buckets: 16, params: false, header: false },
];

const normalizer = createNormalizer({ format: 'auto' });
const corpus = [
  ...loghubFixtureLines(),
  readFileSync(join(FIXTURES_DIR, 'sequence/openstack_instances.log'), 'utf8').split('\n').slice(0, 200),
  '',
  'ΣΊΣΥΦΟΣ Ünïcode LEVEL ERROR ΟΔΟΣ',
  'İstanbul DİSK FAILED on node-7 timeout failed error',
  Array.from({ length: 300 }, (_, i) => `word${i % 50}x failed`).join(' '),
].flat();

/** Writes at an offset into a buffer full of garbage, as a batch row would be, and checks row and padding. */
function check(hasher: FeatureHasher, line: NormalizedLine, settings: FeaturizerSettings): void {
  const stride = settings.maxFeatures;
  const ids = new Int32Array(3 * stride).fill(-7);
  const weights = new Float32Array(3 * stride).fill(-7);
  const n = hasher.write(line, ids, weights, stride);
  const want = reference(line, settings);
  expect(Array.from(ids.subarray(stride, stride + n))).toEqual(want.ids);
  expect(Array.from(weights.subarray(stride, stride + n))).toEqual(want.weights);
  expect(Array.from(ids.subarray(stride + n, 2 * stride)).every((v) => v === 0)).toBe(true);
  expect(Array.from(weights.subarray(stride + n, 2 * stride)).every((v) => v === 0)).toBe(true);
  // Neighbouring rows are untouched.
  expect(ids[stride - 1]).toBe(-7);
  expect(ids[2 * stride]).toBe(-7);
}

describe('FeatureHasher.write', () => {
  it.each(SETTINGS.map((s, i) => [i, s] as const))(
    'equals the bag of featureStrings on the fixtures (settings %i)',
    (_, settings) => {
      const hasher = new FeatureHasher(settings);
      for (const raw of corpus) {
        check(hasher, normalizer.normalize(raw), settings);
      }
    }
  );

  it('equals the bag of featureStrings on arbitrary tokens, params and header fields', () => {
    const word = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
      fc.constantFrom('FAILED', 'ok', 'Σ')
    );
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 40 }),
        fc.array(fc.string({ unit: 'binary', maxLength: 50 }), { maxLength: 5 }),
        fc.option(word),
        fc.option(word),
        fc.integer({ min: 0, max: SETTINGS.length - 1 }),
        (tokens, values, level, component, which) => {
          const settings = SETTINGS[which]!;
          const line: NormalizedLine = {
            format: 'unknown',
            timestamp: null,
            level,
            component,
            host: null,
            message: tokens.join(' '),
            tokens,
            params: values.map((value, i) => ({ type: 'NUM', value, tokenIndex: i })),
            truncated: false,
          };
          check(new FeatureHasher(settings), line, settings);
        }
      ),
      { seed: 20261130, numRuns: 300 }
    );
  });
});

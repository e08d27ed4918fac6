/**
 * Hashed-token features of a normalised line (the "hashing trick"): masked message tokens, their bigrams, raw
 * parameter values and header fields, each hashed with a seeded FNV-1a into one of `buckets` ids. Bucket 0 is the
 * padding id of the ONNX input, so real features land in 1..buckets-1. No vocabulary to ship or to go stale: a
 * token never seen in training still maps to a bucket, and a new system's lines still produce features.
 */
import { z } from 'zod';
import type { NormalizedLine } from '../normalize';
import { feed, FeatureHasher, finish, MAX_PARAM_CHARS } from './bag';
import { lexiconClasses } from './lexicon';
import { fnv1aStart } from '../util/fnv1a';

export { LEXICON, lexiconClasses } from './lexicon';

export const featurizerSettingsSchema = z
  .object({
    kind: z.literal('hashed-tokens'),
    /** Embedding rows, a power of two. */
    buckets: z
      .number()
      .int()
      .min(16)
      .max(1 << 22)
      .refine((n) => (n & (n - 1)) === 0, 'buckets must be a power of two'),
    seed: z.number().int().min(0).max(0xffffffff),
    /** Features per line at most (the ONNX input's second dimension is padded to the batch's longest line). */
    maxFeatures: z.number().int().min(4).max(4096),
    bigrams: z.boolean(),
    /** Raw values behind the masks (`p:NUM:404`), capped in length so megabyte values cost nothing. */
    params: z.boolean(),
    /** Level and component from the header. */
    header: z.boolean(),
    /** Error-vocabulary classes (`k:fail` for failed/failure/FAILED …), shared by every system's wording. */
    lexicon: z.boolean(),
  })
  .strict();

export type FeaturizerSettings = z.infer<typeof featurizerSettingsSchema>;

export const DEFAULT_FEATURIZER: FeaturizerSettings = Object.freeze({
  kind: 'hashed-tokens',
  buckets: 1 << 15,
  seed: 0x5bd1e995,
  maxFeatures: 128,
  bigrams: true,
  params: true,
  header: true,
  lexicon: true,
});

/** 32-bit FNV-1a over UTF-16 code units, seeded; Math.imul keeps it in int32 arithmetic. */
export function hashString(text: string, seed: number): number {
  return finish(feed(fnv1aStart(seed), text));
}

/** The feature strings of a line, before hashing (exposed for tests and for explaining a prediction). */
export function featureStrings(line: NormalizedLine, settings: FeaturizerSettings): string[] {
  const out: string[] = [];
  const words = line.tokens.map((t) => t.toLowerCase());
  for (const w of words) {
    out.push(`w:${w}`);
  }
  if (settings.bigrams) {
    for (let i = 1; i < words.length; i++) {
      out.push(`b:${words[i - 1]} ${words[i]}`);
    }
  }
  if (settings.params) {
    for (const p of line.params) {
      out.push(`p:${p.type}:${p.value.slice(0, MAX_PARAM_CHARS).toLowerCase()}`);
    }
  }
  if (settings.lexicon) {
    const classes = new Set<string>();
    for (const w of words) {
      for (const c of lexiconClasses(w)) {
        classes.add(c);
      }
    }
    for (const c of classes) {
      out.push(`k:${c}`);
    }
  }
  if (settings.header) {
    if (line.level) {
      out.push(`l:${line.level.toLowerCase()}`);
    }
    if (line.component) {
      out.push(`c:${line.component.toLowerCase()}`);
    }
  }
  if (out.length === 0) {
    out.push('empty');
  }
  return out;
}

export interface Features {
  /** Distinct bucket ids in 1..buckets-1, at most `maxFeatures`, in first-seen order. */
  ids: Int32Array;
  /** Bag weight of each id: message features share a total weight of 1, header features weigh 1 each. */
  weights: Float32Array;
}

// One hasher per settings object: its prefix states and scratch row are reused across lines.
const hashers = new WeakMap<FeaturizerSettings, { hasher: FeatureHasher; ids: Int32Array; weights: Float32Array }>();

/**
 * The ids of `featureStrings(line)` hashed into buckets 1..buckets-1 (bucket 0 is the padding id), computed
 * without building the strings. Header features (level, component) are not averaged with the message's: a long
 * message of unseen words must not dilute the one field that says FATAL or INFO. The scoring path writes into
 * its batch buffers with `FeatureHasher` directly.
 */
export function featurize(line: NormalizedLine, settings: FeaturizerSettings): Features {
  let h = hashers.get(settings);
  if (!h) {
    h = {
      hasher: new FeatureHasher(settings),
      ids: new Int32Array(settings.maxFeatures),
      weights: new Float32Array(settings.maxFeatures),
    };
    hashers.set(settings, h);
  }
  const n = h.hasher.write(line, h.ids, h.weights, 0);
  return { ids: h.ids.slice(0, n), weights: h.weights.slice(0, n) };
}

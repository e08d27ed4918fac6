/**
 * Hashed-token features of a normalised line (the "hashing trick"): masked message tokens, their bigrams, raw
 * parameter values and header fields, each hashed with a seeded FNV-1a into one of `buckets` ids. Bucket 0 is the
 * padding id of the ONNX input, so real features land in 1..buckets-1. No vocabulary to ship or to go stale: a
 * token never seen in training still maps to a bucket, and a new system's lines still produce features.
 */
import { z } from 'zod';
import type { NormalizedLine } from '../normalize';

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

/**
 * Word classes of failure vocabulary. A template never seen in training still shares these with the labelled
 * ones (`Lustre mount FAILED` with `NFS Mount failed`), which is what lets the router and experts generalise.
 */
const LEXICON: ReadonlyArray<[string, RegExp]> = [
  ['fail', /fail/],
  ['error', /err(or)?s?\b|^err/],
  ['assert', /assert/],
  ['exception', /exception|traceback|stack ?trace/],
  ['timeout', /time ?out|timed/],
  ['refused', /refus|denied|reject|forbidden|unauthori[sz]ed/],
  ['lost', /lost|sever|closed|reset|broken|disconnect|unreachable|down\b/],
  ['fatal', /fatal|panic|crash|abort|kill|terminat|core ?dump|segfault/],
  ['corrupt', /corrupt|invalid|illegal|bad\b|mismatch|unexpected/],
  ['missing', /missing|not ?found|no ?such|unable|cannot|can't|could ?not/],
  ['retry', /retr(y|ies|ying)|again/],
  ['ok', /success|succeeded|completed?|ok\b|started|ready|connected/],
];

const MAX_PARAM_CHARS = 32;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over UTF-16 code units, seeded; Math.imul keeps it in int32 arithmetic. */
export function hashString(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  // Final avalanche (from murmur3's fmix32) so that nearby strings spread over the low bits used as the bucket.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Log vocabularies are small and repetitive: a bounded memo makes the twelve regexes per word a map lookup.
const LEXICON_MEMO_LIMIT = 50_000;
const lexiconMemo = new Map<string, readonly string[]>();

/** Classes of a word, matched on its lowercase form (memoised by the word as given). */
function lexiconClasses(word: string): readonly string[] {
  let classes = lexiconMemo.get(word);
  if (classes === undefined) {
    const lower = word.toLowerCase();
    classes = LEXICON.filter(([, re]) => re.test(lower)).map(([name]) => name);
    if (lexiconMemo.size >= LEXICON_MEMO_LIMIT) {
      lexiconMemo.clear();
    }
    lexiconMemo.set(word, classes);
  }
  return classes;
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

/** FNV-1a state after `text` (UTF-16 code units), continuing from `h`. */
function feed(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  }
  return h;
}

/** `feed(h, text.toLowerCase())` without allocating the lowercase string for ASCII text. */
function feedLower(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) {
      // Unicode lowercasing is context-sensitive (final sigma): lowercase the whole string.
      return feed(h, text.toLowerCase());
    }
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
  }
  return h;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The hashes of `featureStrings(line)`, in the same order, computed without building the strings (the hot path
 * of scoring: string concatenation and lowercasing were a third of its time, mostly garbage collection).
 * `header` marks the level and component features.
 */
function featureHashes(line: NormalizedLine, settings: FeaturizerSettings): { hashes: number[]; header: number } {
  const start = (0x811c9dc5 ^ settings.seed) >>> 0;
  const hashes: number[] = [];
  const tokens = line.tokens;
  const wordStates = tokens.map((t) => feedLower(feed(start, 'w:'), t));
  for (const h of wordStates) {
    hashes.push(finish(h));
  }
  if (settings.bigrams) {
    for (let i = 1; i < tokens.length; i++) {
      hashes.push(finish(feedLower(feed(feedLower(feed(start, 'b:'), tokens[i - 1]!), ' '), tokens[i]!)));
    }
  }
  if (settings.params) {
    for (const p of line.params) {
      hashes.push(finish(feedLower(feed(feed(feed(start, 'p:'), p.type), ':'), p.value.slice(0, MAX_PARAM_CHARS))));
    }
  }
  if (settings.lexicon) {
    const classes = new Set<string>();
    for (const t of tokens) {
      for (const c of lexiconClasses(t)) {
        classes.add(c);
      }
    }
    for (const c of classes) {
      hashes.push(finish(feed(feed(start, 'k:'), c)));
    }
  }
  let header = 0;
  if (settings.header) {
    if (line.level) {
      hashes.push(finish(feedLower(feed(start, 'l:'), line.level)));
      header += 1;
    }
    if (line.component) {
      hashes.push(finish(feedLower(feed(start, 'c:'), line.component)));
      header += 1;
    }
  }
  if (hashes.length === 0) {
    hashes.push(finish(feed(start, 'empty')));
  }
  return { hashes, header };
}

/**
 * Header features (level, component) are not averaged with the message's: a long message of unseen words must
 * not dilute the one field that says FATAL or INFO.
 */
export function featurize(line: NormalizedLine, settings: FeaturizerSettings): Features {
  const span = settings.buckets - 1;
  const { hashes, header: headers } = featureHashes(line, settings);
  const ids = new Int32Array(Math.min(hashes.length, settings.maxFeatures));
  const isHeader = new Uint8Array(ids.length);
  const seen = new Set<number>();
  let n = 0;
  let messageCount = 0;
  // Header features come last: reserve their places so that the cap cuts message features, never the level.
  const firstHeader = hashes.length - headers;
  for (let j = 0; j < hashes.length; j++) {
    const header = j >= firstHeader;
    if (n >= settings.maxFeatures - (header ? 0 : headers)) {
      if (header) {
        break;
      }
      continue;
    }
    // Map to 1..buckets-1: bucket 0 is reserved for padding.
    const id = (hashes[j]! % span) + 1;
    if (!seen.has(id)) {
      seen.add(id);
      ids[n] = id;
      isHeader[n] = header ? 1 : 0;
      messageCount += header ? 0 : 1;
      n += 1;
    }
  }
  const weights = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    weights[i] = isHeader[i] ? 1 : 1 / messageCount;
  }
  return { ids: ids.slice(0, n), weights };
}

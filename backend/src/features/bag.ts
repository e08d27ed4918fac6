/**
 * The scoring path's featuriser: the ids and weights of `featureStrings(line)` hashed (see hash.ts), written
 * straight into a caller's buffers. No strings, no per-line arrays or Sets: prefix states are computed once per
 * settings, a token's own hashes and lexicon classes (a bitmask) are memoised, and duplicate ids are found in a
 * reused, epoch-stamped table.
 */
import type { NormalizedLine } from '../normalize';
import { fnv1aFeed, fnv1aStart, FNV_PRIME } from '../util/fnv1a';
import { LEXICON, lexiconMask } from './lexicon';

/** The settings the hasher reads (a subset of `FeaturizerSettings`, kept structural to avoid an import cycle). */
export interface BagSettings {
  buckets: number;
  seed: number;
  maxFeatures: number;
  bigrams: boolean;
  params: boolean;
  header: boolean;
  lexicon: boolean;
}

export const MAX_PARAM_CHARS = 32;

/** FNV-1a state after `text` (UTF-16 code units), continuing from `h`. */
export const feed = fnv1aFeed;

/** `feed(h, text.toLowerCase())` without allocating the lowercase string for ASCII text. */
export function feedLower(h: number, text: string): number {
  let state = h;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) {
      // Unicode lowercasing is context-sensitive (final sigma): start over on the lowercased string.
      return feed(h, text.toLowerCase());
    }
    state = Math.imul(state ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
  }
  return state;
}

/** Final avalanche (murmur3's fmix32), so that nearby strings spread over the low bits used as the bucket. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

interface TokenHashes {
  /** Finished hash of `w:<token>`. */
  word: number;
  /** FNV state after `b:<token> `, where the next token's bigram continues. */
  prefix: number;
  /** LEXICON classes as a bitmask. */
  lexicon: number;
}

const TOKEN_MEMO_LIMIT = 50_000;

export class FeatureHasher {
  private readonly tokens = new Map<string, TokenHashes>();
  /** The current line's token memos, by position (reused; entries past the line's tokens are stale). */
  private readonly line: TokenHashes[] = [];
  private readonly span: number;
  private readonly word: number;
  private readonly bigram: number;
  private readonly param: number;
  private readonly level: number;
  private readonly component: number;
  private readonly empty: number;
  /** Finished hash of `k:<class>` per LEXICON entry: constants. */
  private readonly classes: number[];
  // Open-addressing set of the ids of the current line: a slot is live iff its stamp equals `epoch`.
  private readonly slots: Int32Array;
  private readonly stamps: Uint32Array;
  private readonly mask: number;
  private epoch = 0;
  // The row being written.
  private ids: Int32Array = new Int32Array(0);
  private at = 0;
  private count = 0;
  private limit = 0;

  constructor(private readonly settings: BagSettings) {
    const start = fnv1aStart(settings.seed);
    this.span = settings.buckets - 1;
    this.word = feed(start, 'w:');
    this.bigram = feed(start, 'b:');
    this.param = feed(start, 'p:');
    this.level = feed(start, 'l:');
    this.component = feed(start, 'c:');
    this.empty = finish(feed(start, 'empty'));
    const k = feed(start, 'k:');
    this.classes = LEXICON.map(([name]) => finish(feed(k, name)));
    let size = 64;
    while (size < 2 * settings.maxFeatures) {
      size *= 2;
    }
    this.slots = new Int32Array(size);
    this.stamps = new Uint32Array(size);
    this.mask = size - 1;
  }

  /**
   * Writes the line's distinct ids (first-seen order, at most `maxFeatures`) and their bag weights at `offset`,
   * zeroes the rest of the row up to `offset + maxFeatures` (padding), and returns how many it wrote. Message
   * features share a total weight of 1, header features (level, component) weigh 1 each and are never cut.
   */
  write(line: NormalizedLine, ids: Int32Array, weights: Float32Array, offset: number): number {
    const s = this.settings;
    const headers = s.header ? (line.level ? 1 : 0) + (line.component ? 1 : 0) : 0;
    this.begin(ids, offset, s.maxFeatures - headers);
    const produced = this.message(line);
    const messages = this.count;
    this.limit = s.maxFeatures;
    if (headers > 0) {
      if (line.level) {
        this.add(finish(feedLower(this.level, line.level)));
      }
      if (line.component) {
        this.add(finish(feedLower(this.component, line.component)));
      }
    } else if (!produced) {
      this.add(this.empty);
    }
    const n = this.count;
    const share = 1 / messages;
    for (let i = 0; i < n; i++) {
      weights[offset + i] = i < messages ? share : 1;
    }
    ids.fill(0, offset + n, offset + s.maxFeatures);
    weights.fill(0, offset + n, offset + s.maxFeatures);
    return n;
  }

  /** Message features in `featureStrings` order; false when the line has none (then it gets `empty`). */
  private message(line: NormalizedLine): boolean {
    const s = this.settings;
    const tokens = line.tokens;
    const memo = this.line;
    let produced = tokens.length > 0;
    // Each token's memo is looked up once, here; the later passes read `memo` (they run only if this one
    // finished: a full row stays full).
    for (let i = 0; i < tokens.length && !this.full(); i++) {
      const t = this.token(tokens[i]!);
      memo[i] = t;
      this.add(t.word);
    }
    if (s.bigrams && tokens.length > 1) {
      for (let i = 1; i < tokens.length && !this.full(); i++) {
        this.add(finish(feedLower(memo[i - 1]!.prefix, tokens[i]!)));
      }
    }
    if (s.params) {
      const params = line.params;
      produced ||= params.length > 0;
      for (let i = 0; i < params.length && !this.full(); i++) {
        const p = params[i]!;
        const value = p.value.length > MAX_PARAM_CHARS ? p.value.slice(0, MAX_PARAM_CHARS) : p.value;
        this.add(finish(feedLower(feed(feed(this.param, p.type), ':'), value)));
      }
    }
    if (s.lexicon) {
      let seen = 0;
      for (let i = 0; i < tokens.length && !this.full(); i++) {
        const fresh = memo[i]!.lexicon & ~seen;
        for (let c = 0; fresh >>> c !== 0; c++) {
          if ((fresh & (1 << c)) !== 0) {
            this.add(this.classes[c]!);
          }
        }
        seen |= fresh;
      }
    }
    return produced;
  }

  /** What a token contributes on its own; log vocabularies are small, so this is mostly a map lookup. */
  private token(text: string): TokenHashes {
    let t = this.tokens.get(text);
    if (t === undefined) {
      t = {
        word: finish(feedLower(this.word, text)),
        prefix: feed(feedLower(this.bigram, text), ' '),
        lexicon: lexiconMask(text),
      };
      if (this.tokens.size >= TOKEN_MEMO_LIMIT) {
        this.tokens.clear();
      }
      this.tokens.set(text, t);
    }
    return t;
  }

  private begin(ids: Int32Array, offset: number, limit: number): void {
    this.ids = ids;
    this.at = offset;
    this.count = 0;
    this.limit = limit;
    this.epoch = (this.epoch + 1) >>> 0;
    if (this.epoch === 0) {
      // Wrapped after 2^32 lines: old stamps could look live again.
      this.stamps.fill(0);
      this.epoch = 1;
    }
  }

  /** Past the cap every further message feature is dropped, so there is no need to hash it. */
  private full(): boolean {
    return this.count >= this.limit;
  }

  private add(hash: number): void {
    if (this.count >= this.limit) {
      return;
    }
    // Map to 1..buckets-1: bucket 0 is reserved for padding.
    const id = (hash % this.span) + 1;
    let slot = id & this.mask;
    while (this.stamps[slot] === this.epoch) {
      if (this.slots[slot] === id) {
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    this.stamps[slot] = this.epoch;
    this.slots[slot] = id;
    this.ids[this.at + this.count] = id;
    this.count++;
  }
}

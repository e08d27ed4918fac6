/**
 * The lines a selector has already accounted in its trailing window, so the window can be read again every poll
 * and only lines that arrived late are scored. A line's identity is its stream, nanosecond timestamp and text
 * (Loki itself drops an exact duplicate of all three at ingest); it is kept as 66 bits of its SHA-1 (11 base64url characters), bucketed by second
 * so the set can be pruned as the window moves and written compactly into the checkpoint.
 */
import { hash } from 'node:crypto';
import { canonicalLabels, type LokiEntry } from '../loki';

const KEY_CHARS = 11;
const NS_PER_SECOND = 1_000_000_000n;

/** Canonical label strings, cached per labels object: every entry of a stream shares its labels object. */
const labelStrings = new WeakMap<Record<string, string>, string>();

export function lineKey(entry: Pick<LokiEntry, 'labels' | 'ts' | 'line'>): string {
  let labels = labelStrings.get(entry.labels);
  if (labels === undefined) {
    labels = canonicalLabels(entry.labels);
    labelStrings.set(entry.labels, labels);
  }
  // One-shot hash of one string: ≈ 2× faster than a createHash chain on watcher pages (bench/watch profile).
  return hash('sha1', `${labels}\n${entry.ts}\n${entry.line}`, 'base64url').slice(0, KEY_CHARS);
}

function secondOf(ts: string): number {
  // Digits above the last nine, without a BigInt per line (a hot path: every line read, every poll).
  return ts.length > 9 ? Number(ts.slice(0, -9)) : 0;
}

/** Serialised form: `[second, concatenated keys]` per second, oldest first. */
export type SeenBuckets = Array<[number, string]>;

export class SeenSet {
  private readonly buckets = new Map<number, Set<string>>();
  private count = 0;

  /**
   * @param from Every accounted line at or after this ns timestamp is in the set (lines before it may not be).
   */
  constructor(
    private fromNs: string,
    buckets: SeenBuckets = []
  ) {
    for (const [second, keys] of buckets) {
      const set = new Set<string>();
      for (let i = 0; i + KEY_CHARS <= keys.length; i += KEY_CHARS) {
        set.add(keys.slice(i, i + KEY_CHARS));
      }
      this.buckets.set(second, set);
      this.count += set.size;
    }
  }

  /** The ns timestamp from which the set is complete. */
  get from(): string {
    return this.fromNs;
  }

  get size(): number {
    return this.count;
  }

  has(ts: string, key: string): boolean {
    return this.buckets.get(secondOf(ts))?.has(key) ?? false;
  }

  /** Adds the key; false when it was already there. */
  add(ts: string, key: string): boolean {
    const second = secondOf(ts);
    let set = this.buckets.get(second);
    if (!set) {
      set = new Set();
      this.buckets.set(second, set);
    }
    if (set.has(key)) {
      return false;
    }
    set.add(key);
    this.count++;
    return true;
  }

  /** Forgets lines older than `horizonNs`, rounded down to its second (the set stays complete from there). */
  prune(horizonNs: string): void {
    const second = secondOf(horizonNs);
    const floor = (BigInt(second) * NS_PER_SECOND).toString();
    if (BigInt(floor) <= BigInt(this.fromNs)) {
      return;
    }
    for (const [s, set] of this.buckets) {
      if (s < second) {
        this.count -= set.size;
        this.buckets.delete(s);
      }
    }
    this.fromNs = floor;
  }

  serialize(): SeenBuckets {
    return [...this.buckets]
      .filter(([, set]) => set.size > 0)
      .sort((a, b) => a[0] - b[0])
      .map(([second, set]) => [second, [...set].join('')]);
  }
}

/**
 * One stream's baseline in memory: per template, sparse hourly counts over a rolling window (only hours with
 * lines are kept, so a template seen in 3 hours costs 3 pairs, not 168 slots), first and last seen, its text.
 * Pure data structure, no I/O: the store persists it, the classifier reads it.
 *
 * Bounded: at most `maxTemplates` per stream (default 300, the cap of Loki's pattern ingester). Eviction, when a
 * new template arrives at a full stream: first every template not seen within the window, then the template with
 * the fewest occurrences in the window (ties: the least recently seen). Routine templates are the frequent ones,
 * so churn of one-off templates replaces one-offs and never what the stream does every hour.
 */

import { similarity } from './pattern';

export const HOUR_MS = 3_600_000;

export interface BaselineLimits {
  /** Rolling window in hours (default 168 = 7 days). */
  windowHours: number;
  /** Templates kept per stream (default 300). */
  maxTemplates: number;
}

export const DEFAULT_LIMITS: BaselineLimits = { windowHours: 168, maxTemplates: 300 };

/** Sparse hour → count series, hours ascending. */
export interface HourSeries {
  hours: number[];
  counts: number[];
}

export interface TemplateStats extends HourSeries {
  id: string;
  text: string;
  /** Epoch ms. */
  firstSeen: number;
  lastSeen: number;
  /** Sum of `counts` (occurrences within the window). */
  seen: number;
}

export interface StreamStats extends HourSeries {
  key: string;
  labels: Record<string, string>;
  firstSeen: number;
  lastSeen: number;
  /** Sum of `counts`: the stream's lines within the window. */
  lines: number;
  /** The newest hour observed: the window is (clock − windowHours, clock]. */
  clock: number;
  templates: Map<string, TemplateStats>;
  /** Loki history was read for this stream (or it was fed explicitly), so no bootstrap is due. */
  bootstrapped: boolean;
  /** Pattern id → the stored template it resolves to (null: none), valid while `version` is unchanged. */
  resolved: Map<string, string | null>;
  /** Bumped whenever a template is added or evicted. */
  version: number;
  resolvedVersion: number;
}

/**
 * A pattern that is not stored itself joins the stored template of the same length it agrees with on at least
 * `RESOLVE_SIMILARITY` of its tokens (Drain's rule, applied to the stream's ≤ 300 templates): `session closed for
 * user test` counts as `session closed for user root` when that is the stream's routine. 0.6 was fitted on the
 * Loghub-2k quarters (0.6 / 0.75 / 0.9: Linux 4.6 / 4.6 / 11.2 %, Mac 4.4 / 4.8 / 4.8 %); differing failure words never
 * match (pattern.ts). Memoised per stream.
 */
export const RESOLVE_SIMILARITY = 0.6;

export function resolveTemplate(
  stream: StreamStats,
  pattern: { id: string; text: string },
  minSimilarity = RESOLVE_SIMILARITY
): string | null {
  if (stream.templates.has(pattern.id)) {
    return pattern.id;
  }
  if (stream.resolvedVersion !== stream.version) {
    stream.resolved.clear();
    stream.resolvedVersion = stream.version;
  }
  const memo = stream.resolved.get(pattern.id);
  if (memo !== undefined) {
    return memo;
  }
  const tokens = pattern.text.split(' ');
  let best: string | null = null;
  let bestSim = minSimilarity;
  for (const t of stream.templates.values()) {
    const sim = similarity(tokens, t.text.split(' '));
    if (sim >= bestSim && (best === null || sim > bestSim)) {
      best = t.id;
      bestSim = sim;
    }
  }
  if (stream.resolved.size >= 10_000) {
    stream.resolved.clear();
  }
  stream.resolved.set(pattern.id, best);
  return best;
}

export function hourOf(ms: number): number {
  return Math.floor(ms / HOUR_MS);
}

export function emptyStream(key: string, labels: Record<string, string>): StreamStats {
  return {
    key,
    labels,
    firstSeen: 0,
    lastSeen: 0,
    lines: 0,
    clock: -Infinity,
    hours: [],
    counts: [],
    templates: new Map(),
    bootstrapped: false,
    resolved: new Map(),
    version: 0,
    resolvedVersion: 0,
  };
}

/** Adds `n` at `hour` (appending when it is the newest, the common case). */
export function addToSeries(s: HourSeries, hour: number, n: number): void {
  const last = s.hours.length - 1;
  if (last >= 0 && s.hours[last] === hour) {
    s.counts[last] += n;
    return;
  }
  if (last < 0 || s.hours[last]! < hour) {
    s.hours.push(hour);
    s.counts.push(n);
    return;
  }
  // An older hour (late or out-of-order lines): insert in place.
  let i = last;
  while (i >= 0 && s.hours[i]! > hour) {
    i--;
  }
  if (i >= 0 && s.hours[i] === hour) {
    s.counts[i] += n;
  } else {
    s.hours.splice(i + 1, 0, hour);
    s.counts.splice(i + 1, 0, n);
  }
}

/** Drops hours before `fromHour`; returns the count dropped. */
export function pruneSeries(s: HourSeries, fromHour: number): number {
  let k = 0;
  let dropped = 0;
  while (k < s.hours.length && s.hours[k]! < fromHour) {
    dropped += s.counts[k]!;
    k++;
  }
  if (k > 0) {
    s.hours.splice(0, k);
    s.counts.splice(0, k);
  }
  return dropped;
}

export function countAt(s: HourSeries, hour: number): number {
  for (let i = s.hours.length - 1; i >= 0; i--) {
    const h = s.hours[i]!;
    if (h === hour) {
      return s.counts[i]!;
    }
    if (h < hour) {
      return 0;
    }
  }
  return 0;
}

/** First hour inside the window. */
export function windowStart(stream: StreamStats, limits: BaselineLimits): number {
  return stream.clock - limits.windowHours + 1;
}

/** Brings a template's window up to the stream's clock (templates are pruned lazily, when touched). */
export function refreshTemplate(stream: StreamStats, t: TemplateStats, limits: BaselineLimits): void {
  t.seen -= pruneSeries(t, windowStart(stream, limits));
}

/**
 * Counts `n` occurrences of a template at `ms`. Returns the templates evicted to make room (the store deletes
 * their rows).
 */
export function observe(
  stream: StreamStats,
  id: string,
  text: string,
  ms: number,
  n: number,
  limits: BaselineLimits
): TemplateStats[] {
  const hour = hourOf(ms);
  if (hour > stream.clock) {
    stream.clock = hour;
    stream.lines -= pruneSeries(stream, windowStart(stream, limits));
  }
  const from = windowStart(stream, limits);
  if (hour < from) {
    // Older than the window: it no longer says anything about the current routine.
    return [];
  }
  addToSeries(stream, hour, n);
  stream.lines += n;
  stream.firstSeen = stream.firstSeen === 0 ? ms : Math.min(stream.firstSeen, ms);
  stream.lastSeen = Math.max(stream.lastSeen, ms);
  let t = stream.templates.get(id);
  let evicted: TemplateStats[] = [];
  if (t === undefined) {
    evicted = makeRoom(stream, limits);
    t = { id, text, firstSeen: ms, lastSeen: ms, seen: 0, hours: [], counts: [] };
    stream.templates.set(id, t);
    stream.version++;
  } else {
    refreshTemplate(stream, t, limits);
    t.firstSeen = Math.min(t.firstSeen, ms);
    t.lastSeen = Math.max(t.lastSeen, ms);
  }
  addToSeries(t, hour, n);
  t.seen += n;
  return evicted;
}

function makeRoom(stream: StreamStats, limits: BaselineLimits): TemplateStats[] {
  if (stream.templates.size < limits.maxTemplates) {
    return [];
  }
  const evicted: TemplateStats[] = [];
  const from = windowStart(stream, limits);
  for (const t of stream.templates.values()) {
    if (hourOf(t.lastSeen) < from) {
      evicted.push(t);
    }
  }
  if (evicted.length === 0) {
    let victim: TemplateStats | null = null;
    for (const t of stream.templates.values()) {
      refreshTemplate(stream, t, limits);
      if (victim === null || t.seen < victim.seen || (t.seen === victim.seen && t.lastSeen < victim.lastSeen)) {
        victim = t;
      }
    }
    evicted.push(victim!);
  }
  for (const t of evicted) {
    stream.templates.delete(t.id);
    stream.version++;
  }
  return evicted;
}

/**
 * A line's template against its stream's baseline: new, burst, rare or routine (chronic is decided with the
 * model's verdict, in combine.ts). Pure: the stream's stats and the line's hour in, the evidence out.
 *
 * The thresholds were fitted on the first quarter → second quarter of the Loghub-2k systems (baseline from the
 * first quarter, flagged share of the second), never on the halves the README reports; see README.md.
 */
import type { BaselineEvidence } from '../contract';
import {
  countAt,
  HOUR_MS,
  RESOLVE_SIMILARITY,
  refreshTemplate,
  windowStart,
  type BaselineLimits,
  type StreamStats,
} from './stats';

export interface BaselineRules {
  /** A stream with fewer lines in its window has no baseline yet: its lines are scored as without one. */
  minStreamLines: number;
  /** Routine: seen at least this often within the window … */
  routineMinSeen: number;
  /**
   * … from first to last occurrence over at least this share of the stream's history in the window (so one burst
   * of a template does not make it routine). A share, not a count of hours, so it means the same on a stream with
   * 15 minutes of history (Thunderbird_2k) as on one with 7 days.
   */
  routineMinSpan: number;
  /**
   * Burst: this hour's count exceeds `burstFactor` × the template's busiest other hour in the window (its usual
   * range: a template that routinely comes in bursts, like ssh brute-force attempts, is not bursting when it does
   * again) …
   */
  burstFactor: number;
  /** … and at least this many lines (a template seen twice an hour instead of 0.1 times is not a burst). */
  burstMinPerHour: number;
  /** An unseen pattern joins a stored template of its length that agrees on this share of tokens (stats.ts). */
  resolveSimilarity: number;
}

export const DEFAULT_RULES: BaselineRules = {
  minStreamLines: 100,
  routineMinSeen: 2,
  routineMinSpan: 0.25,
  burstFactor: 3,
  burstMinPerHour: 20,
  resolveSimilarity: RESOLVE_SIMILARITY,
};

/**
 * `requestCount`, `requestFirstMs`: occurrences, and the first one's time, of the template in the same hour among the lines being scored (a request is a
 * window of the stream; the larger of it and the store's count is the observed rate, so lines the watcher already
 * counted are not counted twice when the same window is scored again from Grafana).
 */
export function classify(
  stream: StreamStats,
  templateId: string,
  hour: number,
  requestCount: number,
  requestFirstMs: number,
  rules: BaselineRules,
  limits: BaselineLimits
): BaselineEvidence | null {
  if (stream.lines < rules.minStreamLines) {
    return null;
  }
  const t = stream.templates.get(templateId);
  if (t === undefined) {
    // firstSeen of a new template: its first occurrence among the lines scored.
    return {
      state: 'new',
      seen: 0,
      firstSeen: new Date(requestFirstMs).toISOString(),
      expectedPerHour: 0,
      observedPerHour: requestCount,
    };
  }
  refreshTemplate(stream, t, limits);
  const stored = countAt(t, hour);
  const observed = Math.max(stored, requestCount);
  // The usual rate: occurrences in the window outside this hour over the stream's active hours outside it
  // (hours the stream was silent say nothing about the template's rate).
  const streamHours = stream.hours.length - (countAt(stream, hour) > 0 ? 1 : 0);
  const expected = streamHours > 0 ? (t.seen - stored) / streamHours : 0;
  const base = {
    seen: t.seen,
    firstSeen: new Date(t.firstSeen).toISOString(),
    expectedPerHour: round(expected),
    observedPerHour: observed,
  };
  if (t.seen === 0) {
    // Kept (within the cap) but not seen within the window: as good as new.
    return { ...base, state: 'new' };
  }
  let peak = 0;
  for (let i = 0; i < t.hours.length; i++) {
    if (t.hours[i] !== hour && t.counts[i]! > peak) {
      peak = t.counts[i]!;
    }
  }
  // A burst needs a usual rate to exceed: history outside this hour (a stream whose whole history is this hour
  // has none, Thunderbird_2k's 15 minutes).
  if (streamHours > 0 && observed >= rules.burstMinPerHour && observed > rules.burstFactor * Math.max(peak, expected)) {
    return { ...base, state: 'burst' };
  }
  const from = windowStart(stream, limits) * HOUR_MS;
  const streamSpan = stream.lastSeen - Math.max(stream.firstSeen, from);
  const span = t.lastSeen - Math.max(t.firstSeen, from);
  if (t.seen >= rules.routineMinSeen && streamSpan > 0 && span >= rules.routineMinSpan * streamSpan) {
    return { ...base, state: 'routine' };
  }
  return { ...base, state: 'rare' };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

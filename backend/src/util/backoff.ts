/**
 * Exponential backoff, shared by every retry loop (Loki client, watcher polls, label-store busy retries, worker
 * restarts). Each loop keeps its own base, cap and jitter choice; this module only keeps the formula in one place.
 * Pure: the random source is passed in so tests are deterministic.
 */

/** `baseMs · 2^step`, capped at `maxMs` (step 0 is `baseMs`). Large steps saturate at the cap, never overflow. */
export function exponentialDelayMs(baseMs: number, step: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** step);
}

/** A uniform whole-millisecond draw in [0, cap): many clients retrying the same server spread out completely. */
export function fullJitterMs(capMs: number, random: () => number): number {
  return Math.floor(random() * capMs);
}

/** A uniform draw in [cap/2, cap): spread out, but never retrying much sooner than the schedule says. */
export function equalJitterMs(capMs: number, random: () => number): number {
  return capMs / 2 + (random() * capMs) / 2;
}

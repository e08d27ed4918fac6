/** Retry policy of the Loki client: exponential backoff with full jitter, Retry-After honoured. Pure. */
import { exponentialDelayMs, fullJitterMs } from '../util/backoff';

export interface RetryPolicy {
  /** Total attempts including the first one. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 10_000 };

/**
 * Delay before retry number `retry` (1 = first retry). Full jitter (a uniform draw below the exponential cap)
 * spreads retries of many watchers hitting the same Loki. A server's Retry-After wins over the draw, capped.
 */
export function backoffDelayMs(
  policy: RetryPolicy,
  retry: number,
  random: () => number,
  retryAfterMs?: number
): number {
  if (retryAfterMs !== undefined) {
    return Math.min(retryAfterMs, policy.maxDelayMs);
  }
  return fullJitterMs(exponentialDelayMs(policy.baseDelayMs, retry - 1, policy.maxDelayMs), random);
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). Undefined when absent or unusable. */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === '') {
    return undefined;
  }
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed) * 1000;
  }
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) {
    return undefined;
  }
  return Math.max(0, date - nowMs);
}

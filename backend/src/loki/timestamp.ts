/**
 * Loki timestamps are nanosecond Unix epochs (~1.7e18), beyond 2^53: they stay decimal strings on the wire and
 * become BigInt only for arithmetic and comparison.
 */
const NS_PATTERN = /^\d{1,19}$/;

export function isNanoTimestamp(value: string): boolean {
  return NS_PATTERN.test(value);
}

export function compareNs(a: string, b: string): number {
  // Loki writes timestamps without leading zeros: equal lengths compare as strings (no BigInt per comparison).
  if (a.length === b.length && (a.length === 1 || (a[0] !== '0' && b[0] !== '0'))) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function addNs(ts: string, delta: bigint): string {
  return (BigInt(ts) + delta).toString();
}

export function msToNs(ms: number): string {
  return (BigInt(Math.trunc(ms)) * 1_000_000n).toString();
}

/** Milliseconds, as a float, for lag arithmetic (precision loss below 1 µs is irrelevant there). */
export function nsToMs(ts: string): number {
  return Number(BigInt(ts) / 1000n) / 1000;
}

export function secondsToNs(seconds: number): bigint {
  return BigInt(Math.round(seconds * 1e9));
}

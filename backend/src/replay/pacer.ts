/**
 * Steady-rate pacing of the replayer, pure: how many lines are due after `elapsedMs` at `rate` lines per second,
 * and strictly increasing nanosecond timestamps close to the wall clock (Loki keeps entries of one stream in
 * timestamp order, and equal timestamps would make the replayed order ambiguous).
 */
export function linesDue(rate: number, elapsedMs: number): number {
  return Math.floor((rate * elapsedMs) / 1000);
}

export class MonotonicNanoClock {
  private last = 0n;

  constructor(private readonly nowMs: () => number = Date.now) {}

  next(): string {
    const wall = BigInt(Math.trunc(this.nowMs())) * 1_000_000n;
    this.last = wall > this.last ? wall : this.last + 1n;
    return this.last.toString();
  }
}

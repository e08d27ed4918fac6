/**
 * Pure aggregations of POST /api/v1/query: anomaly rate per failure domain in fixed steps (the ratio the plugin's
 * Failure domains page and the watcher's Prometheus metric chart: anomalous lines of a domain over all lines
 * routed to it), and the step a range gets when the caller names none.
 */
import type { DomainId, QueryRateSeries, Verdict } from '../contract';

const NICE_STEPS_MS = [
  1_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000,
  10_800_000, 21_600_000, 43_200_000, 86_400_000, 604_800_000,
];

/** The smallest round step that splits the range into at most `maxSteps` steps (as the plugin picks it). */
export function pickStepMs(rangeMs: number, maxSteps = 60): number {
  const raw = Math.max(1, rangeMs) / maxSteps;
  return NICE_STEPS_MS.find((s) => s >= raw) ?? Math.ceil(raw / 86_400_000) * 86_400_000;
}

/** Milliseconds of a nanosecond epoch string (exact for any timestamp Loki can hold). */
export function nsToWholeMs(ns: string): number {
  return ns.length > 6 ? Number(ns.slice(0, -6)) : 0;
}

export interface RateInput {
  tsMs: number;
  domain: DomainId;
  verdict: Verdict;
}

export interface RateAnswer {
  stepMs: number;
  times: number[];
  series: QueryRateSeries[];
}

/** Steps are aligned to the epoch (so consecutive evaluations share their step boundaries) and cover [from, to). */
export function anomalyRateByDomain(
  lines: Iterable<RateInput>,
  fromMs: number,
  toMs: number,
  stepMs: number
): RateAnswer {
  const first = Math.floor(fromMs / stepMs) * stepMs;
  const n = Math.max(1, Math.ceil((toMs - first) / stepMs));
  const times = Array.from({ length: n }, (_, i) => first + i * stepMs);
  const byDomain = new Map<DomainId, { anomalies: number[]; totals: number[] }>();
  for (const l of lines) {
    const b = Math.floor((l.tsMs - first) / stepMs);
    if (b < 0 || b >= n) {
      continue;
    }
    let s = byDomain.get(l.domain);
    if (!s) {
      s = { anomalies: new Array<number>(n).fill(0), totals: new Array<number>(n).fill(0) };
      byDomain.set(l.domain, s);
    }
    s.totals[b]++;
    if (l.verdict === 'anomaly') {
      s.anomalies[b]++;
    }
  }
  const series = [...byDomain.entries()].map(([domain, s]) => ({
    domain,
    rates: s.totals.map((t, i) => (t === 0 ? null : s.anomalies[i]! / t)),
    anomalies: s.anomalies,
    totals: s.totals,
  }));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  series.sort((a, b) => sum(b.anomalies) - sum(a.anomalies) || a.domain.localeCompare(b.domain));
  return { stepMs, times, series };
}

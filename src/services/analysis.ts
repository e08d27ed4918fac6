/** Pure aggregations over scored lines: anomaly rate per failure domain over time, and template rankings. */
import type { DomainId, LineResult } from './contract';
import type { LogLine } from './frames';

export interface ScoredLine extends LogLine {
  result: LineResult;
}

/** Joins service results to lines by request index; lines without a result are dropped. */
export function joinResults(lines: LogLine[], results: LineResult[]): ScoredLine[] {
  const byIndex = new Map(results.map((r) => [r.index, r]));
  const out: ScoredLine[] = [];
  for (const line of lines) {
    const result = byIndex.get(line.index);
    if (result) {
      out.push({ ...line, result });
    }
  }
  return out;
}

const NICE_STEPS_MS = [
  1_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000,
  10_800_000, 21_600_000, 43_200_000, 86_400_000, 604_800_000,
];

/** The smallest round interval that splits the range into at most `maxBuckets` buckets. */
export function pickBucketMs(rangeMs: number, maxBuckets = 60): number {
  const raw = Math.max(1, rangeMs) / maxBuckets;
  return NICE_STEPS_MS.find((s) => s >= raw) ?? Math.ceil(raw / 86_400_000) * 86_400_000;
}

export interface DomainSeries {
  domain: DomainId;
  /** Anomalies of the domain / lines routed to the domain, per bucket; null when the bucket has none. */
  rates: Array<number | null>;
  anomalies: number[];
  totals: number[];
  totalAnomalies: number;
}

export interface RateBuckets {
  bucketMs: number;
  /** Bucket start times (ms), aligned to bucketMs. */
  times: number[];
  series: DomainSeries[];
}

/**
 * Anomaly rate per domain in fixed buckets over [fromMs, toMs), the same ratio the watcher's Prometheus metric
 * charts: anomalous lines of a domain over all lines routed to it. Series are sorted by anomalies, most first.
 */
export function anomalyRateByDomain(lines: ScoredLine[], fromMs: number, toMs: number, bucketMs: number): RateBuckets {
  const start = Math.floor(fromMs / bucketMs) * bucketMs;
  const n = Math.max(1, Math.ceil((toMs - start) / bucketMs));
  const times = Array.from({ length: n }, (_, i) => start + i * bucketMs);
  const byDomain = new Map<DomainId, { anomalies: number[]; totals: number[] }>();
  for (const l of lines) {
    const b = Math.floor((l.timeMs - start) / bucketMs);
    if (b < 0 || b >= n) {
      continue;
    }
    let s = byDomain.get(l.result.domain);
    if (!s) {
      s = { anomalies: new Array(n).fill(0), totals: new Array(n).fill(0) };
      byDomain.set(l.result.domain, s);
    }
    s.totals[b]++;
    if (l.result.verdict === 'anomaly') {
      s.anomalies[b]++;
    }
  }
  const series: DomainSeries[] = [...byDomain.entries()].map(([domain, s]) => ({
    domain,
    anomalies: s.anomalies,
    totals: s.totals,
    rates: s.totals.map((t, i) => (t === 0 ? null : s.anomalies[i] / t)),
    totalAnomalies: s.anomalies.reduce((a, b) => a + b, 0),
  }));
  series.sort((a, b) => b.totalAnomalies - a.totalAnomalies || a.domain.localeCompare(b.domain));
  return { bucketMs, times, series };
}

export interface TemplateStat {
  id: string;
  text: string;
  domain: DomainId;
  count: number;
  anomalies: number;
  maxScore: number;
  novel: boolean;
  firstMs: number;
  lastMs: number;
  /** Index of the most anomalous line of the template, to jump to it. */
  exampleIndex: number;
}

export function templateStats(lines: ScoredLine[]): TemplateStat[] {
  const byId = new Map<string, TemplateStat>();
  for (const l of lines) {
    const r = l.result;
    let t = byId.get(r.template.id);
    if (!t) {
      t = {
        id: r.template.id,
        text: r.template.text,
        domain: r.domain,
        count: 0,
        anomalies: 0,
        maxScore: -1,
        novel: false,
        firstMs: l.timeMs,
        lastMs: l.timeMs,
        exampleIndex: l.index,
      };
      byId.set(r.template.id, t);
    }
    t.count++;
    t.anomalies += r.verdict === 'anomaly' ? 1 : 0;
    t.novel = t.novel || r.novel;
    t.firstMs = Math.min(t.firstMs, l.timeMs);
    t.lastMs = Math.max(t.lastMs, l.timeMs);
    if (r.score > t.maxScore) {
      t.maxScore = r.score;
      t.exampleIndex = l.index;
    }
  }
  return [...byId.values()];
}

/** Templates with anomalies, most anomalous lines first. */
export function topAnomalousTemplates(stats: TemplateStat[], limit = 10): TemplateStat[] {
  return stats
    .filter((t) => t.anomalies > 0)
    .sort((a, b) => b.anomalies - a.anomalies || b.maxScore - a.maxScore || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** Templates never seen in training, newest first. */
export function novelTemplates(stats: TemplateStat[], limit = 10): TemplateStat[] {
  return stats
    .filter((t) => t.novel)
    .sort((a, b) => b.lastMs - a.lastMs || a.id.localeCompare(b.id))
    .slice(0, limit);
}

export interface LineFilter {
  anomaliesOnly: boolean;
  /** Empty: all domains. */
  domains: DomainId[];
  /** Template ids; empty or absent: all. */
  templates?: string[];
  /** Line indices that are shown whatever the filters say (the lines of anomalous sequences, with anomaliesOnly). */
  alsoAnomalous?: ReadonlySet<number>;
}

export function filterLines(lines: ScoredLine[], filter: LineFilter): ScoredLine[] {
  const templates = new Set(filter.templates ?? []);
  if (!filter.anomaliesOnly && filter.domains.length === 0 && templates.size === 0) {
    return lines;
  }
  const domains = new Set(filter.domains);
  const extra = filter.alsoAnomalous;
  return lines.filter(
    (l) =>
      (!filter.anomaliesOnly || l.result.verdict === 'anomaly' || (extra?.has(l.index) ?? false)) &&
      (domains.size === 0 || domains.has(l.result.domain)) &&
      (templates.size === 0 || templates.has(l.result.template.id))
  );
}

export function domainCounts(lines: ScoredLine[]): Array<{ domain: DomainId; lines: number; anomalies: number }> {
  const m = new Map<DomainId, { domain: DomainId; lines: number; anomalies: number }>();
  for (const l of lines) {
    const c = m.get(l.result.domain) ?? { domain: l.result.domain, lines: 0, anomalies: 0 };
    c.lines++;
    c.anomalies += l.result.verdict === 'anomaly' ? 1 : 0;
    m.set(l.result.domain, c);
  }
  return [...m.values()].sort((a, b) => b.anomalies - a.anomalies || b.lines - a.lines);
}

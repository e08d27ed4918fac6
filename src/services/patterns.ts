/**
 * The query's patterns (the service's Drain templates) over the range: per template its count, anomaly share,
 * domain, a per-bucket count for a sparkline and its latest stream-baseline state. Pure.
 */
import type { DomainId } from './contract';
import { baselineOf, type BaselineEvidence } from './baseline';
import type { ScoredLine } from './analysis';

export interface Pattern {
  id: string;
  text: string;
  domain: DomainId;
  count: number;
  anomalies: number;
  novel: boolean;
  maxScore: number;
  /** Lines per bucket over the range, for the sparkline. */
  counts: number[];
  /** The baseline evidence of the template's latest line, when the service sent any. */
  baseline?: BaselineEvidence;
}

export interface Patterns {
  bucketMs: number;
  /** Bucket start times (ms). */
  times: number[];
  patterns: Pattern[];
}

/** Anomalous patterns first (most anomalies), then by count. */
export function patternsOf(lines: ScoredLine[], fromMs: number, toMs: number, buckets = 40): Patterns {
  const bucketMs = Math.max(1, Math.ceil((toMs - fromMs) / buckets));
  const times = Array.from({ length: buckets }, (_, i) => fromMs + i * bucketMs);
  const byId = new Map<string, Pattern & { lastMs: number }>();
  for (const l of lines) {
    const r = l.result;
    let p = byId.get(r.template.id);
    if (!p) {
      p = {
        id: r.template.id,
        text: r.template.text,
        domain: r.domain,
        count: 0,
        anomalies: 0,
        novel: false,
        maxScore: 0,
        counts: new Array<number>(buckets).fill(0),
        lastMs: -Infinity,
      };
      byId.set(r.template.id, p);
    }
    p.count++;
    p.anomalies += r.verdict === 'anomaly' ? 1 : 0;
    p.novel = p.novel || r.novel;
    p.maxScore = Math.max(p.maxScore, r.score);
    const b = Math.floor((l.timeMs - fromMs) / bucketMs);
    if (b >= 0 && b < buckets) {
      p.counts[b]++;
    }
    const baseline = baselineOf(r);
    if (baseline && l.timeMs >= p.lastMs) {
      p.baseline = baseline;
    }
    p.lastMs = Math.max(p.lastMs, l.timeMs);
  }
  const patterns = [...byId.values()].map(({ lastMs: _lastMs, ...p }) => p);
  patterns.sort((a, b) => b.anomalies - a.anomalies || b.count - a.count || a.id.localeCompare(b.id));
  return { bucketMs, times, patterns };
}

import { bglLokiRows } from '../__fixtures__/bglLokiRows';
import { scoreBgl } from '../__fixtures__/scoreBgl';
import type { LineResult } from './contract';
import type { LogLine } from './frames';
import {
  anomalyRateByDomain,
  domainCounts,
  filterLines,
  joinResults,
  novelTemplates,
  pickBucketMs,
  templateStats,
  topAnomalousTemplates,
  type ScoredLine,
} from './analysis';

function line(index: number, timeMs: number): LogLine {
  return { index, timeMs, tsNs: `${timeMs}000000`, line: `l${index}`, labels: {}, id: String(index) };
}
function result(
  index: number,
  domain: LineResult['domain'],
  anomaly: boolean,
  template = 't',
  novel = false
): LineResult {
  return {
    index,
    verdict: anomaly ? 'anomaly' : 'normal',
    score: anomaly ? 0.9 : 0.1,
    domain,
    domainScores: [{ domain, score: 1 }],
    template: { id: template, text: template },
    novel,
    truncated: false,
  };
}

describe('anomalyRateByDomain', () => {
  it('computes anomalies / lines per domain in aligned buckets', () => {
    const lines = [line(0, 1000), line(1, 1500), line(2, 2500), line(3, 2600), line(4, 9999)];
    const results = [
      result(0, 'memory', true),
      result(1, 'memory', false),
      result(2, 'network', true),
      result(3, 'memory', true),
      result(4, 'memory', true),
    ];
    const b = anomalyRateByDomain(joinResults(lines, results), 1000, 4000, 1000);
    expect(b.times).toEqual([1000, 2000, 3000]);
    expect(b.series.map((s) => s.domain)).toEqual(['memory', 'network']);
    expect(b.series[0]).toMatchObject({
      rates: [0.5, 1, null],
      anomalies: [1, 1, 0],
      totals: [2, 1, 0],
      totalAnomalies: 2,
    });
    expect(b.series[1].rates).toEqual([null, 1, null]);
  });

  it('covers the recorded BGL stream: every line in range is counted once', () => {
    const lines = bglLokiRows.map((r, i) => line(i, Number(r.tsNs.slice(0, -6))));
    const scored = joinResults(lines, scoreBgl.results);
    const from = lines[0].timeMs;
    const to = lines[lines.length - 1].timeMs + 1;
    const b = anomalyRateByDomain(scored, from, to, pickBucketMs(to - from));
    expect(b.times.length).toBeLessThanOrEqual(61);
    const counted = b.series.reduce((a, s) => a + s.totals.reduce((x, y) => x + y, 0), 0);
    expect(counted).toBe(scored.length);
    const anomalies = scoreBgl.results.filter((r) => r.verdict === 'anomaly').length;
    expect(b.series.reduce((a, s) => a + s.totalAnomalies, 0)).toBe(anomalies);
  });
});

describe('pickBucketMs', () => {
  it('picks a round interval with at most maxBuckets buckets', () => {
    expect(pickBucketMs(3_600_000)).toBe(60_000);
    expect(pickBucketMs(3_600_001)).toBe(120_000);
    expect(pickBucketMs(10)).toBe(1000);
    expect(pickBucketMs(365 * 86_400_000)).toBe(6 * 86_400_000 + 86_400_000);
  });
});

describe('templates and filters', () => {
  const lines = [line(0, 1), line(1, 2), line(2, 3), line(3, 4)];
  const scored: ScoredLine[] = joinResults(lines, [
    result(0, 'memory', true, 'a'),
    result(1, 'memory', true, 'a'),
    result(2, 'kernel', true, 'b', true),
    result(3, 'kernel', false, 'c', true),
  ]);

  it('ranks anomalous and novel templates', () => {
    const stats = templateStats(scored);
    expect(topAnomalousTemplates(stats).map((t) => [t.id, t.anomalies])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(novelTemplates(stats).map((t) => t.id)).toEqual(['c', 'b']);
  });

  it('filters anomalies only and by domain', () => {
    expect(filterLines(scored, { anomaliesOnly: true, domains: [] }).map((l) => l.index)).toEqual([0, 1, 2]);
    expect(filterLines(scored, { anomaliesOnly: false, domains: ['kernel'] }).map((l) => l.index)).toEqual([2, 3]);
    expect(filterLines(scored, { anomaliesOnly: true, domains: ['kernel'] }).map((l) => l.index)).toEqual([2]);
    expect(filterLines(scored, { anomaliesOnly: false, domains: [] })).toBe(scored);
  });

  it('counts lines and anomalies per domain', () => {
    expect(domainCounts(scored)).toEqual([
      { domain: 'memory', lines: 2, anomalies: 2 },
      { domain: 'kernel', lines: 2, anomalies: 1 },
    ]);
  });
});

/**
 * Bootstrap from Loki history: the first time the watcher sees a stream the store does not know, it reads a
 * bounded, sampled view of the stream's last window before that line, so the stream starts with a routine
 * instead of calling everything new for a week.
 *
 * Cost per new stream (defaults): one metric query (`count_over_time` per hour over the window: the true hourly
 * line counts), plus `slices` (12) log queries of at most `linesPerSlice` (200) lines each, spread evenly over the
 * window and read backward from each slice's end: ≤ 13 Loki queries and ≤ 2,400 lines scored (≈ 0.1–0.3 s of
 * one worker on CPU, bench/serve rates). Sampled counts are scaled to the hour's true count from the metric
 * query (rounded, at least 1), so expected rates are estimates; `seen` and first/last seen are of the sample.
 */
import type { LineResult, LogLineInput } from '../contract';
import type { LokiClient } from '../loki';
import { streamSelector } from './identity';
import { patternOf, type Pattern } from './pattern';
import type { BaselineScorer } from './scorer';
import { HOUR_MS, hourOf } from './stats';

export interface BootstrapOptions {
  slices: number;
  linesPerSlice: number;
}

export const DEFAULT_BOOTSTRAP: BootstrapOptions = { slices: 12, linesPerSlice: 200 };

export interface BootstrapReport {
  stream: string;
  queries: number;
  sampled: number;
  /** Lines the hourly counts say the window held. */
  lines: number;
}

const msToNs = (ms: number) => `${Math.floor(ms)}000000`;

/**
 * Reads `[endMs − window, endMs)` of the stream of `labels` and feeds it to the baseline (scored by `score`).
 * Marks the stream bootstrapped even when the history is empty, so it is done once per stream.
 */
export async function bootstrapStream(
  client: LokiClient,
  scorer: BaselineScorer,
  score: (lines: LogLineInput[]) => Promise<LineResult[]>,
  labels: Record<string, string>,
  endMs: number,
  options: BootstrapOptions = DEFAULT_BOOTSTRAP
): Promise<BootstrapReport> {
  const key = scorer.keyOf({ line: '', labels })!;
  const selector = streamSelector(labels, scorer.streamLabels);
  const windowMs = scorer.store.limits.windowHours * HOUR_MS;
  const startMs = endMs - windowMs;
  let queries = 0;

  // True lines per hour, to scale the sample.
  const totals = new Map<number, number>();
  const metric = await client.queryRange({
    query: `sum(count_over_time(${selector}[1h]))`,
    start: msToNs(startMs + HOUR_MS),
    end: msToNs(endMs),
    step: '1h',
  });
  queries++;
  if (metric.data.resultType === 'matrix') {
    for (const series of metric.data.result) {
      for (const [t, v] of series.values) {
        // Each point counts the hour that ends at it.
        totals.set(hourOf(Number(t) * 1000 - 1), Number(v));
      }
    }
  }
  const lines = [...totals.values()].reduce((a, b) => a + b, 0);

  const sample: LogLineInput[] = [];
  if (lines > 0) {
    const sliceMs = windowMs / options.slices;
    for (let s = 0; s < options.slices; s++) {
      const response = await client.queryRange({
        query: selector,
        start: msToNs(startMs + s * sliceMs),
        end: msToNs(startMs + (s + 1) * sliceMs),
        limit: options.linesPerSlice,
        direction: 'backward',
      });
      queries++;
      if (response.data.resultType !== 'streams') {
        continue;
      }
      for (const stream of response.data.result) {
        for (const [ts, line] of stream.values) {
          sample.push({ line, timestamp: ts, labels });
        }
      }
    }
  }
  if (sample.length > 0) {
    const results = await score(sample);
    // Scale each (template, hour) sample count to the hour's true count.
    const sampledPerHour = new Map<number, number>();
    for (const line of sample) {
      const h = hourOf(Number(line.timestamp) / 1e6);
      sampledPerHour.set(h, (sampledPerHour.get(h) ?? 0) + 1);
    }
    const groups = new Map<string, { template: Pattern; ms: number; hour: number; n: number; line: string }>();
    sample.forEach((line, i) => {
      const ms = Math.floor(Number(line.timestamp) / 1e6);
      const hour = hourOf(ms);
      const template = patternOf(results[i]!.template);
      const k = `${template.id}\u0000${hour}`;
      const g = groups.get(k);
      if (g) {
        g.n++;
        g.ms = Math.min(g.ms, ms);
      } else {
        groups.set(k, { template, ms, hour, n: 1, line: line.line });
      }
    });
    // Oldest first, so the store's window clock advances as it would have live.
    for (const g of [...groups.values()].sort((a, b) => a.ms - b.ms)) {
      const scale = (totals.get(g.hour) ?? sampledPerHour.get(g.hour)!) / sampledPerHour.get(g.hour)!;
      scorer.store.observe(key, labels, g.template, g.ms, Math.max(1, Math.round(g.n * scale)), g.line);
    }
  }
  scorer.store.markBootstrapped(key, labels);
  return { stream: key, queries, sampled: sample.length, lines };
}

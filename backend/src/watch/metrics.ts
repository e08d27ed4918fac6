/** Prometheus metrics of the watcher, registered on an injected prom-client registry (the service's or its own). */
import { Counter, Gauge, type Registry } from 'prom-client';

export const WATCH_METRIC_NAMES = {
  linesScored: 'anomalylens_lines_scored_total',
  lag: 'anomalylens_watch_lag_seconds',
  errors: 'anomalylens_watch_errors_total',
  lastSuccess: 'anomalylens_watch_last_success_timestamp_seconds',
} as const;

/** Bounded values of the `kind` label of the errors counter. */
export type WatchErrorKind = 'query' | 'score' | 'push' | 'checkpoint' | 'retry';

export interface WatchMetrics {
  linesScored: Counter<'selector' | 'domain' | 'verdict'>;
  lag: Gauge<'selector'>;
  errors: Counter<'selector' | 'kind'>;
  lastSuccess: Gauge<'selector'>;
}

/**
 * `lagSource` returns, per selector, the epoch milliseconds up to which every line is accounted; the lag gauge is
 * computed from it at scrape time so it keeps growing while Loki is down.
 */
export function createWatchMetrics(
  registry: Registry,
  lagSource: () => Map<string, number>,
  now: () => number = Date.now
): WatchMetrics {
  return {
    linesScored: reuse(registry, WATCH_METRIC_NAMES.linesScored, () => {
      return new Counter({
        name: WATCH_METRIC_NAMES.linesScored,
        help: 'Log lines scored by the watcher, by selector, failure domain and verdict',
        labelNames: ['selector', 'domain', 'verdict'] as const,
        registers: [registry],
      });
    }),
    lag: reuse(registry, WATCH_METRIC_NAMES.lag, () => {
      return new Gauge({
        name: WATCH_METRIC_NAMES.lag,
        help: 'Seconds between now and the newest timestamp up to which every line of the selector is scored',
        labelNames: ['selector'] as const,
        registers: [registry],
        collect() {
          const t = now();
          for (const [selector, upToMs] of lagSource()) {
            this.set({ selector }, Math.max(0, (t - upToMs) / 1000));
          }
        },
      });
    }),
    errors: reuse(registry, WATCH_METRIC_NAMES.errors, () => {
      return new Counter({
        name: WATCH_METRIC_NAMES.errors,
        help: 'Watcher errors by selector and kind (query, score, push, checkpoint; retry = transient, retried)',
        labelNames: ['selector', 'kind'] as const,
        registers: [registry],
      });
    }),
    lastSuccess: reuse(registry, WATCH_METRIC_NAMES.lastSuccess, () => {
      return new Gauge({
        name: WATCH_METRIC_NAMES.lastSuccess,
        help: 'Unix time (seconds) of the last poll of the selector that completed without error',
        labelNames: ['selector'] as const,
        registers: [registry],
      });
    }),
  };
}

function reuse<T>(registry: Registry, name: string, create: () => T): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? create();
}

/** Prometheus metrics of the watcher, registered on an injected prom-client registry (the service's or its own). */
import { Counter, Gauge, type Registry } from 'prom-client';

export const WATCH_METRIC_NAMES = {
  linesScored: 'anomalylens_lines_scored_total',
  lag: 'anomalylens_watch_lag_seconds',
  errors: 'anomalylens_watch_errors_total',
  lastSuccess: 'anomalylens_watch_last_success_timestamp_seconds',
  lateLines: 'anomalylens_watch_late_lines_total',
} as const;

/** Bounded values of the `kind` label of the errors counter. */
export type WatchErrorKind = 'query' | 'score' | 'push' | 'checkpoint' | 'retry';

type LagSource = () => Map<string, number>;

/** Every watcher on a registry contributes its selectors to the one lag gauge. */
const lagSources = new WeakMap<Registry, Set<LagSource>>();

export interface WatchMetrics {
  /** Stops reporting this watcher's lag (on stop). */
  release(): void;
  linesScored: Counter<'selector' | 'domain' | 'verdict'>;
  lag: Gauge<'selector'>;
  errors: Counter<'selector' | 'kind'>;
  lastSuccess: Gauge<'selector'>;
  /** Lines that reached Loki after the poll that covered their timestamp: scored (within the window) or dropped. */
  lateLines: Counter<'selector' | 'outcome'>;
}

/**
 * `lagSource` returns, per selector, the epoch milliseconds up to which every line is accounted; the lag gauge is
 * computed from it at scrape time so it keeps growing while Loki is down.
 */
export function createWatchMetrics(
  registry: Registry,
  lagSource: LagSource,
  now: () => number = Date.now
): WatchMetrics {
  const sources = lagSources.get(registry) ?? new Set<LagSource>();
  lagSources.set(registry, sources);
  // Registered as "selector → lag seconds", each watcher with its own clock.
  const lagSeconds: LagSource = () => {
    const t = now();
    return new Map([...lagSource()].map(([selector, upToMs]) => [selector, Math.max(0, (t - upToMs) / 1000)]));
  };
  sources.add(lagSeconds);
  return {
    release: () => void sources.delete(lagSeconds),
    linesScored: reuse(registry, WATCH_METRIC_NAMES.linesScored, ['selector', 'domain', 'verdict'], () => {
      return new Counter({
        name: WATCH_METRIC_NAMES.linesScored,
        help: 'Log lines scored by the watcher, by selector, failure domain and verdict',
        labelNames: ['selector', 'domain', 'verdict'] as const,
        registers: [registry],
      });
    }),
    lag: reuse(registry, WATCH_METRIC_NAMES.lag, ['selector'], () => {
      return new Gauge({
        name: WATCH_METRIC_NAMES.lag,
        help: 'Seconds between now and the newest timestamp up to which every line of the selector is scored',
        labelNames: ['selector'] as const,
        registers: [registry],
        collect() {
          this.reset();
          for (const source of sources) {
            for (const [selector, seconds] of source()) {
              this.set({ selector }, seconds);
            }
          }
        },
      });
    }),
    errors: reuse(registry, WATCH_METRIC_NAMES.errors, ['selector', 'kind'], () => {
      return new Counter({
        name: WATCH_METRIC_NAMES.errors,
        help: 'Watcher errors by selector and kind (query, score, push, checkpoint; retry = transient, retried)',
        labelNames: ['selector', 'kind'] as const,
        registers: [registry],
      });
    }),
    lastSuccess: reuse(registry, WATCH_METRIC_NAMES.lastSuccess, ['selector'], () => {
      return new Gauge({
        name: WATCH_METRIC_NAMES.lastSuccess,
        help: 'Unix time (seconds) of the last poll of the selector that completed without error',
        labelNames: ['selector'] as const,
        registers: [registry],
      });
    }),
    lateLines: reuse(registry, WATCH_METRIC_NAMES.lateLines, ['selector', 'outcome'], () => {
      return new Counter({
        name: WATCH_METRIC_NAMES.lateLines,
        help:
          'Lines that reached Loki after their timestamp had been polled: outcome="scored" within the lateness ' +
          'window (each exactly once), "dropped" when found later than it (not scored)',
        labelNames: ['selector', 'outcome'] as const,
        registers: [registry],
      });
    }),
  };
}

/**
 * A registry shared with the service may already hold the metric (a second watcher in the same process); reuse
 * it, but refuse a same-named metric with other labels instead of failing later on the first `inc`.
 */
function reuse<T>(registry: Registry, name: string, labelNames: readonly string[], create: () => T): T {
  const existing = registry.getSingleMetric(name) as (T & { labelNames?: string[] }) | undefined;
  if (!existing) {
    return create();
  }
  const have = [...(existing.labelNames ?? [])].sort().join(',');
  if (have !== [...labelNames].sort().join(',')) {
    throw new Error(
      `metric ${name} is already registered with labels [${have}], the watcher needs [${labelNames.join(',')}]`
    );
  }
  return existing;
}

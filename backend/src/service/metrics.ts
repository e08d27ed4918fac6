/**
 * Prometheus metrics of the service. The registry is injected so that other in-process components (the Loki
 * watcher) register their own metrics next to these and `/metrics` exposes them all.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { LineResult, ModelRef } from '../contract';

export interface ServiceMetrics {
  registry: Registry;
  httpDuration: Histogram<'route' | 'method' | 'status'>;
  linesScored: Counter;
  anomalies: Counter<'domain'>;
  batchLines: Histogram;
  queueLines: Gauge;
  workerRestarts: Counter;
  workersReady: Gauge;
  modelInfo: Gauge<'model_id' | 'model_version' | 'device'>;
  reloads: Counter<'outcome'>;
  /** Counts lines and anomalies per domain of one scored request. */
  recordResults(results: readonly LineResult[]): void;
  setModel(model: ModelRef, device: string): void;
}

/** Live state read at scrape time, so a draining old model after a reload cannot overwrite the gauges. */
export interface EngineStats {
  queuedLines: number;
  readyWorkers: number;
}

export function createMetrics(
  registry: Registry = new Registry(),
  options: { defaultMetrics?: boolean; stats?: () => EngineStats | null } = {}
) {
  const stats = options.stats ?? (() => null);
  if (options.defaultMetrics !== false) {
    collectDefaultMetrics({ register: registry });
  }
  const httpDuration = new Histogram({
    name: 'anomalylens_http_request_duration_seconds',
    help: 'HTTP request latency by route, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const linesScored = new Counter({
    // Not anomalylens_lines_scored_total: that is the watcher's {selector,domain,verdict} counter in the same registry.
    name: 'anomalylens_api_lines_scored_total',
    help: 'Log lines scored through the HTTP API',
    registers: [registry],
  });
  const anomalies = new Counter({
    name: 'anomalylens_anomalies_total',
    help: 'Lines with verdict anomaly, by failure domain',
    labelNames: ['domain'] as const,
    registers: [registry],
  });
  const batchLines = new Histogram({
    name: 'anomalylens_batch_lines',
    help: 'Lines per inference batch sent to a worker',
    buckets: [1, 4, 16, 64, 128, 256, 512, 1024, 2048, 4096],
    registers: [registry],
  });
  const queueLines = new Gauge({
    name: 'anomalylens_queue_lines',
    help: 'Lines waiting for a free inference worker',
    registers: [registry],
    collect() {
      this.set(stats()?.queuedLines ?? 0);
    },
  });
  const workerRestarts = new Counter({
    name: 'anomalylens_worker_restarts_total',
    help: 'Inference workers replaced after a crash',
    registers: [registry],
  });
  const workersReady = new Gauge({
    name: 'anomalylens_workers_ready',
    help: 'Inference workers loaded, warmed up and accepting batches',
    registers: [registry],
    collect() {
      this.set(stats()?.readyWorkers ?? 0);
    },
  });
  const modelInfo = new Gauge({
    name: 'anomalylens_model_info',
    help: 'The serving model bundle (value 1) and the device it runs on',
    labelNames: ['model_id', 'model_version', 'device'] as const,
    registers: [registry],
  });
  const reloads = new Counter({
    name: 'anomalylens_model_reloads_total',
    help: 'Model reload attempts by outcome',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });

  const metrics: ServiceMetrics = {
    registry,
    httpDuration,
    linesScored,
    anomalies,
    batchLines,
    queueLines,
    workerRestarts,
    workersReady,
    modelInfo,
    reloads,
    recordResults(results) {
      linesScored.inc(results.length);
      const perDomain = new Map<string, number>();
      for (const r of results) {
        if (r.verdict === 'anomaly') {
          perDomain.set(r.domain, (perDomain.get(r.domain) ?? 0) + 1);
        }
      }
      for (const [domain, n] of perDomain) {
        anomalies.inc({ domain }, n);
      }
    },
    setModel(model, device) {
      modelInfo.reset();
      modelInfo.set({ model_id: model.id, model_version: model.version, device }, 1);
    },
  };
  return metrics;
}

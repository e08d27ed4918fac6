/**
 * The watcher: polls configured LogQL selectors, scores every new line exactly once, exports Prometheus metrics and
 * optionally pushes a verdict stream back to Loki. Embedded by `serve` or run standalone by `anomaly-lens watch`.
 */
import type { Registry } from 'prom-client';
import type { ScoringEngine } from '../engine/types';
import { LokiClient, type LokiAuth } from '../loki';
import { CheckpointStore } from './checkpoint';
import { resolveSecret, resolveSelectors, type LokiTargetConfig, type WatchConfig } from './config';
import { createWatchMetrics, type WatchMetrics } from './metrics';
import { ownsSelector, type Shard } from './shard';
import { SelectorWorker, type WatchLogger } from './selector-worker';
import { watchBaselineFeed, type BaselineScorer } from '../baseline';

export { loadWatchConfig, parseWatchConfig, WatchConfigError } from './config';
export type { WatchConfig, WatchConfigInput } from './config';
export { parseShard } from './shard';
export type { Shard } from './shard';
export { WATCH_METRIC_NAMES } from './metrics';
export type { WatchLogger } from './selector-worker';

export interface StartWatcherOptions {
  config: WatchConfig;
  engine: ScoringEngine;
  registry: Registry;
  logger: WatchLogger;
  /** Run only this replica's share of the selectors. */
  shard?: Shard;
  env?: NodeJS.ProcessEnv;
  /** Stream baselines to feed from every scored line (and bootstrap from Loki history on first sight). */
  baseline?: BaselineScorer;
}

export interface Watcher {
  /** Names of the selectors this replica polls. */
  readonly selectors: readonly string[];
  /** Finishes the page in flight (committing it), then stops every poll loop. */
  stop(): Promise<void>;
}

export function startWatcher(options: StartWatcherOptions): Watcher {
  const { config, engine, registry, logger } = options;
  const env = options.env ?? process.env;
  const store = new CheckpointStore(config.checkpointDir);
  const workers: SelectorWorker[] = [];
  const metrics: WatchMetrics = createWatchMetrics(
    registry,
    () => new Map(workers.map((w) => [w.name, w.accountedUpToMs()]))
  );
  const selectors = resolveSelectors(config).filter((s) => !options.shard || ownsSelector(options.shard, s.name));
  const pushTarget = config.push?.enabled ? (config.push.loki ?? config.loki) : null;

  for (const selector of selectors) {
    const onRetry = () => metrics.errors.inc({ selector: selector.name, kind: 'retry' });
    workers.push(
      new SelectorWorker({
        selector,
        client: createClient(config.loki, env, onRetry),
        push: pushTarget
          ? { client: createClient(pushTarget, env, onRetry), verdicts: config.push?.verdicts ?? ['anomaly'] }
          : null,
        engine,
        store,
        metrics,
        logger,
        pageSize: config.defaults.pageSize,
        batchSize: config.defaults.batchSize,
        maxBackoffMs: config.defaults.maxBackoff,
        baseline: options.baseline
          ? watchBaselineFeed(
              options.baseline,
              createClient(config.loki, env, onRetry),
              (lines) => engine.score(lines),
              logger
            )
          : undefined,
      })
    );
  }
  for (const worker of workers) {
    worker.start();
  }
  logger.info(
    { selectors: selectors.map((s) => s.name), shard: options.shard ?? null, checkpointDir: config.checkpointDir },
    'watcher started'
  );
  return {
    selectors: selectors.map((s) => s.name),
    async stop() {
      await Promise.all(workers.map((w) => w.stop()));
      metrics.release();
      logger.info({}, 'watcher stopped');
    },
  };
}

export function createClient(target: LokiTargetConfig, env: NodeJS.ProcessEnv, onRetry?: () => void): LokiClient {
  let auth: LokiAuth | undefined;
  if (target.auth?.type === 'basic') {
    auth = { type: 'basic', username: target.auth.username, password: resolveSecret(target.auth.password, env) };
  } else if (target.auth?.type === 'bearer') {
    auth = { type: 'bearer', token: resolveSecret(target.auth.token, env) };
  }
  return new LokiClient({ url: target.url, tenant: target.tenant, auth, timeoutMs: target.timeout, onRetry });
}

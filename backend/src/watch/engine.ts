/**
 * The scoring engine of `anomaly-lens watch`: the service's worker pool and micro-batcher, so scoring runs on
 * worker threads while the main thread fetches, parses and pushes the next page (bench/watch measures it against
 * scoring on the main thread). Model metadata comes from the pool; the main thread never loads the model.
 */
import type { ModelTemplatesResponse } from '../contract';
import type { ScoringEngine } from '../engine/types';
import { DEFAULT_MAX_LINE_LENGTH } from '../normalize/sanitize';
import { PooledEngine } from '../service/pooled-engine';
import { WorkerPool, type PoolLogger } from '../service/pool/worker-pool';

export interface WatchEngineOptions {
  workers: number;
  logger: PoolLogger;
  /** Lines per inference batch (the service's BATCH_MAX_LINES default). */
  batchMaxLines?: number;
  /** Default DEFAULT_MAX_LINE_LENGTH, the service's; longer lines are cut (and flagged truncated) as in POST /api/v1/score. */
  maxLineLength?: number;
  /** A batch running longer than this is taken for a hung worker, which is replaced. */
  timeoutMs?: number;
}

export async function createWatchEngine(bundleDir: string, options: WatchEngineOptions): Promise<ScoringEngine> {
  const pool = await WorkerPool.start({
    bundleDir,
    device: 'cpu',
    size: options.workers,
    logger: options.logger,
    hungBatchMs: options.timeoutMs ?? 30_000,
    maxLineLength: options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH,
  });
  const catalog = {
    info: () => pool.info,
    templates: (): ModelTemplatesResponse => ({ total: 0, offset: 0, templates: [] }),
  };
  return new PooledEngine(pool, catalog, {
    maxBatchLines: options.batchMaxLines ?? 256,
    maxDelayMs: 2,
    // The watcher holds at most a page per selector in flight; it must never be refused like an HTTP client.
    maxQueueLines: Number.MAX_SAFE_INTEGER,
    timeoutMs: options.timeoutMs ?? 30_000,
    retryAfterSeconds: 1,
    maxLineLength: options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH,
  });
}

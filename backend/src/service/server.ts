/**
 * The service process: logger, metrics registry, model loading, HTTP listener, signals. Everything with I/O is
 * here; `createApp` stays pure.
 *
 * Signals: SIGHUP reloads the model (same as POST /api/v1/admin/reload). SIGTERM/SIGINT drain: stop accepting
 * connections, finish in-flight requests, stop background tasks, close the workers, then resolve `closed`.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import pino, { type Logger } from 'pino';
import { Registry } from 'prom-client';
import type { ScoringEngine } from '../engine/types';
import { LabelStore, RetrainJobManager, type BundleSwitch, type Retrainer } from '../labels';
import { SERVICE_BUSY_TIMEOUT_MS } from '../labels/store';
import { PACKAGE_VERSION } from '../version';
import { createApp } from './app';
import type { ServiceConfig } from './config';
import { CurrentModelEngine } from './current-engine';
import { encoderDomains, trainedFormats, withEncoderDomains } from '../encoder/domains';
import { LlmNarrator } from '../narrator';
import { snapshotBundle } from './bundle-snapshot';
import { bindExplainer } from './explain';
import { bindSequences } from './sequences';
import { createMetrics, type ServiceMetrics } from './metrics';
import { ModelManager, type LoadedModel, type ReloadResult } from './models';
import { PooledEngine, type ModelCatalog } from './pooled-engine';
import { DEFAULT_DETECTOR_MODULE, WorkerPool } from './pool/worker-pool';
import type { LoadCatalog } from './pool/protocol';
import { openBaseline } from './baseline';
import type { BaselineScorer } from '../baseline';

/** What a background task (the Loki watcher) gets: the live engine, the shared registry and the logger. */
export interface ServiceContext {
  engine: ScoringEngine;
  registry: Registry;
  logger: Logger;
  /** The stream baselines, when BASELINE_STORE is set: the watcher feeds them. */
  baseline?: BaselineScorer;
}

export interface BackgroundTask {
  name: string;
  /** Called once the first model is loaded; the returned handle is stopped on shutdown before the workers. */
  start(context: ServiceContext): Promise<{ stop(): Promise<void> }> | { stop(): Promise<void> };
}

export interface StartServerOptions {
  config: ServiceConfig;
  /** Shared registry; other components may have registered metrics on it already. */
  registry?: Registry;
  logger?: Logger;
  background?: BackgroundTask[];
  /** Install SIGHUP/SIGTERM/SIGINT handlers (the CLI does; tests usually do not). */
  handleSignals?: boolean;
  /** Module exporting `loadDetector`; tests substitute a fixture. */
  detectorModule?: string;
  /** Trains a candidate bundle from labels (POST /api/v1/retrain); without it that route answers 501. */
  retrainer?: Retrainer;
}

export interface RunningServer {
  url: string;
  port: number;
  engine: ScoringEngine;
  registry: Registry;
  /** The label store opened from config.labelsDb; null when none is configured. */
  labels: LabelStore | null;
  reload(): Promise<ReloadResult>;
  /** Drains and stops everything; idempotent. */
  shutdown(reason: string): Promise<void>;
  /** Resolves when shutdown has finished. */
  closed: Promise<void>;
}

export function createLogger(level: ServiceConfig['logLevel']): Logger {
  return pino({ level, base: { service: 'anomaly-lens' } });
}

/** Loads one model completely: catalog on the main thread, a warmed-up worker pool, the explainer. */
export async function loadModel(
  config: ServiceConfig,
  metrics: ServiceMetrics,
  logger: Logger,
  detectorModule: string,
  wrapEngine: (engine: ScoringEngine) => ScoringEngine = (e) => e
): Promise<LoadedModel> {
  const { loadCatalog } = require(detectorModule) as { loadCatalog: LoadCatalog };
  // Catalog and workers (restarted ones too) load one private copy: the bytes verified here (bundle-snapshot.ts).
  const snapshot = snapshotBundle(config.modelDir);
  // The copy's path means nothing to an operator: errors name the directory they configured.
  const operatorFacing = (err: unknown): unknown => {
    if (err instanceof Error) {
      err.message = err.message.replaceAll(snapshot.dir, resolve(config.modelDir));
    }
    return err;
  };
  let catalog: ModelCatalog & { close(): Promise<void> | void };
  try {
    // The main thread answers info/templates and feeds the explainer from the bundle alone: it never scores (ORT
    // would block the loop), so it opens no ONNX session; the workers check the graph.
    const loaded = loadCatalog(snapshot.dir);
    const closeLoaded = loaded.close?.bind(loaded);
    // Closing the model (after a swap, or at shutdown) closes the catalog last: then the copy goes too.
    catalog = Object.assign(loaded, {
      close: async () => {
        try {
          await closeLoaded?.();
        } finally {
          snapshot.remove();
        }
      },
    });
  } catch (err) {
    snapshot.remove();
    throw operatorFacing(err);
  }
  let pool: WorkerPool;
  try {
    pool = await WorkerPool.start({
      bundleDir: snapshot.dir,
      device: config.device,
      size: config.workers,
      logger,
      detectorModule,
      hungBatchMs: config.requestTimeoutMs,
      maxLineLength: config.maxLineLength,
      onRestart: () => metrics.workerRestarts.inc(),
    });
  } catch (err) {
    await catalog.close();
    throw operatorFacing(err);
  }
  const pooled = new PooledEngine(pool, catalog, {
    maxBatchLines: config.batchMaxLines,
    maxDelayMs: config.batchMaxDelayMs,
    maxQueueLines: config.queueMaxLines,
    timeoutMs: config.requestTimeoutMs,
    retryAfterSeconds: 1,
    maxLineLength: config.maxLineLength,
    onBatch: (n) => metrics.batchLines.observe(n),
  });
  // Novel templates of systems the bundle never trained on get their domain from the template encoder
  // (backend/src/encoder/domains.ts); verdicts and scores stay the detector's. The stream baseline, outermost,
  // sees the final domain.
  const engine = wrapEngine(
    config.encoderDir
      ? withEncoderDomains(
          pooled,
          encoderDomains({ dir: config.encoderDir, trainedFormats: trainedFormats(config.modelDir) })
        )
      : pooled
  );
  return {
    engine,
    explain: bindExplainer(catalog, engine, config.narrator ? new LlmNarrator(config.narrator) : undefined),
    sequences: bindSequences(catalog, engine),
    stats: () => ({ queuedLines: pooled.queuedLines, readyWorkers: pooled.readyWorkers }),
  };
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const registry = options.registry ?? new Registry();
  const detectorModule = options.detectorModule ?? DEFAULT_DETECTOR_MODULE;
  // `models` is assigned below; the gauges only read it at scrape time.
  let models: ModelManager | null = null;
  const metrics = createMetrics(registry, { stats: () => models?.current()?.stats?.() ?? null });

  if (config.authDisabled) {
    logger.warn(
      'AUTHENTICATION IS DISABLED (AUTH_DISABLED=true): anyone who can reach this port can score logs and reload the model'
    );
  }

  // A retrain swaps in a candidate bundle by pointing the loader at its directory and reloading.
  let modelDir = config.modelDir;
  const baseline = openBaseline(config, logger, () => models?.current()?.engine ?? null);
  models = new ModelManager(() => loadModel({ ...config, modelDir }, metrics, logger, detectorModule, baseline.wrap), {
    onLoaded: ({ engine }) => metrics.setModel(engine.model, engine.info().device),
    onReload: (outcome) => metrics.reloads.inc({ outcome }),
    onRetireError: (err) => logger.error({ err: { message: err.message } }, 'closing the previous model failed'),
  });
  // A short busy timeout: a lock held by another process must not block the event loop (store.retrying waits).
  const labels = config.labelsDb ? LabelStore.open(config.labelsDb, { busyTimeoutMs: SERVICE_BUSY_TIMEOUT_MS }) : null;
  baseline.userLabels(labels);
  // The newest retrained bundle swapped in on top of MODEL_DIR (and not rolled back) serves again after a restart.
  modelDir = labels?.activeBundles(config.modelDir)[0]?.dir ?? modelDir;
  const bundles: BundleSwitch = {
    current: () => modelDir,
    activate: async (dir) => {
      const previous = modelDir;
      modelDir = dir;
      try {
        return await models!.reload({ wait: true });
      } catch (err) {
        modelDir = previous;
        throw err;
      }
    },
  };
  const jobs =
    labels && options.retrainer
      ? new RetrainJobManager({
          store: labels,
          retrainer: options.retrainer,
          bundles,
          logger,
          baseBundleDir: config.modelDir,
        })
      : undefined;
  if (labels) {
    logger.info({ labelsDb: config.labelsDb, retrain: jobs !== undefined, modelDir }, 'label store open');
  }
  let shuttingDown = false;
  const app = createApp({
    models,
    metrics,
    logger,
    limits: config,
    authTokens: config.authTokens,
    authDisabled: config.authDisabled,
    adminKeys: config.adminKeys,
    grafanaProxyTokens: config.grafanaProxyTokens,
    metricsAuth: config.metricsAuth,
    version: PACKAGE_VERSION,
    labels: labels ? { store: labels, jobs, maxImportBytes: config.maxImportBytes } : undefined,
    query: { cacheLines: config.queryCacheLines, allowedLokiUrls: config.queryLokiUrls },
    baseline: baseline.scorer ?? undefined,
  });
  const server = createHttpServer(app, config, () => shuttingDown);

  // Listen first so /healthz answers and /readyz says "starting" while the workers load.
  server.listen(config.port, config.host);
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  logger.info({ url, modelDir: config.modelDir, workers: config.workers, device: config.device }, 'listening');

  const opened: Opened = { server, tasks: [], jobs, labels, baseline, models };
  try {
    await loadFirstModel(
      models,
      logger,
      config.modelDir,
      () => modelDir,
      (dir) => (modelDir = dir)
    );
  } catch (err) {
    await teardown(opened, logger, { force: true });
    throw err;
  }

  const engine = new CurrentModelEngine(models);
  try {
    for (const task of options.background ?? []) {
      opened.tasks.push({
        name: task.name,
        handle: await task.start({ engine, registry, logger, baseline: baseline.scorer ?? undefined }),
      });
      logger.info({ task: task.name }, 'background task started');
    }
  } catch (err) {
    // A service that silently runs without its watcher would look healthy: stop everything and fail the start.
    await teardown(opened, logger, { force: true });
    throw err;
  }

  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  let shutdownPromise: Promise<void> | null = null;

  const shutdown = (reason: string): Promise<void> => {
    shutdownPromise ??= (async () => {
      shuttingDown = true;
      logger.info({ reason }, 'shutting down: draining in-flight requests');
      await teardown(opened, logger, { force: false });
      logger.info('shutdown complete');
      resolveClosed();
    })();
    return shutdownPromise;
  };

  const reload = async (): Promise<ReloadResult> => models.reload();

  if (options.handleSignals) {
    installSignalHandlers(logger, reload, shutdown, closed);
  }

  return { url, port, engine, registry, labels, reload, shutdown, closed };
}

/** What startServer opened, for `teardown`. */
interface Opened {
  server: Server;
  tasks: Array<{ name: string; handle: { stop(): Promise<void> } }>;
  jobs: RetrainJobManager | undefined;
  labels: LabelStore | null;
  baseline: ReturnType<typeof openBaseline>;
  models: ModelManager;
}

/**
 * The one teardown, for a failed start and for shutdown: stop accepting connections, stop the background tasks,
 * let in-flight requests finish (`force`: cut them, the start failed), then retrain jobs, stores and models.
 */
async function teardown(o: Opened, logger: Logger, { force }: { force: boolean }): Promise<void> {
  const serverClosed = new Promise<void>((resolve) => o.server.close(() => resolve()));
  if (force) {
    o.server.closeAllConnections();
  } else {
    o.server.closeIdleConnections();
  }
  for (const { name, handle } of o.tasks) {
    await handle
      .stop()
      .catch((err: Error) => logger.error({ task: name, err: { message: err.message } }, 'stop failed'));
  }
  await serverClosed;
  await o.jobs?.close();
  o.labels?.close();
  o.baseline.close();
  await o.models.close();
}

function createHttpServer(
  app: ReturnType<typeof createApp>,
  config: ServiceConfig,
  shuttingDown: () => boolean
): Server {
  // A slow client (a body trickling in) holds a connection for BODY_TIMEOUT_MS at most, then gets 408; Node's
  // default was 300 s. Headers get a tenth of it, at most 10 s. Node checks both on an interval.
  const server: Server = createServer(
    {
      requestTimeout: config.bodyTimeoutMs,
      headersTimeout: Math.min(10_000, Math.max(50, Math.floor(config.bodyTimeoutMs / 10))),
      connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(config.bodyTimeoutMs / 4))),
    },
    (req, res) => {
      if (shuttingDown()) {
        // Keep-alive clients reconnect elsewhere instead of reusing a connection that is about to close.
        res.setHeader('Connection', 'close');
      }
      res.on('finish', () => {
        if (shuttingDown()) {
          // A response that was in flight when the drain began leaves an idle keep-alive socket behind.
          setImmediate(() => server.closeIdleConnections());
        }
      });
      app(req, res);
    }
  );
  server.keepAliveTimeout = 65_000;
  return server;
}

/** The first model; a retrained bundle that no longer loads falls back to MODEL_DIR rather than not serving. */
async function loadFirstModel(
  models: ModelManager,
  logger: Logger,
  baseDir: string,
  modelDir: () => string,
  setModelDir: (dir: string) => void
): Promise<void> {
  const started = performance.now();
  const loaded = await models.start().catch((err: Error) => {
    if (modelDir() === baseDir) {
      throw err;
    }
    logger.error(
      { modelDir: modelDir(), err: { message: err.message } },
      'the retrained bundle does not load; serving MODEL_DIR'
    );
    setModelDir(baseDir);
    return models.start();
  });
  logger.info(
    {
      model: loaded.engine.model,
      device: loaded.engine.info().device,
      loadMs: Math.round(performance.now() - started),
    },
    'model loaded and warmed up; ready'
  );
}

/** SIGHUP reloads; SIGTERM/SIGINT drain. Removed once the server has closed. */
function installSignalHandlers(
  logger: Logger,
  reload: () => Promise<ReloadResult>,
  shutdown: (reason: string) => Promise<void>,
  closed: Promise<void>
): void {
  const onHup = () => {
    logger.info('SIGHUP: reloading the model');
    reload().then(
      (r) => logger.info({ previous: r.previous, model: r.model, loadMs: r.loadMs }, 'model reloaded'),
      (err: Error) => logger.error({ err: { message: err.message } }, 'reload failed; the previous model keeps serving')
    );
  };
  const onTerm = (signal: NodeJS.Signals) => void shutdown(signal);
  process.on('SIGHUP', onHup);
  process.once('SIGTERM', onTerm);
  process.once('SIGINT', onTerm);
  void closed.then(() => {
    process.off('SIGHUP', onHup);
    process.off('SIGTERM', onTerm);
    process.off('SIGINT', onTerm);
  });
}

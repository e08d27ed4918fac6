/** `anomaly-lens serve`: the inference service. Flags override the environment variables named in --help. */
import { Command, Option } from 'commander';
import {
  ConfigError,
  DEFAULT_LABELS_DB,
  INFER_DEVICES,
  LOG_LEVELS,
  loadConfig,
  type ConfigOverrides,
} from '../../service/config';
import { startServer, type BackgroundTask } from '../../service/server';
import { createRetrainer } from '../../train/retrainer';

/** Retrained candidate bundles go here (next to the label store by default). */
const DEFAULT_RETRAIN_DIR = 'data/bundles';
import { loadWatchConfig, parseShard, startWatcher } from '../../watch';
import { CliError, parseIntOption } from '../output';

interface ServeFlags {
  port?: number;
  host?: string;
  modelDir?: string;
  device?: ConfigOverrides['device'];
  workers?: number;
  authDisabled?: boolean;
  maxBodyBytes?: number;
  maxLinesPerRequest?: number;
  maxLineLength?: number;
  maxJsonDepth?: number;
  queueMaxLines?: number;
  requestTimeoutMs?: number;
  batchMaxDelayMs?: number;
  batchMaxLines?: number;
  logLevel?: ConfigOverrides['logLevel'];
  labelsDb?: string;
  retrainDir?: string;
  maxImportBytes?: number;
  watchConfig?: string;
  watchShard?: string;
  baselineStore?: string;
  baselineStreamLabels?: string;
}

function watcherTask(file: string, shard: string | undefined): BackgroundTask {
  let config;
  try {
    config = loadWatchConfig(file);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  let parsedShard;
  try {
    parsedShard = shard ? parseShard(shard) : undefined;
  } catch (err) {
    throw new CliError(`--watch-shard: ${(err as Error).message}`);
  }
  return {
    name: 'loki-watcher',
    start: ({ engine, registry, logger, baseline }) =>
      startWatcher({ config, engine, registry, logger, shard: parsedShard, baseline }),
  };
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'Run the inference HTTP service (score, explain, model, metrics). Configured by environment variables; ' +
        'the flags below override them. SIGHUP reloads the model, SIGTERM drains and exits 0.'
    )
    .option('--port <n>', 'listen port (env PORT, default 8080)', parseIntOption('--port', 0, 65535))
    .option('--host <addr>', 'listen address (env HOST, default 0.0.0.0)')
    .option('--model-dir <dir>', 'model bundle directory (env MODEL_DIR, default models/default)')
    .addOption(
      new Option('--device <device>', 'inference device (env INFER_DEVICE, default auto)').choices(INFER_DEVICES)
    )
    .option(
      '--workers <n>',
      'inference worker threads (env WORKERS, default: CPU cores)',
      parseIntOption('--workers', 1, 256)
    )
    .option('--auth-disabled', 'accept requests without a bearer token (env AUTH_DISABLED); never in production')
    .option('--max-body-bytes <n>', 'env MAX_BODY_BYTES (default 16 MiB)', parseIntOption('--max-body-bytes', 1024))
    .option(
      '--max-lines-per-request <n>',
      'env MAX_LINES_PER_REQUEST (default 10000)',
      parseIntOption('--max-lines-per-request', 1)
    )
    .option(
      '--max-line-length <n>',
      'longer lines are truncated and flagged (env MAX_LINE_LENGTH, default 4096)',
      parseIntOption('--max-line-length', 16)
    )
    .option('--max-json-depth <n>', 'env MAX_JSON_DEPTH (default 32)', parseIntOption('--max-json-depth', 2, 10_000))
    .option(
      '--queue-max-lines <n>',
      'lines allowed to wait before 429 (env QUEUE_MAX_LINES, default 100000)',
      parseIntOption('--queue-max-lines', 1)
    )
    .option(
      '--request-timeout-ms <n>',
      'env REQUEST_TIMEOUT_MS (default 30000)',
      parseIntOption('--request-timeout-ms', 1)
    )
    .option(
      '--batch-max-delay-ms <n>',
      'micro-batching delay (env BATCH_MAX_DELAY_MS, default 2)',
      parseIntOption('--batch-max-delay-ms', 0, 1000)
    )
    .option(
      '--batch-max-lines <n>',
      'lines per inference batch (env BATCH_MAX_LINES, default 256)',
      parseIntOption('--batch-max-lines', 1)
    )
    .addOption(new Option('--log-level <level>', 'env LOG_LEVEL (default info)').choices(LOG_LEVELS))
    .option(
      '--retrain-dir <dir>',
      'where retrained bundles are written (env RETRAIN_DIR, default data/bundles); enables POST /api/v1/retrain'
    )
    .option(
      '--labels-db <file>',
      `SQLite file of the label store, "off" for none (env LABELS_DB, default ${DEFAULT_LABELS_DB})`
    )
    .option(
      '--max-import-bytes <n>',
      'largest label import body (env MAX_IMPORT_BYTES, default 64 MiB)',
      parseIntOption('--max-import-bytes', 1024)
    )
    .option(
      '--baseline-store <dir>',
      'stream baselines: score lines with stream labels against their stream (env BASELINE_STORE; default off)'
    )
    .option(
      '--baseline-stream-labels <names>',
      'label names identifying a stream, tried in order; * = all labels (env BASELINE_STREAM_LABELS, default service_name,job)'
    )
    .option('--watch-config <file>', 'also run the Loki watcher with this YAML config (env WATCH_CONFIG)')
    .option('--watch-shard <i/n>', "run only this replica's share of the watcher selectors (env WATCH_SHARD)")
    .action(async (flags: ServeFlags) => {
      const overrides = flags;
      let config;
      try {
        config = loadConfig(process.env, {
          ...overrides,
          labelsDb: overrides.labelsDb ?? (process.env.LABELS_DB ? undefined : DEFAULT_LABELS_DB),
        });
      } catch (err) {
        throw err instanceof ConfigError ? new CliError(err.message) : err;
      }
      const background = config.watchConfig ? [watcherTask(config.watchConfig, config.watchShard ?? undefined)] : [];
      let server;
      try {
        const retrainer = createRetrainer({ outDir: config.retrainDir ?? DEFAULT_RETRAIN_DIR });
        server = await startServer({ config, background, retrainer, handleSignals: true });
      } catch (err) {
        throw new CliError(`cannot start the service: ${(err as Error).message}`, 1);
      }
      await server.closed;
    });
}

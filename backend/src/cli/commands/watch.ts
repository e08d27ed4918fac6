/** `anomaly-lens watch`: the Loki watcher on its own, with /metrics on its own port. */
import type { Command } from 'commander';
import pino from 'pino';
import { availableParallelism } from 'node:os';
import type { ScoringEngine } from '../../engine/types';
import { loadWatchConfig, parseShard, type Shard } from '../../watch';
import { createWatchEngine } from '../../watch/engine';
import { runStandaloneWatcher } from '../../watch/standalone';
import { BaselinedEngine, BaselineScorer, BaselineStore, labelledTemplates, parseStreamLabels } from '../../baseline';
import { CliError, parseIntOption } from '../output';

interface WatchFlags {
  config: string;
  bundle: string;
  shard?: string;
  metricsPort?: number;
  workers?: number;
}

async function loadEngine(bundleDir: string, workers: number, logger: pino.Logger): Promise<ScoringEngine> {
  try {
    return await createWatchEngine(bundleDir, { workers, logger });
  } catch (err) {
    throw new CliError(`watch: cannot load the model bundle ${bundleDir}: ${(err as Error).message}`);
  }
}

/** The watcher's baseline store; its scorer leaves the bundle's labelled templates alone. */
function openWatchBaseline(dir: string, engine: ScoringEngine): { store: BaselineStore; scorer: BaselineScorer } {
  let streamLabels;
  try {
    streamLabels = parseStreamLabels(process.env.BASELINE_STREAM_LABELS);
  } catch (err) {
    throw new CliError(`BASELINE_STREAM_LABELS: ${(err as Error).message}`);
  }
  const store = BaselineStore.open(dir);
  const labelled = labelledTemplates(() => engine, null);
  return { store, scorer: new BaselineScorer(store, { streamLabels, labelled }) };
}

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description(
      'Poll LogQL selectors in Loki, score every new line exactly once (checkpointed), export Prometheus metrics ' +
        'on /metrics and optionally push a verdict stream back to Loki. SIGINT/SIGTERM commit and exit.'
    )
    .requiredOption('--config <file>', 'watch.yaml (selectors, Loki, checkpoints, push)')
    .requiredOption('--bundle <dir>', 'model bundle directory')
    .option('--shard <i/n>', "run only this replica's share of the selectors (hash of the selector name)")
    .option(
      '--metrics-port <n>',
      'port of /metrics (default: metrics.port of the config, 9465)',
      parseIntOption('--metrics-port', 0, 65535)
    )
    .option(
      '--workers <n>',
      'inference worker threads (default: CPU cores; scoring runs off the thread that reads Loki)',
      parseIntOption('--workers', 1, 256)
    )
    .option('--baseline-store <dir>', 'feed and score against stream baselines in this store (env BASELINE_STORE)')
    .action(async (flags: WatchFlags & { baselineStore?: string }) => {
      let shard: Shard | undefined;
      let config;
      try {
        config = loadWatchConfig(flags.config);
        shard = flags.shard ? parseShard(flags.shard) : undefined;
      } catch (err) {
        throw new CliError(`watch: ${(err as Error).message}`);
      }
      const logger = pino({ name: 'anomaly-lens-watch', level: process.env.LOG_LEVEL ?? 'info' });
      const model = await loadEngine(flags.bundle, flags.workers ?? availableParallelism(), logger);
      const baselineDir = flags.baselineStore ?? process.env.BASELINE_STORE;
      const baseline = baselineDir ? openWatchBaseline(baselineDir, model) : null;
      const engine = baseline ? new BaselinedEngine(model, baseline.scorer) : model;
      const running = await runStandaloneWatcher({
        config,
        engine,
        logger,
        shard,
        metricsPort: flags.metricsPort,
        baseline: baseline?.scorer,
      });
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      logger.info({}, 'stopping: committing the page in flight');
      await running.stop();
      baseline?.store.close();
      await engine.close();
    });
}

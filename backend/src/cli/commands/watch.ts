/** `anomaly-lens watch`: the Loki watcher on its own, with /metrics on its own port. */
import type { Command } from 'commander';
import pino from 'pino';
import { availableParallelism } from 'node:os';
import type { ScoringEngine } from '../../engine/types';
import { loadWatchConfig, parseShard, type Shard } from '../../watch';
import { createWatchEngine } from '../../watch/engine';
import { runStandaloneWatcher } from '../../watch/standalone';
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
    .action(async (flags: WatchFlags) => {
      let shard: Shard | undefined;
      let config;
      try {
        config = loadWatchConfig(flags.config);
        shard = flags.shard ? parseShard(flags.shard) : undefined;
      } catch (err) {
        throw new CliError(`watch: ${(err as Error).message}`);
      }
      const logger = pino({ name: 'anomaly-lens-watch', level: process.env.LOG_LEVEL ?? 'info' });
      const engine = await loadEngine(flags.bundle, flags.workers ?? availableParallelism(), logger);
      const running = await runStandaloneWatcher({ config, engine, logger, shard, metricsPort: flags.metricsPort });
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      logger.info({}, 'stopping: committing the page in flight');
      await running.stop();
      await engine.close();
    });
}

/**
 * Entry point of the crash-recovery test's child process: the standalone watcher with the deterministic keyword
 * engine (args: <watch.yaml> [engine delay ms]). Prints one JSON line `{"ready":true,"port":…}` when serving.
 */
import { loadWatchConfig } from '../config';
import { runStandaloneWatcher } from '../standalone';
import { KeywordEngine } from './keyword-engine';

async function main(): Promise<void> {
  const [configFile, delay] = process.argv.slice(2);
  const engine = new KeywordEngine(Number(delay ?? 0));
  const logger = {
    info: () => undefined,
    warn: (obj: object, msg?: string) => process.stderr.write(`${msg} ${JSON.stringify(obj)}\n`),
    error: (obj: object, msg?: string) => process.stderr.write(`${msg} ${JSON.stringify(obj)}\n`),
  };
  const running = await runStandaloneWatcher({
    config: loadWatchConfig(configFile),
    engine,
    logger,
    metricsPort: 0,
    host: '127.0.0.1',
  });
  process.stdout.write(`${JSON.stringify({ ready: true, port: running.port })}\n`);
  process.on('SIGTERM', () => {
    void running.stop().then(() => {
      process.stdout.write(`${JSON.stringify({ stopped: true, scoredLines: engine.scoredLines })}\n`);
      process.exit(0);
    });
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});

/** `anomaly-lens replay`: pushes a log file to Loki at a steady rate with current timestamps (the demo's feeder). */
import type { Command } from 'commander';
import { LokiClient } from '../../loki';
import { parseStreamLabels } from '../../replay/labels';
import { readReplayFile, replay } from '../../replay/replayer';
import { CliError, parseFloatOption, parseIntOption, report } from '../output';

interface ReplayFlags {
  loki: string;
  file: string;
  labels: string;
  rate: number;
  loop?: boolean;
  tenant?: string;
  loghubLabels?: boolean;
  retries: number;
  json?: boolean;
}

/** The root cause of a failed push in words (fetch wraps ECONNREFUSED and friends in `cause`). */
function describeFailure(err: unknown): string {
  const parts: string[] = [];
  // Duck-typed: fetch's causes may come from another realm, where `instanceof Error` is false.
  for (let e = err as { message?: unknown; code?: unknown; cause?: unknown } | null; e && parts.length < 4;) {
    const message = String(e.message ?? e);
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (!parts.some((p) => p.includes(message))) {
      parts.push(code && !message.includes(code) ? `${message} (${code})` : message);
    }
    e = typeof e.cause === 'object' ? (e.cause as typeof e) : null;
  }
  return parts.length > 0 ? parts.join(': ') : String(err);
}

export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('Push the lines of a log file to Loki at a steady rate, stamped with the current time')
    .requiredOption('--loki <url>', 'Loki base URL, e.g. http://localhost:3100')
    .requiredOption('--file <path>', 'log file, one line per entry')
    .requiredOption('--labels <selector>', 'stream labels, e.g. \'{job="bgl"}\'')
    .option('--rate <lines/s>', 'lines per second', parseFloatOption('--rate', 0.001, 1_000_000), 50)
    .option('--loop', 'start over at the end of the file (runs until SIGINT/SIGTERM)')
    .option('--tenant <id>', 'X-Scope-OrgID of a multi-tenant Loki')
    .option(
      '--loghub-labels',
      'the first column is a Loghub label (BGL, Thunderbird): push it as structured metadata "truth", not in the line'
    )
    .option('--retries <n>', 'attempts per push before giving up', parseIntOption('--retries', 1, 1000), 10)
    .option('--json', 'print the final statistics as JSON')
    .action(async (flags: ReplayFlags) => {
      let labels: Record<string, string>;
      let lines: string[];
      try {
        labels = parseStreamLabels(flags.labels);
        lines = readReplayFile(flags.file);
        new URL(flags.loki);
      } catch (err) {
        throw new CliError(`replay: ${(err as Error).message}`);
      }
      const controller = new AbortController();
      const onSignal = () => controller.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      process.stderr.write(
        `replaying ${lines.length} lines of ${flags.file} to ${flags.loki} as ${flags.labels} at ${flags.rate}/s` +
          `${flags.loop ? ', looping' : ''}\n`
      );
      try {
        const stats = await replay({
          client: new LokiClient({ url: flags.loki, tenant: flags.tenant, retry: { maxAttempts: flags.retries } }),
          lines,
          labels,
          loghubLabels: flags.loghubLabels ?? false,
          rate: flags.rate,
          loop: flags.loop ?? false,
          signal: controller.signal,
        });
        report(flags.json, stats, (s) => `pushed ${s.pushed} lines in ${s.batches} batches (${s.loops} loops)`);
      } catch (err) {
        // A Loki that refuses the connection or answers errors is an operational condition, not a crash: one line.
        throw new CliError(`replay: pushing to ${flags.loki} failed: ${describeFailure(err)}`, 1);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}

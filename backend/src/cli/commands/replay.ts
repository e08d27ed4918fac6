/** `anomaly-lens replay`: pushes a log file to Loki at a steady rate with current timestamps (the demo's feeder). */
import type { Command } from 'commander';
import { LokiClient } from '../../loki';
import { parseStreamLabels } from '../../replay/labels';
import { readReplayFile, replay } from '../../replay/replayer';
import { CliError, parseFloatOption, report } from '../output';

interface ReplayFlags {
  loki: string;
  file: string;
  labels: string;
  rate: number;
  loop?: boolean;
  tenant?: string;
  loghubLabels?: boolean;
  json?: boolean;
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
          client: new LokiClient({ url: flags.loki, tenant: flags.tenant, retry: { maxAttempts: 10 } }),
          lines,
          labels,
          loghubLabels: flags.loghubLabels ?? false,
          rate: flags.rate,
          loop: flags.loop ?? false,
          signal: controller.signal,
        });
        report(flags.json, stats, (s) => `pushed ${s.pushed} lines in ${s.batches} batches (${s.loops} loops)`);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}

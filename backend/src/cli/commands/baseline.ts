/** `anomaly-lens baseline learn`: feed a stream's baseline from a file of its history (issue 19). */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  BaselineScorer,
  BaselineStore,
  learnStream,
  parseLabelList,
  parseStreamLabels,
  timestampsFromHeaders,
} from '../../baseline';
import { createInProcessEngine } from '../../engine/in-process';
import { parseLoghubLabelled } from '../../train/data';
import { CliError, parseIntOption } from '../output';

interface LearnFlags {
  data: string;
  stream: string;
  store: string;
  bundle: string;
  year?: number;
  loghubLabelled?: boolean;
  streamLabels?: string;
}

export function registerBaseline(program: Command): void {
  const baseline = program.command('baseline').description('Stream baselines: what is routine on each stream');
  baseline
    .command('learn')
    .description(
      "Take a file as one stream's history, in order: score every line for its template (no labels are used) and " +
        "count it into the stream's baseline in the store. Times come from the line headers."
    )
    .requiredOption('--data <file>', 'raw log lines, one per line, oldest first')
    .requiredOption('--stream <k=v,...>', 'the stream labels, e.g. service_name=api')
    .requiredOption('--store <dir>', 'baseline store directory (the one serve --baseline-store reads)')
    .option('--bundle <dir>', 'model bundle that templates the lines', 'models/default')
    .option(
      '--year <n>',
      'year of headers without one (syslog), default the current year',
      parseIntOption('--year', 1970, 9999)
    )
    .option('--loghub-labelled', "the file is Loghub's labelled format: drop the label column first")
    .option('--stream-labels <names>', 'label names identifying a stream (env BASELINE_STREAM_LABELS)')
    .action(async (flags: LearnFlags) => {
      let labels: Record<string, string>;
      let names: readonly string[];
      try {
        labels = parseLabelList(flags.stream);
        names = parseStreamLabels(flags.streamLabels ?? process.env.BASELINE_STREAM_LABELS);
      } catch (err) {
        throw new CliError(`--stream: ${(err as Error).message}`);
      }
      let text: string;
      try {
        text = readFileSync(flags.data, 'utf8');
      } catch (err) {
        throw new CliError(`--data ${flags.data}: ${(err as Error).message}`);
      }
      const raw = flags.loghubLabelled
        ? parseLoghubLabelled(text, flags.data).lines.map((l) => l.line)
        : text.split(/\r?\n/).filter((l) => l.trim() !== '');
      if (raw.length === 0) {
        throw new CliError(`--data ${flags.data}: no lines`);
      }
      const engine = await createInProcessEngine(flags.bundle, { device: 'cpu' }).catch((err: Error) => {
        throw new CliError(`--bundle ${flags.bundle}: ${err.message}`);
      });
      const store = BaselineStore.open(flags.store, { flushMs: 0 });
      try {
        const scorer = new BaselineScorer(store, { streamLabels: names });
        const stamps = timestampsFromHeaders(raw, flags.year ?? new Date().getUTCFullYear(), Date.now());
        const report = await learnStream(
          engine,
          scorer,
          labels,
          raw.map((line, i) => ({ line, timestamp: stamps[i] }))
        );
        process.stdout.write(`${JSON.stringify({ ...report, store: store.file })}\n`);
      } finally {
        store.close();
        await engine.close();
      }
    });
}

/**
 * `anomaly-lens eval --bundle <dir> --data <file> [--format …] [--slice from:to] [--json]`: message-level
 * precision, recall, F1 of a bundle on labelled lines. Refuses to evaluate on lines the bundle was fitted or
 * calibrated on (same file by sha256, overlapping line range).
 *
 * `--record-into <dir>` stores the figures in another bundle: a production bundle trained on all the data cannot
 * be evaluated on any of it, so its figures come from an evaluation twin (the same recipe, trained without the
 * test period). The twin must have been trained on the same files, and the entry says which bundle measured it.
 */
import { basename } from 'node:path';
import type { Command } from 'commander';
import { BundleError, loadBundle } from '../../bundle/load';
import { updateManifestMetrics } from '../../bundle/write';
import type { CombineMode } from '../../contract';
import type { BundleManifest } from '../../bundle/schema';
import { loadDetector } from '../../engine/detector';
import { DataError, readDataFile, sliceFraction, type DataFormat } from '../../train/data';
import { evaluateDetector, type EvalReport } from '../../train/evaluate';
import { CliError, parseIntOption, report } from '../output';

interface EvalFlags {
  bundle: string;
  data: string;
  format: Exclude<DataFormat, 'hdfs-blocks'>;
  slice: string;
  combine?: CombineMode;
  batch: number;
  record?: boolean;
  recordInto?: string;
  idealParse?: string;
  json?: boolean;
}

export function parseSlice(raw: string): [number, number] {
  const m = /^(\d*\.?\d+):(\d*\.?\d+)$/.exec(raw.trim());
  const from = m ? Number(m[1]) : NaN;
  const to = m ? Number(m[2]) : NaN;
  if (!m || !(from >= 0 && from < to && to <= 1)) {
    throw new CliError(`--slice must be from:to with 0 <= from < to <= 1 (fractions of the file), got "${raw}"`);
  }
  return [from, to];
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Message-level precision, recall and F1 of a model bundle on labelled lines')
    .requiredOption('--bundle <dir>', 'model bundle')
    .requiredOption('--data <file>', 'labelled lines (Loghub: first column "-" = normal)')
    .option('--format <format>', 'loghub-labelled or jsonl', 'loghub-labelled')
    .option('--slice <from:to>', 'fractions of the time-ordered file to evaluate on', '0:1')
    .option('--combine <mode>', "top1 (FAME) or soft (LogMoE); default: the bundle's choice")
    .option('--batch <n>', 'lines per inference batch', parseIntOption('--batch', 1, 100_000), 512)
    .option('--record', "store the figures in the bundle manifest's metrics (shown by GET /api/v1/model)")
    .option(
      '--record-into <dir>',
      "store the figures in another bundle's manifest, trained on the same files (the bundle evaluated here is its evaluation twin)"
    )
    .option(
      '--ideal-parse <format>',
      "diagnostic: parse every line with this header format (e.g. bgl) instead of the bundle's auto, and report it beside the real path"
    )
    .option('--json', 'print one JSON document')
    .action(async (flags: EvalFlags) => {
      if (flags.format !== 'loghub-labelled' && flags.format !== 'jsonl') {
        throw new CliError(`--format must be loghub-labelled or jsonl, got "${flags.format}"`);
      }
      if (flags.combine !== undefined && flags.combine !== 'top1' && flags.combine !== 'soft') {
        throw new CliError(`--combine must be top1 or soft, got "${flags.combine}"`);
      }
      if (flags.record && flags.recordInto) {
        throw new CliError('--record and --record-into exclude each other: record into one bundle');
      }
      const [from, to] = parseSlice(flags.slice);
      let file;
      try {
        file = readDataFile(flags.data, flags.format);
      } catch (err) {
        throw new CliError(err instanceof DataError ? err.message : String(err));
      }
      const { items, start, end } = sliceFraction(file.lines, from, to);
      if (items.length === 0) {
        throw new CliError(`--slice ${flags.slice} of ${flags.data} holds no lines`);
      }
      let detector;
      try {
        detector = await loadDetector(flags.bundle, { intraOpThreads: 1 });
      } catch (err) {
        throw new CliError((err as Error).message);
      }
      try {
        for (const d of detector.bundle.manifest.training.data) {
          if (d.sha256 !== file.sha256) {
            continue;
          }
          for (const [name, [a, b]] of [
            ['fitted', d.train],
            ['calibrated', d.validation],
          ] as const) {
            if (start < b && a < end) {
              const unseen = d.validation[1] < d.lines;
              throw new CliError(
                `lines ${start + 1}-${end} of ${flags.data} overlap lines ${a + 1}-${b} the bundle was ${name} on; ` +
                  (unseen
                    ? `evaluate on a later slice (e.g. --slice ${(d.validation[1] / d.lines).toFixed(2)}:1)`
                    : 'the bundle has seen the whole file: evaluate it on other data, or evaluate a twin trained without a test period and --record-into this bundle')
              );
            }
          }
        }
        const combine = flags.combine ?? detector.bundle.manifest.combine;
        const result = await evaluateDetector(detector, items, { combine, batchSize: flags.batch });
        const idealParse = flags.idealParse
          ? await evaluateIdealParse(flags.bundle, flags.idealParse, items, combine, flags.batch)
          : undefined;
        const { perCategory: _omitted, ...figures } = result;
        const test = {
          data: basename(flags.data),
          slice: [from, to],
          path: 'real: lines as the system wrote them, header format auto',
          ...figures,
          ...(idealParse ? { idealParse } : {}),
        };
        if (flags.record) {
          updateManifestMetrics(flags.bundle, detector.bundle.manifest, { test });
        }
        if (flags.recordInto) {
          const target = twinTarget(flags.recordInto, detector.bundle.manifest);
          updateManifestMetrics(flags.recordInto, target, {
            test: {
              ...test,
              measuredOn: {
                bundle: detector.bundle.manifest.id,
                command: detector.bundle.manifest.command,
                training: detector.bundle.manifest.training.data.map((d) => ({
                  file: d.file,
                  train: d.train,
                  validation: d.validation,
                })),
              },
            },
          });
        }
        report(
          flags.json,
          {
            bundle: detector.info().id,
            data: flags.data,
            slice: [from, to],
            ...result,
            ...(idealParse ? { idealParse } : {}),
          },
          renderEval
        );
      } finally {
        await detector.close();
      }
    });
}

/** The same lines parsed with a dataset's own header format: what a perfect `auto` could reach at best. */
async function evaluateIdealParse(
  bundle: string,
  format: string,
  items: Parameters<typeof evaluateDetector>[1],
  combine: CombineMode,
  batchSize: number
): Promise<{ format: string; precision: number; recall: number; f1: number }> {
  let detector;
  try {
    detector = await loadDetector(bundle, { intraOpThreads: 1, normalizerFormat: format });
  } catch (err) {
    throw new CliError(`--ideal-parse ${format}: ${(err as Error).message}`);
  }
  try {
    const r = await evaluateDetector(detector, items, { combine, batchSize });
    return { format, precision: r.precision, recall: r.recall, f1: r.f1 };
  } finally {
    await detector.close();
  }
}

/** The manifest of the bundle figures are recorded into, refused unless it was trained on the twin's files. */
function twinTarget(dir: string, twin: BundleManifest): BundleManifest {
  let target: BundleManifest;
  try {
    target = loadBundle(dir).manifest;
  } catch (err) {
    throw new CliError(`--record-into: ${err instanceof BundleError ? err.message : String(err)}`);
  }
  const files = (m: BundleManifest) =>
    m.training.data
      .map((d) => d.sha256)
      .sort()
      .join();
  if (files(target) !== files(twin)) {
    const names = (m: BundleManifest) => m.training.data.map((d) => `${d.file} (${d.sha256.slice(0, 12)})`).join(', ');
    throw new CliError(
      `--record-into ${dir}: that bundle was trained on ${names(target)}, the evaluated one on ${names(twin)}; figures are only recorded into a bundle trained on the same files`
    );
  }
  return target;
}

function renderEval(
  r: EvalReport & {
    bundle: string;
    data: string;
    slice: number[];
    idealParse?: { format: string; precision: number; recall: number; f1: number };
  }
): string {
  const p = (v: number) => (v * 100).toFixed(2).padStart(6);
  return [
    `Bundle ${r.bundle} on ${r.data} [${r.slice.join(':')}], ${r.combine}; real path (lines as written, format auto)`,
    `  lines ${r.lines}, anomalies ${r.anomalies}`,
    `  precision ${p(r.precision)}  recall ${p(r.recall)}  F1 ${p(r.f1)}  accuracy ${p(r.accuracy)}`,
    `  unseen templates: ${r.unseenTemplates.lines} lines, ${r.unseenTemplates.anomalies} anomalies, recall ${p(r.unseenTemplates.recall)} precision ${p(r.unseenTemplates.precision)}`,
    '  per domain (routed):',
    ...r.perDomain.map(
      (d) =>
        `    ${d.domain.padEnd(12)} lines ${String(d.lines).padStart(6)} anomalies ${String(d.anomalies).padStart(5)} P ${p(d.precision)} R ${p(d.recall)} F1 ${p(d.f1)}`
    ),
    `  ${r.linesPerSecond} lines/s`,
    ...(r.idealParse
      ? [
          `  ideal parse (format ${r.idealParse.format}, diagnostic): precision ${p(r.idealParse.precision)}  recall ${p(r.idealParse.recall)}  F1 ${p(r.idealParse.f1)}`,
        ]
      : []),
  ].join('\n');
}

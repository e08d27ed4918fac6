/**
 * `anomaly-lens eval-sessions --data <log> --blocks <line_block_ids> --labels <block_labels.csv>`: session-level
 * precision / recall / F1 of the sequence model on a time-ordered split (see sequence/evaluate.ts).
 * With `--bundle <dir>` the bundle's own sequence model is scored instead, on the sessions it never saw
 * (sequence/evaluate-bundle.ts); the split options then do not apply.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { BundleError, loadBundle } from '../../bundle/load';
import { evaluateSessions, type SessionEvalReport } from '../../sequence/evaluate';
import {
  BundleSessionEvalError,
  evaluateBundleSessions,
  type BundleSessionEvalReport,
} from '../../sequence/evaluate-bundle';
import { CliError, parseFloatOption, report } from '../output';

interface EvalSessionsOptions {
  data: string;
  blocks: string;
  labels: string;
  bundle?: string;
  trainSplit: number;
  validationShare: number;
  format?: string;
  learnWeights: boolean;
  supervised: boolean;
  json?: boolean;
}

const labelRowSchema = z.object({ BlockId: z.string().min(1), Label: z.enum(['Normal', 'Anomaly']) });

export function readLines(path: string, flag: string): string[] {
  if (!existsSync(path)) {
    throw new CliError(`${flag} ${path}: no such file`);
  }
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') {
    lines.pop();
  }
  return lines.map((l) => l.replace(/\r$/, ''));
}

/** `BlockId,Label` with `Normal`/`Anomaly` → true for anomalous blocks. */
export function readBlockLabels(path: string): Map<string, boolean> {
  if (!existsSync(path)) {
    throw new CliError(`--labels ${path}: no such file`);
  }
  let rows: unknown[];
  try {
    rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    throw new CliError(`--labels ${path}: not a readable CSV: ${(err as Error).message}`);
  }
  const labels = new Map<string, boolean>();
  rows.forEach((row, i) => {
    const parsed = labelRowSchema.safeParse(row);
    if (!parsed.success) {
      throw new CliError(`--labels ${path} row ${i + 2}: expected BlockId,Label with Label Normal or Anomaly`);
    }
    labels.set(parsed.data.BlockId, parsed.data.Label === 'Anomaly');
  });
  return labels;
}

export function registerEvalSessions(program: Command): void {
  program
    .command('eval-sessions')
    .description('Session-level precision/recall/F1 of the sequence model on a time-ordered split (HDFS blocks)')
    .requiredOption('--data <file>', 'raw log, one line per entry, in time order')
    .requiredOption('--blocks <file>', 'session key of each log line, aligned line by line')
    .requiredOption('--labels <file>', 'BlockId,Label CSV (Normal/Anomaly)')
    .option(
      '--bundle <dir>',
      "score this bundle's sequence model on the sessions it never saw, instead of training one on the split " +
        '(the split, --format and --no-learn-weights then do not apply)'
    )
    .option(
      '--train-split <share>',
      'share of sessions (by first appearance) in the training period',
      parseFloatOption('--train-split', 0.05, 0.95),
      0.7
    )
    .option(
      '--validation-share <share>',
      'latest share of the training sessions used only to calibrate',
      parseFloatOption('--validation-share', 0.05, 0.5),
      0.2
    )
    .option('--format <format>', 'log format id for the normaliser (auto-detected by default)')
    .option('--no-learn-weights', 'keep the hand-set finding weights instead of learning them from training labels')
    .option('--no-supervised', 'leave out the supervised session classifier (the normal-behaviour model alone)')
    .option('--json', 'print one JSON document')
    .action((opts: EvalSessionsOptions) => {
      const lines = readLines(opts.data, '--data');
      const keys = readLines(opts.blocks, '--blocks');
      if (keys.length !== lines.length) {
        throw new CliError(`--blocks has ${keys.length} lines but --data has ${lines.length}: they must be aligned`);
      }
      const labels = readBlockLabels(opts.labels);
      const log = { lines, keys: keys.map((k) => k.trim()), labels };
      if (opts.bundle !== undefined) {
        report(opts.json, evaluateWithBundle(opts.bundle, opts.data, log), renderBundle);
        return;
      }
      let result: SessionEvalReport;
      try {
        result = evaluateSessions(log, {
          trainSplit: opts.trainSplit,
          validationShare: opts.validationShare,
          format: opts.format,
          learnWeights: opts.learnWeights,
          supervised: opts.supervised,
        });
      } catch (err) {
        throw new CliError((err as Error).message);
      }
      report(opts.json, { trainedOnSplit: true, ...result }, renderHuman);
    });
}

function evaluateWithBundle(
  dir: string,
  dataPath: string,
  log: Parameters<typeof evaluateBundleSessions>[0]
): BundleSessionEvalReport & { trainedOnSplit: false } {
  try {
    const bundle = loadBundle(dir);
    const sha256 = createHash('sha256').update(readFileSync(dataPath)).digest('hex');
    return { trainedOnSplit: false, ...evaluateBundleSessions(log, bundle, sha256) };
  } catch (err) {
    if (err instanceof BundleError || err instanceof BundleSessionEvalError) {
      throw new CliError(err.message);
    }
    throw err;
  }
}

function renderBundle(r: BundleSessionEvalReport): string {
  const f = (v: number) => v.toFixed(4);
  return [
    `Bundle ${r.bundle.id} ${r.bundle.version}: ${r.description}`,
    `  sessions ${r.sessions} (unlabelled skipped: ${r.unlabelled}; seen by the bundle, skipped: ${r.seenByBundle})`,
    `  test   ${r.test.sessions} sessions (${r.test.anomalies} anomalous), lines ${r.test.firstLine}–${r.test.lastLine}`,
    `Templates: ${r.templates.known} in the bundle; unseen test lines ${r.templates.testLinesUnseen} in ${r.templates.testSessionsWithUnseen} sessions; threshold ${r.threshold}`,
    `Test: precision ${f(r.metrics.precision)}  recall ${f(r.metrics.recall)}  F1 ${f(r.metrics.f1)}  (tp ${r.metrics.tp}, fp ${r.metrics.fp}, fn ${r.metrics.fn}, tn ${r.metrics.tn})`,
    `Time: ${r.seconds}s`,
  ].join('\n');
}

function renderHuman(r: SessionEvalReport & { trainedOnSplit: boolean }): string {
  const f = (v: number) => v.toFixed(4);
  const s = r.split;
  return [
    `Split: ${s.description}`,
    `  sessions ${s.sessions} (unlabelled skipped: ${s.unlabelled})`,
    `  train  ${s.train.sessions} sessions (${s.train.anomalies} anomalous), lines ${s.train.firstLine}–${s.train.lastLine}`,
    `  fit    ${s.fit.normal} normal sessions of ${s.fit.sessions}`,
    `  valid. ${s.validation.sessions} sessions (${s.validation.anomalies} anomalous) → threshold ${r.calibration.threshold} (${r.calibration.method})`,
    `  test   ${s.test.sessions} sessions (${s.test.anomalies} anomalous), lines ${s.test.firstLine}–${s.test.lastLine}`,
    `Templates mined on training lines: ${r.templates.mined}; unseen test lines ${r.templates.testLinesUnseen} in ${r.templates.testSessionsWithUnseen} sessions`,
    `Sequence model trained on the training split (no bundle model used); finding weights ` +
      (r.weightsFit
        ? `learned from ${r.weightsFit.anomalies} anomalous and ${r.weightsFit.normal} normal fitting sessions (${r.weightsFit.folds}-fold cross-fitted)`
        : 'hand-set defaults'),
    `  weights ${Object.entries(r.weights)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    r.supervised && r.combination
      ? `Supervised session classifier: decision tree of ${r.supervised.nodes} nodes over ${r.supervised.features} ` +
        `count/transition features, fitted on ${r.supervised.fitted.anomalies} anomalous and ${r.supervised.fitted.normal} normal sessions; ` +
        `combination chosen on validation: ${r.combination.mode} (` +
        r.combination.validation.candidates.map((c) => `${c.mode} F1 ${f(c.f1)}`).join(', ') +
        ')'
      : 'Supervised session classifier: none (no labelled anomalies in the fitting period, or --no-supervised)',
    `Test: precision ${f(r.test.precision)}  recall ${f(r.test.recall)}  F1 ${f(r.test.f1)}  (tp ${r.test.tp}, fp ${r.test.fp}, fn ${r.test.fn}, tn ${r.test.tn})`,
    `  normal-behaviour model alone: precision ${f(r.testSemiSupervisedOnly.precision)}  recall ${f(r.testSemiSupervisedOnly.recall)}  F1 ${f(r.testSemiSupervisedOnly.f1)}`,
    `Time: templates ${r.seconds.templates}s, fit ${r.seconds.fit}s, test ${r.seconds.test}s`,
  ].join('\n');
}

/**
 * `anomaly-lens train --data <file>… --format … --k <K> (--partition <file> | --llm-model <m>) --out <dir>`:
 * FAME training end to end, written as a verified bundle. With `--hdfs` (+ `--blocks`, `--labels`) the sequence
 * model is fitted on the normal HDFS sessions of the training period too.
 */
import type { Command } from 'commander';
import { writeBundle } from '../../bundle/write';
import { DEFAULT_FEATURIZER } from '../../features/hash';
import { loadPartitionFile, partitionFromEnv, proposePartition, formatReport, PartitionError } from '../../partition';
import {
  DataError,
  DATA_FORMATS,
  readDataFile,
  readHdfsBlocks,
  type DataFile,
  type DataFormat,
} from '../../train/data';
import { DEFAULT_TRAIN_CONFIG, trainModel, type PartitionSource, type TrainConfig } from '../../train/pipeline';
import { CliError, parseFloatOption, parseIntOption, report } from '../output';

interface TrainFlags {
  data: string[];
  format: DataFormat;
  blocks?: string;
  labels?: string;
  hdfs?: string;
  k: number;
  seed: number;
  partition?: string;
  llmModel?: string;
  out: string;
  id?: string;
  modelVersion: string;
  trainShare: number;
  validationShare: number;
  holdoutTemplates: number;
  augmentShare: number;
  epochs: number;
  dim: number;
  buckets: number;
  json?: boolean;
}

export interface TrainSummary {
  out: string;
  id: string;
  seconds: number;
  linesSeen: number;
  labelled: number;
  annotationReduction: number;
  templates: number;
  heldOutTemplates: number;
  domains: Array<{ id: string; type: string; templates: number; threshold: number; prior: number }>;
  validation: Record<string, number>;
  sequenceModel: boolean;
  /** How the sequence model combines its supervised session classifier (null: none was fitted). */
  sequenceCombination: string | null;
  certification: { repairs: string[]; warnings: string[] };
}

function readFiles(flags: TrainFlags): DataFile[] {
  try {
    const files: DataFile[] = flags.data.map((path) => {
      if (flags.format === 'hdfs-blocks') {
        if (!flags.blocks || !flags.labels) {
          throw new CliError('--format hdfs-blocks needs --blocks <line block ids> and --labels <BlockId,Label csv>');
        }
        return readHdfsBlocks(path, flags.blocks, flags.labels);
      }
      return readDataFile(path, flags.format);
    });
    if (flags.hdfs) {
      if (!flags.blocks || !flags.labels) {
        throw new CliError('--hdfs needs --blocks <line block ids> and --labels <BlockId,Label csv>');
      }
      files.push(readHdfsBlocks(flags.hdfs, flags.blocks, flags.labels));
    }
    return files;
  } catch (err) {
    if (err instanceof DataError) {
      throw new CliError(err.message);
    }
    throw err;
  }
}

function partitionSource(flags: TrainFlags): PartitionSource {
  if (flags.partition) {
    const path = flags.partition;
    return async () => {
      try {
        return loadPartitionFile(path);
      } catch (err) {
        throw new CliError(`--partition ${path}: ${(err as Error).message}`);
      }
    };
  }
  const env = partitionFromEnv();
  if (!env) {
    throw new CliError(
      'give --partition <reviewed file>, or --llm-model <model> with OPENAI_BASE_URL and OPENAI_API_KEY set to propose one'
    );
  }
  const model = flags.llmModel ?? env.model;
  return (templates) => proposePartition(templates, { client: env.client, model });
}

export function registerTrain(program: Command): void {
  program
    .command('train')
    .description('Train the failure-aware mixture of experts (FAME) and write a model bundle')
    .requiredOption('--data <file...>', 'labelled training data, time-ordered')
    .option('--format <format>', `data format: ${DATA_FORMATS.join(', ')}`, 'loghub-labelled')
    .option('--hdfs <log>', 'an HDFS_v1 log whose normal blocks train the sequence model (with --blocks, --labels)')
    .option('--blocks <file>', 'block id of each line of the HDFS log, aligned line by line')
    .option('--labels <file>', 'BlockId,Label CSV of the HDFS blocks')
    .option('--k <K>', 'labelled lines per template at most', parseIntOption('--k', 1, 100_000), 100)
    .option('--seed <n>', 'random seed', parseIntOption('--seed', 0, 0x7fffffff), 42)
    .option('--partition <file>', 'reviewed failure-domain partition (JSON); otherwise an LLM proposes one')
    .option('--llm-model <model>', 'model for the LLM partition proposal (OPENAI_BASE_URL, OPENAI_API_KEY)')
    .requiredOption('--out <dir>', 'bundle directory to write')
    .option('--id <id>', 'bundle id (default: the --out directory name)')
    .option('--model-version <v>', 'bundle version', '1')
    .option(
      '--train-share <f>',
      'share of each file (from its start) used for fitting',
      parseFloatOption('--train-share', 0.05, 0.95),
      0.6
    )
    .option(
      '--validation-share <f>',
      'share after it used for calibration',
      parseFloatOption('--validation-share', 0.01, 0.9),
      0.2
    )
    .option(
      '--holdout-templates <f>',
      'share of templates withheld from training (experiment)',
      parseFloatOption('--holdout-templates', 0, 0.9),
      0
    )
    .option(
      '--augment-share <f>',
      'share of training lines seen in a served wrapper (syslog, CRI, Docker, JSON, prefix, counter, request id)',
      parseFloatOption('--augment-share', 0, 1),
      DEFAULT_TRAIN_CONFIG.augment.share
    )
    .option('--epochs <n>', 'training epochs', parseIntOption('--epochs', 1, 1000), DEFAULT_TRAIN_CONFIG.fit.epochs)
    .option('--dim <n>', 'embedding dimension', parseIntOption('--dim', 2, 512), DEFAULT_TRAIN_CONFIG.fit.dim)
    .option(
      '--buckets <n>',
      'hashed feature buckets (power of two)',
      parseIntOption('--buckets', 16, 1 << 22),
      DEFAULT_FEATURIZER.buckets
    )
    .option('--json', 'print one JSON document')
    .action(async (flags: TrainFlags) => {
      if (flags.trainShare + flags.validationShare > 1) {
        throw new CliError('--train-share + --validation-share must not exceed 1');
      }
      if ((flags.buckets & (flags.buckets - 1)) !== 0) {
        throw new CliError(`--buckets must be a power of two, got ${flags.buckets}`);
      }
      const files = readFiles(flags);
      const source = partitionSource(flags);
      const config: TrainConfig = {
        ...DEFAULT_TRAIN_CONFIG,
        k: flags.k,
        seed: flags.seed,
        split: { train: flags.trainShare, validation: flags.validationShare },
        holdoutTemplates: flags.holdoutTemplates,
        augment: { share: flags.augmentShare },
        featurizer: { ...DEFAULT_FEATURIZER, buckets: flags.buckets },
        fit: { ...DEFAULT_TRAIN_CONFIG.fit, epochs: flags.epochs, dim: flags.dim, seed: flags.seed },
      };
      const started = performance.now();
      const progress = flags.json
        ? () => undefined
        : (p: { stage: string; detail?: string }) =>
            process.stderr.write(`train: ${p.stage}${p.detail ? ` (${p.detail})` : ''}\n`);
      let model;
      try {
        model = await trainModel(files, source, config, progress);
      } catch (err) {
        if (err instanceof PartitionError) {
          throw new CliError(`the partition failed certification:\n${formatReport(err.report)}`);
        }
        throw err;
      }
      const seconds = (performance.now() - started) / 1000;
      const id = flags.id ?? flags.out.replace(/\/+$/, '').split('/').pop()!;
      const command = ['anomaly-lens', ...process.argv.slice(2)].join(' ');
      const manifest = writeBundle(flags.out, model, {
        id,
        version: flags.modelVersion,
        command,
        trainingSeconds: seconds,
      });
      const summary: TrainSummary = {
        out: flags.out,
        id,
        seconds: Math.round(seconds * 10) / 10,
        linesSeen: model.linesSeen,
        labelled: model.labelled,
        annotationReduction: model.labelled === 0 ? 0 : Math.round((model.linesSeen / model.labelled) * 10) / 10,
        templates: model.templates.length,
        heldOutTemplates: model.heldOutTemplates.length,
        domains: manifest.domains.map((d) => ({
          id: d.id,
          type: d.type,
          templates: d.templates,
          threshold: d.threshold,
          prior: d.prior,
        })),
        validation: model.validation,
        sequenceModel: model.sequence !== null,
        sequenceCombination: model.sequence?.combination?.mode ?? null,
        certification: { repairs: model.partition.report.repairs, warnings: model.partition.report.warnings },
      };
      report(flags.json, summary, renderSummary);
    });
}

function renderSummary(s: TrainSummary): string {
  const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
  return [
    `Wrote ${s.out} (${s.id}) in ${s.seconds}s`,
    `  lines seen ${s.linesSeen}, labelled ${s.labelled} (${s.annotationReduction}x fewer), templates ${s.templates}` +
      (s.heldOutTemplates ? `, held out ${s.heldOutTemplates}` : ''),
    `  sequence model: ${s.sequenceModel ? 'yes' : 'no'}` +
      (s.sequenceCombination
        ? ` (supervised session classifier, combination chosen on validation: ${s.sequenceCombination})`
        : ''),
    '  domains:',
    ...s.domains.map(
      (d) =>
        `    ${d.id.padEnd(12)} ${d.type.padEnd(13)} templates ${String(d.templates).padStart(4)}  prior ${d.prior.toFixed(3)}${d.type === 'mixed' ? `  threshold ${d.threshold.toFixed(3)}` : ''}`
    ),
    `  validation (calibration split): precision ${pct(s.validation.precision ?? 0)} recall ${pct(s.validation.recall ?? 0)} F1 ${pct(s.validation.f1 ?? 0)}`,
    ...s.certification.repairs.map((r) => `  repair: ${r}`),
    ...s.certification.warnings.map((w) => `  warning: ${w}`),
  ].join('\n');
}

/**
 * `anomaly-lens distill --data <log> --blocks <ids> --labels <csv> --out sft.jsonl [--teacher-model m]`: labelled
 * sessions → hierarchical-CoT SFT records for LLaMA-Factory (alpaca by default, or sharegpt), plus the
 * `dataset_info.json` entry next to the output. Without a teacher endpoint the grounded reasoning is the output.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import OpenAI from 'openai';
import { buildSftDataset, type Teacher } from '../../distill/build';
import { datasetInfo, type SftFormat } from '../../distill/sft';
import { CliError, parseFloatOption, parseIntOption, report } from '../output';
import { readBlockLabels, readLines } from './eval-sessions';

interface DistillCliOptions {
  data: string;
  blocks: string;
  labels: string;
  out: string;
  format: string;
  limit: number;
  fitSplit: number;
  teacherModel?: string;
  teacherBaseUrl?: string;
  teacherTimeoutMs: number;
  json?: boolean;
}

function openAiTeacher(baseURL: string, model: string, timeoutMs: number): Teacher {
  const client = new OpenAI({
    baseURL,
    apiKey: process.env.TEACHER_API_KEY ?? 'none',
    timeout: timeoutMs,
    maxRetries: 1,
  });
  return async (messages) => {
    const completion = await client.chat.completions.create({
      model,
      temperature: 0,
      response_format: { type: 'json_object' },
      messages,
    });
    return completion.choices[0]?.message?.content ?? '';
  };
}

export function registerDistill(program: Command): void {
  program
    .command('distill')
    .description('Labelled sessions (HDFS blocks) → hierarchical-CoT SFT data (LLaMA-Factory alpaca or sharegpt JSONL)')
    .requiredOption('--data <file>', 'raw log in time order')
    .requiredOption('--blocks <file>', 'session key of each line, aligned line by line')
    .requiredOption('--labels <file>', 'BlockId,Label CSV (Normal/Anomaly)')
    .requiredOption('--out <file>', 'output JSONL')
    .option('--format <format>', 'alpaca (instruction/input/output) or sharegpt (conversations)', 'alpaca')
    .option(
      '--limit <n>',
      'records at most (anomalous sessions up to half)',
      parseIntOption('--limit', 1, 1_000_000),
      200
    )
    .option(
      '--fit-split <share>',
      'earliest share of sessions used to fit templates and the sequence model',
      parseFloatOption('--fit-split', 0.05, 0.95),
      0.7
    )
    .option('--teacher-model <model>', 'teacher model name (enables the teacher)')
    .option(
      '--teacher-base-url <url>',
      'OpenAI-compatible endpoint of the teacher (default: env TEACHER_BASE_URL); key: env TEACHER_API_KEY'
    )
    .option(
      '--teacher-timeout-ms <ms>',
      'per-request timeout',
      parseIntOption('--teacher-timeout-ms', 100, 3_600_000),
      120_000
    )
    .option('--json', 'print the statistics as one JSON document')
    .action(async (opts: DistillCliOptions) => {
      if (opts.format !== 'alpaca' && opts.format !== 'sharegpt') {
        throw new CliError(`--format must be alpaca or sharegpt, got "${opts.format}"`);
      }
      let teacher: Teacher | undefined;
      if (opts.teacherModel) {
        const baseURL = opts.teacherBaseUrl ?? process.env.TEACHER_BASE_URL;
        if (!baseURL) {
          throw new CliError('--teacher-model needs --teacher-base-url or TEACHER_BASE_URL');
        }
        teacher = openAiTeacher(baseURL, opts.teacherModel, opts.teacherTimeoutMs);
      }
      const lines = readLines(opts.data, '--data');
      const keys = readLines(opts.blocks, '--blocks');
      if (keys.length !== lines.length) {
        throw new CliError(`--blocks has ${keys.length} lines but --data has ${lines.length}: they must be aligned`);
      }
      const format = opts.format as SftFormat;
      let built;
      try {
        built = await buildSftDataset(
          { lines, keys: keys.map((k) => k.trim()), labels: readBlockLabels(opts.labels) },
          { fitSplit: opts.fitSplit, limit: opts.limit, format, teacher }
        );
      } catch (err) {
        throw new CliError((err as Error).message);
      }
      writeFileSync(
        opts.out,
        built.records.map((r) => JSON.stringify(r)).join('\n') + (built.records.length ? '\n' : '')
      );
      const infoPath = `${opts.out}.dataset_info.json`;
      writeFileSync(
        infoPath,
        `${JSON.stringify(datasetInfo('anomaly_lens_sft', basename(opts.out), format), null, 2)}\n`
      );
      const summary = { out: opts.out, datasetInfo: infoPath, format, ...built.stats };
      report(opts.json, summary, (s) =>
        [
          `Wrote ${s.written} ${s.format} records to ${s.out} (LLaMA-Factory entry: ${s.datasetInfo})`,
          `Output: ${s.output === 'teacher' ? `teacher ${opts.teacherModel}` : 'grounded reasoning (no teacher endpoint)'}; line model: ${s.lineModel}`,
          `Candidates after the ${s.fitSessions} fitting sessions: ${s.candidates.anomalous} anomalous, ${s.candidates.normal} normal; ` +
            `dropped ${s.droppedDisagreeing} whose reasoning disagreed with the label; teacher rejections ${s.teacherRejected.length}`,
        ].join('\n')
      );
    });
}

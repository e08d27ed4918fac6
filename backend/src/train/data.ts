/**
 * Reads labelled training and evaluation data. Every malformed input is refused with its file and line number;
 * nothing is skipped silently (blank lines are counted and reported).
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { DomainIdSchema, type DomainId } from '../contract';
import { issueText } from '../util/zod-issues';

export const DATA_FORMATS = ['loghub-labelled', 'jsonl', 'hdfs-blocks'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export interface LabelledLine {
  /** The raw line as its system wrote it (a Loghub label column is removed). */
  line: string;
  /** 1 anomaly, 0 normal, null unlabelled. */
  label: 0 | 1 | null;
  /** Loghub alert category, when the data has one. */
  category?: string;
  /** Session key (HDFS block id) for the sequence model. */
  session?: string;
  /** A domain given by the data (jsonl `domain`), used only for reporting. */
  domain?: DomainId;
}

export interface DataFile {
  path: string;
  format: DataFormat;
  sha256: string;
  lines: LabelledLine[];
  blankLines: number;
  /** hdfs-blocks: block labels. */
  sessionLabels?: Map<string, 0 | 1>;
}

export class DataError extends Error {}

function readText(path: string, what: string): { text: string; sha256: string } {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    throw new DataError(`${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return { text: buf.toString('utf8'), sha256: createHash('sha256').update(buf).digest('hex') };
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') {
    lines.pop();
  }
  return lines;
}

/** Loghub labelled logs (BGL, Thunderbird): first column `-` = normal, otherwise the alert category. */
export function parseLoghubLabelled(text: string, path: string): { lines: LabelledLine[]; blankLines: number } {
  const lines: LabelledLine[] = [];
  let blankLines = 0;
  splitLines(text).forEach((raw, i) => {
    if (raw.trim() === '') {
      blankLines += 1;
      return;
    }
    const m = /^(\S+)(\s.*)?$/.exec(raw);
    if (!m) {
      throw new DataError(`${path}:${i + 1}: expected "<label> <log line>", got ${JSON.stringify(raw.slice(0, 80))}`);
    }
    const tag = m[1]!;
    // The label column is Loghub's, not the system's: the line enters the product as the node wrote it.
    lines.push({
      line: (m[2] ?? '').trimStart(),
      label: tag === '-' ? 0 : 1,
      ...(tag === '-' ? {} : { category: tag }),
    });
  });
  return { lines, blankLines };
}

const jsonlRecordSchema = z
  .object({
    line: z.string(),
    label: z.enum(['anomaly', 'normal']).nullable().optional(),
    domain: DomainIdSchema.optional(),
    session: z.string().optional(),
  })
  .strict();

export function parseJsonl(text: string, path: string): { lines: LabelledLine[]; blankLines: number } {
  const lines: LabelledLine[] = [];
  let blankLines = 0;
  splitLines(text).forEach((raw, i) => {
    if (raw.trim() === '') {
      blankLines += 1;
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      throw new DataError(`${path}:${i + 1}: not JSON: ${(err as Error).message}`);
    }
    const parsed = jsonlRecordSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DataError(`${path}:${i + 1}: ${issueText(issue, { root: 'record' })}`);
    }
    const r = parsed.data;
    lines.push({
      line: r.line,
      label: r.label === 'anomaly' ? 1 : r.label === 'normal' ? 0 : null,
      ...(r.domain ? { domain: r.domain } : {}),
      ...(r.session ? { session: r.session } : {}),
    });
  });
  return { lines, blankLines };
}

/** HDFS_v1: the raw log, a block id per line (aligned), and `BlockId,Label` per block. Lines stay unlabelled. */
export function readHdfsBlocks(path: string, blocksPath: string, labelsPath: string): DataFile {
  const log = readText(path, '--data');
  const blocks = splitLines(readText(blocksPath, '--blocks').text);
  const rawLines = splitLines(log.text);
  if (blocks.length !== rawLines.length) {
    throw new DataError(`--blocks ${blocksPath} has ${blocks.length} lines but --data ${path} has ${rawLines.length}`);
  }
  const sessionLabels = new Map<string, 0 | 1>();
  splitLines(readText(labelsPath, '--labels').text).forEach((row, i) => {
    if (i === 0 && /^BlockId,/i.test(row)) {
      return;
    }
    const m = /^([^,]+),(Normal|Anomaly)$/.exec(row.trim());
    if (!m) {
      throw new DataError(`${labelsPath}:${i + 1}: expected "BlockId,Normal|Anomaly", got ${JSON.stringify(row)}`);
    }
    sessionLabels.set(m[1]!, m[2] === 'Anomaly' ? 1 : 0);
  });
  let blankLines = 0;
  const lines: LabelledLine[] = [];
  rawLines.forEach((line, i) => {
    if (line.trim() === '') {
      blankLines += 1;
      return;
    }
    const session = blocks[i]!.trim();
    if (session === '') {
      throw new DataError(`${blocksPath}:${i + 1}: no block id for line ${i + 1} of ${path}`);
    }
    lines.push({ line, label: null, session });
  });
  return { path, format: 'hdfs-blocks', sha256: log.sha256, lines, blankLines, sessionLabels };
}

export function readDataFile(path: string, format: Exclude<DataFormat, 'hdfs-blocks'>): DataFile {
  const { text, sha256 } = readText(path, '--data');
  const { lines, blankLines } = format === 'jsonl' ? parseJsonl(text, path) : parseLoghubLabelled(text, path);
  return { path, format, sha256, lines, blankLines };
}

/** A contiguous fraction [from, to) of a time-ordered file. */
export function sliceFraction<T>(
  items: readonly T[],
  from: number,
  to: number
): { items: T[]; start: number; end: number } {
  const start = Math.round(items.length * from);
  const end = Math.round(items.length * to);
  return { items: items.slice(start, end), start, end };
}

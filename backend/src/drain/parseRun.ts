/**
 * Parses a labelled log end to end (normalise with a format, mine, post-merge) and scores it. The default format
 * is `auto`, per line, as `POST /api/v1/score` and the shipped bundle parse: the real path. A dataset-specific
 * format ("ideal parse") is a diagnostic beside it.
 */
import { createNormalizer } from '../normalize';
import { groupingAccuracy, parsingAccuracy } from './evaluate';
import { DrainMiner } from './miner';
import type { DrainOptions } from './options';

export interface LabelledLog {
  name: string;
  /** Lines as the system wrote them (dataset-only columns such as Loghub's label removed). */
  lines: string[];
  /** Ground-truth event id per line. */
  eventIds: string[];
  /** Ground-truth template per line. */
  templates: string[];
}

export interface ParseEvalResult {
  name: string;
  lines: number;
  /** The normaliser's format option (`auto`, a built-in id …). */
  format: string;
  /** The header format that parsed most lines (`unknown`: none), and the share of lines it parsed. */
  headerFormat: string;
  headerShare: number;
  templates: number;
  ga: number;
  pa: number;
  linesPerSecond: number;
}

export interface ParseRunOptions {
  /** Normaliser format; default `auto` (the served path). */
  format?: string;
  drain?: Partial<DrainOptions>;
}

export function evaluateParsing(log: LabelledLog, options: ParseRunOptions = {}): ParseEvalResult {
  const n = log.lines.length;
  if (log.eventIds.length !== n || log.templates.length !== n) {
    throw new Error(
      `${log.name}: ${n} lines but ${log.eventIds.length} event ids and ${log.templates.length} templates`
    );
  }
  const started = process.hrtime.bigint();
  const normalizer = createNormalizer({ format: options.format ?? 'auto' });
  const miner = new DrainMiner(options.drain);
  const formats = new Map<string, number>();
  const assigned = log.lines.map((line) => {
    const normalized = normalizer.normalize(line);
    formats.set(normalized.format, (formats.get(normalized.format) ?? 0) + 1);
    return miner.add(normalized.tokens).id;
  });
  miner.compact();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // Ids handed out while learning resolve (through aliases) to the template each line finally belongs to.
  const final = assigned.map((id) => miner.resolve(id));
  const predictedGroups = final.map((m, i) => m?.id ?? `evicted:${i}`);
  const predictedTemplates = final.map((m) => m?.text ?? '');
  let headerFormat = 'unknown';
  let headerLines = 0;
  for (const [format, count] of formats) {
    if (count > headerLines) {
      headerFormat = format;
      headerLines = count;
    }
  }
  return {
    name: log.name,
    lines: n,
    format: normalizer.format,
    headerFormat,
    headerShare: n > 0 ? headerLines / n : 0,
    templates: miner.stats().templates,
    ga: groupingAccuracy(log.eventIds, predictedGroups),
    pa: parsingAccuracy(log.templates, predictedTemplates),
    linesPerSecond: seconds > 0 ? Math.round(n / seconds) : 0,
  };
}

/** Parses a labelled log end to end (auto-detected format, normalise, mine, post-merge) and scores it. */
import { createNormalizer } from '../normalize';
import { groupingAccuracy, parsingAccuracy } from './evaluate';
import { DrainMiner } from './miner';
import type { DrainOptions } from './options';

export interface LabelledLog {
  name: string;
  lines: string[];
  /** Ground-truth event id per line. */
  eventIds: string[];
  /** Ground-truth template per line. */
  templates: string[];
}

export interface ParseEvalResult {
  name: string;
  lines: number;
  format: string;
  templates: number;
  ga: number;
  pa: number;
  linesPerSecond: number;
}

/** Lines the format is detected from. */
const DETECTION_SAMPLE = 500;

export function evaluateParsing(log: LabelledLog, options: Partial<DrainOptions> = {}): ParseEvalResult {
  const n = log.lines.length;
  if (log.eventIds.length !== n || log.templates.length !== n) {
    throw new Error(
      `${log.name}: ${n} lines but ${log.eventIds.length} event ids and ${log.templates.length} templates`
    );
  }
  const started = process.hrtime.bigint();
  const normalizer = createNormalizer({ sample: log.lines.slice(0, DETECTION_SAMPLE) });
  const miner = new DrainMiner(options);
  const assigned = log.lines.map((line) => miner.add(normalizer.normalize(line).tokens).id);
  miner.compact();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // Ids handed out while learning resolve (through aliases) to the template each line finally belongs to.
  const final = assigned.map((id) => miner.resolve(id));
  const predictedGroups = final.map((m, i) => m?.id ?? `evicted:${i}`);
  const predictedTemplates = final.map((m) => m?.text ?? '');
  return {
    name: log.name,
    lines: n,
    format: normalizer.format,
    templates: miner.stats().templates,
    ga: groupingAccuracy(log.eventIds, predictedGroups),
    pa: parsingAccuracy(log.templates, predictedTemplates),
    linesPerSecond: seconds > 0 ? Math.round(n / seconds) : 0,
  };
}

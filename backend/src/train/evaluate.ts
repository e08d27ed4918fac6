/**
 * Message-level evaluation of a detector on labelled lines: precision, recall, F1, accuracy, per-domain figures
 * (by the domain the model routed to) and the figures on lines whose template was never seen in training.
 */
import type { CombineMode, DomainId, LineResult } from '../contract';
import type { Detector } from '../engine/detector';
import type { LabelledLine } from './data';

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface EvalReport {
  lines: number;
  anomalies: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  unseenTemplates: { lines: number; anomalies: number; recall: number; precision: number };
  perDomain: Array<{
    domain: DomainId;
    lines: number;
    anomalies: number;
    flagged: number;
    precision: number;
    recall: number;
    f1: number;
  }>;
  /** Alert categories (Loghub) by recall, when the data has them. */
  perCategory: Array<{ category: string; lines: number; recall: number }>;
  linesPerSecond: number;
  combine: CombineMode;
}

export function ratios(c: Confusion): { precision: number; recall: number; f1: number; accuracy: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const total = c.tp + c.fp + c.fn + c.tn;
  return { precision, recall, f1, accuracy: total === 0 ? 0 : (c.tp + c.tn) / total };
}

const empty = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

function count(c: Confusion, predicted: boolean, actual: boolean): void {
  if (predicted && actual) {
    c.tp += 1;
  } else if (predicted) {
    c.fp += 1;
  } else if (actual) {
    c.fn += 1;
  } else {
    c.tn += 1;
  }
}

/** Scores labelled lines in batches and tallies the report; unlabelled lines are rejected up front. */
export async function evaluateDetector(
  detector: Pick<Detector, 'score'>,
  data: readonly LabelledLine[],
  options: { combine?: CombineMode; batchSize?: number } = {}
): Promise<EvalReport> {
  const combine = options.combine ?? 'top1';
  const batchSize = options.batchSize ?? 512;
  const unlabelled = data.findIndex((l) => l.label === null);
  if (unlabelled >= 0) {
    throw new Error(`line ${unlabelled + 1} of the evaluation data has no label`);
  }
  const results: LineResult[] = [];
  const started = performance.now();
  for (let i = 0; i < data.length; i += batchSize) {
    results.push(
      ...(await detector.score(
        data.slice(i, i + batchSize).map((l) => ({ line: l.line })),
        { combine }
      ))
    );
  }
  const seconds = (performance.now() - started) / 1000;
  return tally(data, results, combine, seconds);
}

export function tally(
  data: readonly LabelledLine[],
  results: readonly LineResult[],
  combine: CombineMode,
  seconds: number
): EvalReport {
  const all = empty();
  const unseen = empty();
  const domains = new Map<DomainId, Confusion>();
  const categories = new Map<string, { lines: number; found: number }>();
  results.forEach((r, i) => {
    const actual = data[i]!.label === 1;
    const predicted = r.verdict === 'anomaly';
    count(all, predicted, actual);
    if (r.novel) {
      count(unseen, predicted, actual);
    }
    const d = domains.get(r.domain) ?? empty();
    count(d, predicted, actual);
    domains.set(r.domain, d);
    const category = data[i]!.category;
    if (category) {
      const c = categories.get(category) ?? { lines: 0, found: 0 };
      c.lines += 1;
      c.found += predicted ? 1 : 0;
      categories.set(category, c);
    }
  });
  const u = ratios(unseen);
  return {
    lines: data.length,
    anomalies: all.tp + all.fn,
    ...ratios(all),
    unseenTemplates: {
      lines: unseen.tp + unseen.fp + unseen.fn + unseen.tn,
      anomalies: unseen.tp + unseen.fn,
      recall: u.recall,
      precision: u.precision,
    },
    perDomain: [...domains]
      .map(([domain, c]) => {
        const r = ratios(c);
        return {
          domain,
          lines: c.tp + c.fp + c.fn + c.tn,
          anomalies: c.tp + c.fn,
          flagged: c.tp + c.fp,
          precision: r.precision,
          recall: r.recall,
          f1: r.f1,
        };
      })
      .sort((a, b) => b.lines - a.lines),
    perCategory: [...categories]
      .map(([category, c]) => ({ category, lines: c.lines, recall: c.found / c.lines }))
      .sort((a, b) => b.lines - a.lines),
    linesPerSecond: seconds > 0 ? Math.round(data.length / seconds) : 0,
    combine,
  };
}

/**
 * Fits the sequence model on NORMAL sessions of template ids and calibrates its threshold on labelled
 * validation sessions held out of fitting (from the training period — never the test period).
 */
import { z } from 'zod';
import { binaryMetrics } from './metrics';
import { SequenceModel } from './model';
import {
  DEFAULT_SEQUENCE_WEIGHTS,
  END,
  SEQUENCE_MODEL_KIND,
  SEQUENCE_MODEL_VERSION,
  START,
  trainOptionsSchema,
  trainingSessionSchema,
  type SequenceCalibration,
  type SequenceModelJson,
  type SequenceTrainOptions,
  type ValidationSession,
} from './schema';

export const DEFAULT_SMOOTHING = 0.1;
/** Counts seen in at most 0.5 % of normal sessions on either side lie outside the bounds. */
export const DEFAULT_BOUND_QUANTILE = 0.005;
/** A template in fewer than 1 % of normal sessions is rare: normal-looking but suspicious. */
export const DEFAULT_RARE_PRESENCE = 0.01;
/** Raw-score units per logit: one unit (about one finding) above the threshold reads as p ≈ 0.88. */
export const DEFAULT_SCALE = 0.5;

export function trainSequenceModel(
  sessions: ReadonlyArray<{ key: string; templateIds: string[] }>,
  options: SequenceTrainOptions = {}
): SequenceModelJson {
  const parsedSessions = z
    .array(trainingSessionSchema)
    .min(1, 'at least one normal session is required')
    .safeParse(sessions);
  if (!parsedSessions.success) {
    throw new Error(`invalid training sessions: ${z.prettifyError(parsedSessions.error)}`);
  }
  const parsedOptions = trainOptionsSchema.safeParse(options);
  if (!parsedOptions.success) {
    throw new Error(`invalid sequence training options: ${z.prettifyError(parsedOptions.error)}`);
  }
  const opts = parsedOptions.data;

  const stats = new Map<string, { sessions: number; min: number; max: number; counts: number[] }>();
  const transitions = new Map<string, number>();
  for (const { templateIds } of parsedSessions.data) {
    const counts = new Map<string, number>();
    for (const id of templateIds) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, c] of counts) {
      const s = stats.get(id);
      if (s) {
        s.sessions++;
        s.min = Math.min(s.min, c);
        s.max = Math.max(s.max, c);
        s.counts.push(c);
      } else {
        stats.set(id, { sessions: 1, min: c, max: c, counts: [c] });
      }
    }
    const path = [START, ...templateIds, END];
    for (let i = 1; i < path.length; i++) {
      const pair = `${path[i - 1]}\u0000${path[i]}`;
      transitions.set(pair, (transitions.get(pair) ?? 0) + 1);
    }
  }
  const total = parsedSessions.data.length;
  const boundQuantile = opts.boundQuantile ?? DEFAULT_BOUND_QUANTILE;
  const templates = [...stats.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([id, s]) => {
      const [low, high] = countBounds(s.counts, total, boundQuantile);
      return { id, sessions: s.sessions, min: s.sessions < total ? 0 : s.min, max: s.max, low, high };
    });
  const transitionRows = [...transitions.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([pair, count]): [string, string, number] => {
      const [from, to] = pair.split('\u0000');
      return [from, to, count];
    });

  const precedes = precedence(
    parsedSessions.data,
    templates.filter((t) => t.low >= 1).map((t) => t.id)
  );

  const base: SequenceModelJson = {
    kind: SEQUENCE_MODEL_KIND,
    version: SEQUENCE_MODEL_VERSION,
    sessions: total,
    smoothing: opts.smoothing ?? DEFAULT_SMOOTHING,
    boundQuantile,
    rarePresence: opts.rarePresence ?? DEFAULT_RARE_PRESENCE,
    openEnded: opts.openEnded ?? true,
    templates,
    precedes,
    transitions: transitionRows,
    weights: { ...DEFAULT_SEQUENCE_WEIGHTS, ...opts.weights },
    calibration: { method: 'training-max', threshold: 0, scale: opts.scale ?? DEFAULT_SCALE, validation: null },
  };
  const provisional = SequenceModel.fromJSON(base);
  // A threshold can only be chosen between the classes when the validation slice holds both.
  const bothClasses =
    opts.validation !== undefined &&
    opts.validation.some((v) => v.anomalous) &&
    opts.validation.some((v) => !v.anomalous);
  const calibration =
    opts.validation && bothClasses
      ? calibrateOnValidation(provisional, opts.validation, base.calibration.scale)
      : calibrateAboveTraining(provisional, parsedSessions.data, base.calibration.scale);
  return { ...base, calibration };
}

/** Without labelled validation data: the smallest threshold above every training session's raw score. */
function calibrateAboveTraining(
  model: SequenceModel,
  sessions: ReadonlyArray<{ templateIds: string[] }>,
  scale: number
): SequenceCalibration {
  const highest = sessions.reduce((m, s) => Math.max(m, model.assess(s.templateIds).raw), 0);
  return { method: 'training-max', threshold: round(highest + 1e-6), scale, validation: null };
}

/**
 * The F1-best threshold over the midpoints between distinct raw scores of the validation sessions; among equally
 * good thresholds the middle one of the widest best run, so the margin to either side is largest.
 */
export function calibrateOnValidation(
  model: SequenceModel,
  validation: readonly ValidationSession[],
  scale: number
): SequenceCalibration {
  const scored = validation.map((s) => ({ raw: model.assess(s.templateIds).raw, anomalous: s.anomalous }));
  const values = [...new Set(scored.map((s) => s.raw))].sort((a, b) => a - b);
  const candidates = [
    values[0] - 1,
    ...values.slice(1).map((v, i) => (v + values[i]) / 2),
    values[values.length - 1] + 1,
  ];
  let bestF1 = -1;
  let best: number[] = [];
  for (const threshold of candidates) {
    const m = binaryMetrics(scored.map((s) => ({ predicted: s.raw >= threshold, actual: s.anomalous })));
    if (m.f1 > bestF1 + 1e-12) {
      bestF1 = m.f1;
      best = [threshold];
    } else if (Math.abs(m.f1 - bestF1) <= 1e-12) {
      best.push(threshold);
    }
  }
  const threshold = round(best[Math.floor((best.length - 1) / 2)]);
  const m = binaryMetrics(scored.map((s) => ({ predicted: s.raw >= threshold, actual: s.anomalous })));
  return {
    method: 'validation-f1',
    threshold,
    scale,
    validation: {
      sessions: scored.length,
      anomalies: scored.filter((s) => s.anomalous).length,
      precision: m.precision,
      recall: m.recall,
      f1: m.f1,
    },
  };
}

/** Share of co-occurring sessions in which `a` must come first for `[a, b]` to be a precedence. */
export const PRECEDENCE_SHARE = 0.99;

/** Pairs [a, b] with a expected (low bound ≥ 1) that first occur before b in nearly every normal session with both. */
function precedence(
  sessions: ReadonlyArray<{ templateIds: string[] }>,
  expected: readonly string[]
): Array<[string, string]> {
  const together = new Map<string, number>();
  const before = new Map<string, number>();
  const expectedSet = new Set(expected);
  for (const { templateIds } of sessions) {
    const first = new Map<string, number>();
    templateIds.forEach((id, i) => {
      if (!first.has(id)) {
        first.set(id, i);
      }
    });
    for (const [a, ia] of first) {
      if (!expectedSet.has(a)) {
        continue;
      }
      for (const [b, ib] of first) {
        if (a !== b) {
          const pair = `${a}\u0000${b}`;
          together.set(pair, (together.get(pair) ?? 0) + 1);
          if (ia < ib) {
            before.set(pair, (before.get(pair) ?? 0) + 1);
          }
        }
      }
    }
  }
  return [...together.entries()]
    .filter(([pair, n]) => (before.get(pair) ?? 0) >= PRECEDENCE_SHARE * n)
    .map(([pair]) => pair.split('\u0000') as [string, string])
    .sort((x, y) => (x[0] + x[1] < y[0] + y[1] ? -1 : 1));
}

/**
 * Lower and upper count quantiles over all `total` sessions, counting the sessions without the template as 0
 * (nearest-rank, so the bounds are counts that actually occurred).
 */
export function countBounds(presentCounts: readonly number[], total: number, q: number): [number, number] {
  const sorted = [...new Array<number>(total - presentCounts.length).fill(0), ...presentCounts].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(total - 1, Math.max(0, Math.ceil(p * total) - 1))];
  return [q === 0 ? sorted[0] : at(q), q === 0 ? sorted[total - 1] : at(1 - q)];
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

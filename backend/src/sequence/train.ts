/**
 * Fits the sequence model on NORMAL sessions of template ids, learns its finding weights from labelled anomalous
 * sessions of the same period when there are some (weights.ts), and calibrates its threshold on labelled
 * validation sessions held out of fitting (from the training period — never the test period).
 */
import { z } from 'zod';
import { fitNormalSessions } from './fit';
import { binaryMetrics } from './metrics';
import { SequenceModel } from './model';
import {
  trainOptionsSchema,
  trainingSessionSchema,
  type SequenceCalibration,
  type SequenceModelJson,
  type SequenceTrainOptions,
  type ValidationSession,
} from './schema';

import type { TemplateText } from './vocabulary';
import { chooseCombination } from './combine';
import { fitSessionTree, SessionTree } from './supervised';
import { learnWeights } from './weights';

export { countBounds, DEFAULT_BOUND_QUANTILE, DEFAULT_RARE_PRESENCE, DEFAULT_SCALE, DEFAULT_SMOOTHING } from './fit';
/** Learned weights are logits per finding: one logit above the threshold reads as p ≈ 0.73. */
export const LEARNED_SCALE = 1;

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

  const { validation, anomalies, templateText, supervised, ...fitOptions } = opts;
  const text: TemplateText = (id) => templateText?.[id];
  const counted = fitNormalSessions(parsedSessions.data, fitOptions);
  // Caller-given weights are kept as given: learning only replaces the defaults.
  const learned =
    anomalies && opts.weights === undefined ? learnWeights(parsedSessions.data, anomalies, fitOptions, text) : null;
  const base: SequenceModelJson = learned
    ? {
        ...counted,
        weights: learned.weights,
        weightsFit: learned.fit,
        calibration: { ...counted.calibration, scale: opts.scale ?? LEARNED_SCALE },
      }
    : { ...counted, weightsFit: null };
  const provisional = SequenceModel.fromJSON(base);
  // A threshold can only be chosen between the classes when the validation slice holds both.
  const bothClasses =
    validation !== undefined && validation.some((v) => v.anomalous) && validation.some((v) => !v.anomalous);
  const calibration =
    validation && bothClasses
      ? calibrateOnValidation(provisional, validation, base.calibration.scale, text)
      : calibrateAboveTraining(provisional, parsedSessions.data, base.calibration.scale, text);
  // The supervised classifier needs labelled anomalies to fit and both classes in validation to be combined.
  if (supervised === false || !anomalies || anomalies.length === 0 || !validation || !bothClasses) {
    return { ...base, calibration, supervised: null, combination: null };
  }
  const tree = fitSessionTree([
    ...parsedSessions.data.flatMap((s) => withOpenPrefixes(s.templateIds)),
    ...anomalies.map((s) => ({ templateIds: s.templateIds, anomalous: true })),
  ]);
  const semi = SequenceModel.fromJSON({ ...base, calibration });
  const combination = chooseCombination(semi, SessionTree.fromJSON(tree), validation, text);
  return { ...base, calibration, supervised: tree, combination };
}

/**
 * Where a normal session may be cut before its end: a query window ends while blocks are still being written,
 * and a split ends while blocks await deletion. Fitted on whole normal sessions only, the tree learns "no deletion
 * yet → anomaly" (HDFS, the default recipe's 60/20 twin: validation precision 0.05, 525 false alarms among 2,129
 * blocks); with these prefixes of each normal session as normal examples it has none there (F1 0.82).
 */
export const OPEN_PREFIXES = [0.25, 0.5, 0.75];

function withOpenPrefixes(templateIds: string[]): Array<{ templateIds: string[]; anomalous: false }> {
  const cuts = new Set(OPEN_PREFIXES.map((c) => Math.max(1, Math.floor(templateIds.length * c))));
  cuts.delete(templateIds.length);
  return [
    { templateIds, anomalous: false },
    ...[...cuts].map((n) => ({ templateIds: templateIds.slice(0, n), anomalous: false as const })),
  ];
}

/** Without labelled validation data: the smallest threshold above every training session's raw score. */
function calibrateAboveTraining(
  model: SequenceModel,
  sessions: ReadonlyArray<{ templateIds: string[] }>,
  scale: number,
  text: TemplateText
): SequenceCalibration {
  const highest = sessions.reduce((m, s) => Math.max(m, model.assess(s.templateIds, undefined, text).raw), 0);
  return { method: 'training-max', threshold: round(highest + 1e-6), scale, validation: null };
}

/**
 * The F1-best threshold over the midpoints between distinct raw scores of the validation sessions; among equally
 * good thresholds the middle one of the widest best run, so the margin to either side is largest.
 */
export function calibrateOnValidation(
  model: SequenceModel,
  validation: readonly ValidationSession[],
  scale: number,
  text: TemplateText = () => undefined
): SequenceCalibration {
  const scored = validation.map((s) => ({
    raw: model.assess(s.templateIds, undefined, text).raw,
    anomalous: s.anomalous,
  }));
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

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

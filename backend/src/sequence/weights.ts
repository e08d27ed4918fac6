/**
 * Learns the finding weights from the labels of the training period: a logistic regression of "anomalous" on the
 * counts of each finding cause (plus mean surprisal), weights kept ≥ 0 so each finding still reads as evidence,
 * with a Gaussian prior centred on the hand-set defaults so that a cause the labels barely show keeps its default.
 * Normal sessions are cross-fitted (scored by a model fitted on the other folds): scored by the model that saw
 * them, they would look cleaner than any new normal session does.
 */
import { fitNormalSessions } from './fit';
import { SequenceModel } from './model';
import {
  DEFAULT_SEQUENCE_WEIGHTS,
  type SequenceTrainOptions,
  type SequenceWeightKey,
  type SequenceWeights,
  type SequenceWeightsFit,
  type TrainingSession,
} from './schema';
import type { TemplateText } from './vocabulary';

export const WEIGHT_FOLDS = 5;
/** Prior standard deviation, in logits per finding: loose enough that a few dozen labelled sessions move it. */
export const WEIGHT_PRIOR_SD = 1;
const ITERATIONS = 1500;
const LEARNING_RATE = 0.05;

const KEYS = Object.keys(DEFAULT_SEQUENCE_WEIGHTS) as SequenceWeightKey[];

/** One session as the regression sees it: per-key counts (surprisal: mean bits) and the label. */
interface Row {
  x: Float64Array;
  y: 0 | 1;
}

export function learnWeights(
  normal: readonly TrainingSession[],
  anomalies: readonly TrainingSession[],
  options: Omit<SequenceTrainOptions, 'validation' | 'anomalies' | 'templateText'>,
  text: TemplateText
): { weights: Required<SequenceWeights>; fit: SequenceWeightsFit } | null {
  if (normal.length < WEIGHT_FOLDS || anomalies.length === 0) {
    return null;
  }
  const rows: Row[] = [];
  for (let k = 0; k < WEIGHT_FOLDS; k++) {
    const model = SequenceModel.fromJSON(
      fitNormalSessions(
        normal.filter((_, i) => i % WEIGHT_FOLDS !== k),
        options
      )
    );
    normal.forEach((s, i) => i % WEIGHT_FOLDS === k && rows.push(featureRow(model, s.templateIds, text, 0)));
    anomalies.forEach((s, i) => i % WEIGHT_FOLDS === k && rows.push(featureRow(model, s.templateIds, text, 1)));
  }
  const prior = KEYS.map((k) => DEFAULT_SEQUENCE_WEIGHTS[k]);
  const w = fitLogistic(rows, prior, WEIGHT_PRIOR_SD);
  const weights = Object.fromEntries(KEYS.map((k, j) => [k, round(w[j])])) as Required<SequenceWeights>;
  return {
    weights,
    fit: {
      method: 'logistic-map',
      folds: WEIGHT_FOLDS,
      normal: normal.length,
      anomalies: anomalies.length,
      priorSd: WEIGHT_PRIOR_SD,
    },
  };
}

/** Finding counts per weight key of one session (the surprisal slot holds mean bits). */
export function featureRow(model: SequenceModel, templateIds: string[], text: TemplateText, y: 0 | 1): Row {
  const a = model.assess(templateIds, undefined, text);
  const x = new Float64Array(KEYS.length);
  for (const f of a.findings) {
    if (f.cause !== 'classifier') {
      x[KEYS.indexOf(f.cause)] += 1;
    }
  }
  x[KEYS.indexOf('surprisal')] = a.surprisal;
  return { x, y };
}

/**
 * Class-balanced logistic regression with an intercept, weights projected onto ≥ 0, MAP under N(prior, sd²);
 * full-batch Adam (the problem is tiny and convex, so a fixed schedule converges). Returns the weights only: the
 * intercept is replaced by the threshold calibrated on validation sessions.
 */
export function fitLogistic(rows: readonly Row[], prior: readonly number[], sd: number): number[] {
  const d = prior.length;
  const positives = rows.filter((r) => r.y === 1).length;
  const negatives = rows.length - positives;
  // Each class carries half of the total weight, so 200 anomalies are not drowned by 5,000 normal sessions.
  const classWeight = [rows.length / (2 * Math.max(1, negatives)), rows.length / (2 * Math.max(1, positives))];
  const theta = [...prior, 0];
  const m = new Array<number>(d + 1).fill(0);
  const v = new Array<number>(d + 1).fill(0);
  for (let it = 1; it <= ITERATIONS; it++) {
    const grad = new Array<number>(d + 1).fill(0);
    for (const r of rows) {
      let z = theta[d];
      for (let j = 0; j < d; j++) {
        z += theta[j] * r.x[j];
      }
      const e = (sigmoid(z) - r.y) * classWeight[r.y];
      for (let j = 0; j < d; j++) {
        grad[j] += e * r.x[j];
      }
      grad[d] += e;
    }
    for (let j = 0; j <= d; j++) {
      const g = (grad[j] + (j < d ? (theta[j] - prior[j]) / (sd * sd) : 0)) / rows.length;
      m[j] = 0.9 * m[j] + 0.1 * g;
      v[j] = 0.999 * v[j] + 0.001 * g * g;
      theta[j] -= (LEARNING_RATE * (m[j] / (1 - 0.9 ** it))) / (Math.sqrt(v[j] / (1 - 0.999 ** it)) + 1e-8);
      if (j < d) {
        theta[j] = Math.max(0, theta[j]);
      }
    }
  }
  return theta.slice(0, d);
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function round(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}

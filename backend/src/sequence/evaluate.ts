/**
 * Session-level evaluation on a time-ordered split: sessions ordered by first appearance, the first share is the
 * training period (templates mined there; the model fitted on its normal sessions except a final validation slice,
 * which picks the threshold), the rest is the test period, scored once.
 */
import { DrainMiner } from '../drain';
import { createNormalizer } from '../normalize';
import { binaryMetrics, type BinaryMetrics } from './metrics';
import { loadSequenceScorer } from './detector';
import { SequenceModel } from './model';
import type { SequenceModelJson } from './schema';
import { trainSequenceModel } from './train';

export interface LabelledSessionLog {
  lines: readonly string[];
  /** Session key of each line (aligned with `lines`); empty string for a line without a key. */
  keys: readonly string[];
  /** true = anomalous session. Sessions without a label are left out and counted. */
  labels: ReadonlyMap<string, boolean>;
}

export interface SessionEvalOptions {
  trainSplit: number;
  /** Share of the training sessions (the latest ones) held out of fitting to calibrate the threshold. */
  validationShare: number;
  format?: string;
  /** Learn the finding weights from the fitting period's anomalous sessions (default true). */
  learnWeights?: boolean;
  /** Fit the supervised session classifier on the fitting period's labels (default true). */
  supervised?: boolean;
}

export interface SessionEvalReport {
  split: {
    description: string;
    sessions: number;
    unlabelled: number;
    train: { sessions: number; anomalies: number; firstLine: number; lastLine: number };
    fit: { sessions: number; normal: number };
    validation: { sessions: number; anomalies: number };
    test: { sessions: number; anomalies: number; firstLine: number; lastLine: number };
  };
  templates: { mined: number; testLinesUnseen: number; testSessionsWithUnseen: number };
  calibration: SequenceModelJson['calibration'];
  weights: SequenceModelJson['weights'];
  weightsFit: SequenceModelJson['weightsFit'];
  test: BinaryMetrics;
  /** The normal-behaviour model alone (its own validation threshold) on the same test sessions. */
  testSemiSupervisedOnly: BinaryMetrics;
  supervised: { nodes: number; features: number; fitted: { normal: number; anomalies: number } } | null;
  combination: SequenceModelJson['combination'];
  seconds: { templates: number; fit: number; test: number };
}

export interface Session {
  key: string;
  firstLine: number;
  lines: number[];
  anomalous: boolean;
}

export const UNSEEN_PREFIX = 'unseen:';

export function evaluateSessions(log: LabelledSessionLog, options: SessionEvalOptions): SessionEvalReport {
  if (log.keys.length !== log.lines.length) {
    throw new Error(`${log.lines.length} log lines but ${log.keys.length} session keys: they must be aligned`);
  }
  const { sessions, unlabelled } = collectSessions(log);
  const trainCount = Math.floor(sessions.length * options.trainSplit);
  const train = sessions.slice(0, trainCount);
  const test = sessions.slice(trainCount);
  if (train.length === 0 || test.length === 0) {
    throw new Error(
      `the split leaves ${train.length} training and ${test.length} test sessions; both must be non-empty`
    );
  }
  const fitCount = Math.floor(train.length * (1 - options.validationShare));
  const fit = train.slice(0, fitCount);
  const validation = train.slice(fitCount);

  let t0 = performance.now();
  const trainLines = new Set<number>();
  for (const s of train) {
    s.lines.forEach((i) => trainLines.add(i));
  }
  const normalizer = createNormalizer({
    ...(options.format ? { format: options.format } : { sample: log.lines.slice(0, 1000) as string[] }),
  });
  const tokens = log.lines.map((l) => normalizer.normalize(l).tokens);
  const miner = new DrainMiner();
  tokens.forEach((t, i) => {
    if (trainLines.has(i)) {
      miner.add(t);
    }
  });
  // Matched after learning so that every line carries its template's final id.
  const templateOf = tokens.map((t) => miner.match(t)?.id ?? `${UNSEEN_PREFIX}${t.join(' ')}`);
  const templateText: Record<string, string> = Object.fromEntries(miner.templates().map((t) => [t.id, t.text]));
  // A line no training template matches carries its own masked text in its id.
  const text = (id: string) =>
    templateText[id] ?? (id.startsWith(UNSEEN_PREFIX) ? id.slice(UNSEEN_PREFIX.length) : undefined);
  const ids = (s: Session) => s.lines.map((i) => templateOf[i]);
  const secondsTemplates = (performance.now() - t0) / 1000;

  t0 = performance.now();
  const normalFit = fit.filter((s) => !s.anomalous);
  const json = trainSequenceModel(
    normalFit.map((s) => ({ key: s.key, templateIds: ids(s) })),
    {
      validation: validation.map((s) => ({ key: s.key, templateIds: ids(s), anomalous: s.anomalous })),
      ...(options.learnWeights === false
        ? {}
        : { anomalies: fit.filter((s) => s.anomalous).map((s) => ({ key: s.key, templateIds: ids(s) })) }),
      templateText,
      ...(options.supervised === false ? { supervised: false } : {}),
    }
  );
  const model = loadSequenceScorer(json);
  const semiAlone = SequenceModel.fromJSON(json);
  const secondsFit = (performance.now() - t0) / 1000;

  t0 = performance.now();
  let testLinesUnseen = 0;
  let testSessionsWithUnseen = 0;
  const pairs = test.map((s) => {
    const sessionIds = ids(s);
    const unseen = sessionIds.filter((id) => id.startsWith(UNSEEN_PREFIX)).length;
    testLinesUnseen += unseen;
    testSessionsWithUnseen += unseen > 0 ? 1 : 0;
    const a = model.assess(sessionIds, undefined, text);
    const semiVerdict = semiAlone.assess(sessionIds, undefined, text).verdict;
    return {
      predicted: a.verdict === 'anomaly',
      actual: s.anomalous,
      semi: semiVerdict === 'anomaly',
      detector: a.detector ?? 'semi-supervised',
    };
  });
  const metrics = binaryMetrics(pairs);
  // Each model alone on the same test sessions, for the record: the choice between them was made on validation.
  const semiOnly = binaryMetrics(pairs.map((p) => ({ predicted: p.semi, actual: p.actual })));
  const secondsTest = (performance.now() - t0) / 1000;

  const span = (list: Session[]) => ({
    firstLine: Math.min(...list.map((s) => s.firstLine)) + 1,
    lastLine: Math.max(...list.map((s) => s.lines[s.lines.length - 1])) + 1,
  });
  return {
    split: {
      description:
        `sessions ordered by first appearance; first ${pct(options.trainSplit)} = training period ` +
        `(templates mined on its lines only; model fitted on the normal sessions of its first ${pct(1 - options.validationShare)}` +
        (json.weightsFit ? `, finding weights learned from its labels` : '') +
        `, ` +
        `threshold picked on its last ${pct(options.validationShare)}), last ${pct(1 - options.trainSplit)} = test`,
      sessions: sessions.length,
      unlabelled,
      train: { sessions: train.length, anomalies: count(train), ...span(train) },
      fit: { sessions: fit.length, normal: normalFit.length },
      validation: { sessions: validation.length, anomalies: count(validation) },
      test: { sessions: test.length, anomalies: count(test), ...span(test) },
    },
    templates: { mined: miner.templates().length, testLinesUnseen, testSessionsWithUnseen },
    calibration: json.calibration,
    weights: json.weights,
    weightsFit: json.weightsFit ?? null,
    test: metrics,
    testSemiSupervisedOnly: semiOnly,
    supervised: json.supervised
      ? {
          nodes: json.supervised.nodes.length,
          features: json.supervised.features.length,
          fitted: json.supervised.fitted,
        }
      : null,
    combination: json.combination ?? null,
    seconds: { templates: round(secondsTemplates), fit: round(secondsFit), test: round(secondsTest) },
  };
}

/** Labelled sessions in order of first appearance; unlabelled keys are counted and left out. */
export function collectSessions(log: LabelledSessionLog): { sessions: Session[]; unlabelled: number } {
  const byKey = new Map<string, Session>();
  const unlabelledKeys = new Set<string>();
  log.keys.forEach((key, i) => {
    if (key === '') {
      return;
    }
    const label = log.labels.get(key);
    if (label === undefined) {
      unlabelledKeys.add(key);
      return;
    }
    const s = byKey.get(key);
    if (s) {
      s.lines.push(i);
    } else {
      byKey.set(key, { key, firstLine: i, lines: [i], anomalous: label });
    }
  });
  return { sessions: [...byKey.values()].sort((a, b) => a.firstLine - b.firstLine), unlabelled: unlabelledKeys.size };
}

const count = (list: Session[]) => list.filter((s) => s.anomalous).length;
const pct = (v: number) => `${Math.round(v * 1000) / 10} %`;
const round = (v: number) => Math.round(v * 1000) / 1000;

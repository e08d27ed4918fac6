/**
 * FAME training, end to end and in memory: normalise and mine templates on the training period, draw at most K
 * labelled lines per template, partition the templates into certified failure domains, fit the router and
 * experts, calibrate each domain on the held-out validation period, and fit the sequence model on normal
 * sessions. Writing the bundle is bundle/write.ts's job; the test period of every file is never touched here.
 */
import type { CombineMode, DomainId } from '../contract';
import { DEFAULT_DRAIN_OPTIONS, DrainMiner, unseenTemplateId, type DrainOptions } from '../drain';
import { DEFAULT_FEATURIZER, featurize, type FeaturizerSettings } from '../features/hash';
import { applyPlatt, bestThreshold, fitPlatt } from '../model/calibrate';
import { decide, type DecisionTable, type DomainDecision } from '../model/decide';
import { carriesFailureEvidence } from '../model/evidence';
import { DEFAULT_FIT, fitNetwork, type EpochStats, type FitOptions, type TrainingSample } from '../model/network-fit';
import { forward, type NetworkParams } from '../model/network';
import { createRng, shuffle } from '../model/rng';
import { createNormalizer, type NormalizedLine } from '../normalize';
import { certifyPartition, type CertifiedPartition, type PartitionFile, type PartitionTemplate } from '../partition';
import { trainSequenceModel } from '../sequence';
import type { SequenceModelJson } from '../sequence/schema';
import type { DataFile } from './data';
import { sampleKShot } from './kshot';

export interface TrainConfig {
  k: number;
  seed: number;
  /** Fractions of each time-ordered file: [0, train) fits, [train, train + validation) calibrates, the rest is test. */
  split: { train: number; validation: number };
  /** Share of templates withheld entirely from training (the template-held-out experiment). */
  holdoutTemplates: number;
  normalizerFormat: string;
  drain: DrainOptions;
  featurizer: FeaturizerSettings;
  fit: Omit<FitOptions, 'buckets' | 'domains'>;
}

/** Lines of each class a mixed domain's validation needs before its threshold is tuned. */
const MIN_CLASS_SUPPORT = 5;

export const DEFAULT_TRAIN_CONFIG: TrainConfig = {
  k: 100,
  seed: 42,
  split: { train: 0.6, validation: 0.2 },
  holdoutTemplates: 0,
  normalizerFormat: 'auto',
  drain: DEFAULT_DRAIN_OPTIONS,
  featurizer: DEFAULT_FEATURIZER,
  fit: DEFAULT_FIT,
};

/** Proposes or loads the partition once the templates are known. */
export type PartitionSource = (templates: readonly PartitionTemplate[]) => Promise<PartitionFile>;

export interface TrainProgress {
  stage: string;
  detail?: string;
}

interface Row {
  line: string;
  normalized: NormalizedLine;
  label: 0 | 1 | null;
  session?: string;
  template: string;
  file: number;
}

export interface TrainingSetRow {
  line: string;
  label: 'anomaly' | 'normal' | null;
  split: 'fit' | 'validation';
}

export interface TrainedModel {
  config: TrainConfig;
  miner: DrainMiner;
  params: NetworkParams;
  history: EpochStats[];
  partitionFile: PartitionFile;
  partition: CertifiedPartition;
  domains: DomainId[];
  decision: DecisionTable;
  combine: CombineMode;
  templates: Array<{
    id: string;
    text: string;
    domain: DomainId;
    gloss: string;
    count: number;
    labelled: { anomaly: number; normal: number };
  }>;
  sequence: SequenceModelJson | null;
  /** The K-shot lines the model was fitted and calibrated on: what a retrain starts from. */
  trainingSet: TrainingSetRow[];
  provenance: Array<{ file: DataFile; train: [number, number]; validation: [number, number] }>;
  labelled: number;
  linesSeen: number;
  heldOutTemplates: string[];
  validation: Record<string, number>;
}

function ranges(total: number, split: TrainConfig['split']): { train: [number, number]; validation: [number, number] } {
  const a = Math.round(total * split.train);
  const b = Math.round(total * Math.min(1, split.train + split.validation));
  return { train: [0, a], validation: [a, b] };
}

export async function trainModel(
  files: readonly DataFile[],
  partitionSource: PartitionSource,
  config: TrainConfig = DEFAULT_TRAIN_CONFIG,
  onProgress: (p: TrainProgress) => void = () => {}
): Promise<TrainedModel> {
  if (files.length === 0) {
    throw new Error('no training data');
  }
  const normalizer = createNormalizer({ format: config.normalizerFormat });
  const fitRows: Row[] = [];
  const valRows: Row[] = [];
  const provenance: TrainedModel['provenance'] = [];
  onProgress({ stage: 'normalise' });
  files.forEach((file, fileIndex) => {
    const r = ranges(file.lines.length, config.split);
    provenance.push({ file, ...r });
    const take = (from: number, to: number, into: Row[]) => {
      for (let i = from; i < to; i++) {
        const l = file.lines[i]!;
        into.push({
          line: l.line,
          normalized: normalizer.normalize(l.line),
          label: l.label,
          session: l.session,
          template: '',
          file: fileIndex,
        });
      }
    };
    take(r.train[0], r.train[1], fitRows);
    take(r.validation[0], r.validation[1], valRows);
  });

  // Mine templates on the training period only: validation and test lines must be able to come out novel.
  onProgress({ stage: 'mine' });
  let miner = mine(fitRows, config.drain);
  let heldOutTemplates: string[] = [];
  let trainRows = fitRows;
  if (config.holdoutTemplates > 0) {
    const ids = [...new Set(fitRows.map((r) => r.template))].sort();
    heldOutTemplates = shuffle(ids, createRng(config.seed ^ 0x5eed)).slice(
      0,
      Math.round(ids.length * config.holdoutTemplates)
    );
    const withheld = new Set(heldOutTemplates);
    trainRows = fitRows.filter((r) => !withheld.has(r.template));
    miner = mine(trainRows, config.drain);
  }
  for (const r of valRows) {
    r.template = miner.match(r.normalized.tokens)?.id ?? unseenId(r.normalized);
  }

  onProgress({ stage: 'k-shot', detail: `K=${config.k}` });
  const trainPick = sampleKShot(trainRows, config.k, config.seed).map((i) => trainRows[i]!);
  const valPick = sampleKShot(valRows, config.k, config.seed + 1).map((i) => valRows[i]!);
  const labelled = [...trainPick, ...valPick].filter((r) => r.label !== null).length;

  onProgress({ stage: 'partition' });
  const mined = miner.templates();
  const stats = new Map(mined.map((t) => [t.id, { anomaly: 0, normal: 0, samples: [] as string[] }]));
  for (const r of trainPick) {
    const s = stats.get(r.template);
    if (s && r.label !== null) {
      s[r.label === 1 ? 'anomaly' : 'normal'] += 1;
    }
    if (s && s.samples.length < 2) {
      s.samples.push(r.normalized.message);
    }
  }
  const partitionTemplates: PartitionTemplate[] = mined.map((t) => ({
    id: t.id,
    text: t.text,
    count: t.size,
    labelled: { anomaly: stats.get(t.id)!.anomaly, normal: stats.get(t.id)!.normal },
    samples: stats.get(t.id)!.samples,
  }));
  const partitionFile = await partitionSource(partitionTemplates);
  const partition = certifyPartition(partitionFile, partitionTemplates);
  const domains = partition.domains.map((d) => d.id);
  const domainIndex = new Map(domains.map((d, i) => [d, i]));

  onProgress({ stage: 'fit', detail: `${trainPick.length} lines, ${domains.length} domains` });
  const samples: TrainingSample[] = trainPick.map((r) => ({
    ...featurize(r.normalized, config.featurizer),
    domain: domainIndex.get(partition.assignment[r.template]!)!,
    label: r.label,
  }));
  const { params, history } = fitNetwork(samples, {
    ...config.fit,
    buckets: config.featurizer.buckets,
    domains: domains.length,
  });

  onProgress({ stage: 'calibrate' });
  const calibrationRows = valPick.filter((r) => r.label !== null);
  const outputs = calibrationRows.map((r) => forward(params, featurize(r.normalized, config.featurizer)));
  const decisions: DomainDecision[] = partition.domains.map((d, di) => {
    const routed = calibrationRows
      .map((r, i) => ({ label: r.label as 0 | 1, out: outputs[i]! }))
      .filter((x) => argmax(x.out.router) === di);
    const anomalies = routed.filter((x) => x.label === 1).length;
    // Held-out precision of "routed here", smoothed towards the domain's type when there is little evidence.
    const typePrior = d.type === 'pure-anomaly' ? 1 : d.type === 'pure-normal' ? 0 : 0.5;
    const prior = (anomalies + 2 * typePrior) / (routed.length + 2);
    if (d.type !== 'mixed') {
      return { id: d.id, type: d.type, platt: null, threshold: 0.5, prior };
    }
    const probs = routed.map((x) => x.out.expert[di]!);
    const labels = routed.map((x) => x.label);
    const platt = fitPlatt(probs, labels);
    const calibrated = probs.map((p) => applyPlatt(platt, p));
    // A threshold fitted on a handful of one class's lines is noise: keep 0.5 unless both classes have support.
    const minority = Math.min(anomalies, routed.length - anomalies);
    const threshold = minority >= MIN_CLASS_SUPPORT ? bestThreshold(calibrated, labels).threshold : 0.5;
    return { id: d.id, type: d.type, platt, threshold, prior };
  });
  const partial: DecisionTable = { domains: decisions, softThreshold: 0.5, quietNovelPrior: null };
  const softScores = outputs.map((o) => decide(partial, o.router, o.expert, 'soft').score);
  const decision: DecisionTable = {
    domains: decisions,
    quietNovelPrior: quietNovelPrior(valRows, new Set(mined.map((t) => t.id))),
    softThreshold: bestThreshold(
      softScores,
      calibrationRows.map((r) => r.label as 0 | 1)
    ).threshold,
  };
  const validationLabels = calibrationRows.map((r) => r.label as 0 | 1);
  const top1 = validationMetrics(decision, outputs, validationLabels, 'top1');
  const soft = validationMetrics(decision, outputs, validationLabels, 'soft');
  // The default combination is the one that does better on the validation period (never on test).
  const combine: CombineMode = soft.f1 > top1.f1 ? 'soft' : 'top1';
  const validation = { ...(combine === 'soft' ? soft : top1), top1F1: top1.f1, softF1: soft.f1 };

  onProgress({ stage: 'sequence' });
  const sequence = fitSequenceModel(trainRows, valRows, files, Object.fromEntries(mined.map((t) => [t.id, t.text])));

  const templates = mined.map((t) => ({
    id: t.id,
    text: t.text,
    domain: partition.assignment[t.id]!,
    gloss: partition.glosses[t.id]!,
    count: t.size,
    labelled: { anomaly: stats.get(t.id)!.anomaly, normal: stats.get(t.id)!.normal },
  }));
  return {
    config,
    miner,
    params,
    history,
    partitionFile,
    partition,
    domains,
    decision,
    combine,
    templates,
    sequence,
    trainingSet: [
      ...trainPick.map((r) => toTrainingRow(r, 'fit')),
      ...valPick.map((r) => toTrainingRow(r, 'validation')),
    ],
    provenance,
    labelled,
    linesSeen: trainRows.length + valRows.length,
    heldOutTemplates,
    validation,
  };
}

/**
 * Laplace-smoothed anomaly rate of the labelled calibration lines whose template the miner does not know and that
 * carry no failure evidence: how often such a line was an anomaly on held-out data (0.5 without any).
 */
function quietNovelPrior(valRows: readonly Row[], known: ReadonlySet<string>): number {
  let lines = 0;
  let anomalies = 0;
  for (const r of valRows) {
    if (r.label !== null && !known.has(r.template) && !carriesFailureEvidence(r.normalized)) {
      lines += 1;
      anomalies += r.label;
    }
  }
  return (anomalies + 1) / (lines + 2);
}

function toTrainingRow(r: Row, split: TrainingSetRow['split']): TrainingSetRow {
  return { line: r.line, label: r.label === 1 ? 'anomaly' : r.label === 0 ? 'normal' : null, split };
}

function mine(rows: Row[], options: DrainOptions): DrainMiner {
  const miner = new DrainMiner(options);
  for (const r of rows) {
    miner.add(r.normalized.tokens);
  }
  // Templates generalise while learning: assign each line its final template afterwards.
  for (const r of rows) {
    r.template = miner.match(r.normalized.tokens)?.id ?? unseenId(r.normalized);
  }
  return miner;
}

/** The id a line gets when no training template matches: a hash of its own masked text. */
export function unseenId(line: NormalizedLine): string {
  return unseenTemplateId(line.tokens);
}

function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) {
    if (v[i]! > v[best]!) {
      best = i;
    }
  }
  return best;
}

function validationMetrics(
  table: DecisionTable,
  outputs: ReadonlyArray<ReturnType<typeof forward>>,
  labels: ReadonlyArray<0 | 1>,
  mode: CombineMode
): Record<string, number> {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  outputs.forEach((o, i) => {
    const anomaly = decide(table, o.router, o.expert, mode).verdict === 'anomaly';
    if (anomaly && labels[i] === 1) {
      tp += 1;
    } else if (anomaly) {
      fp += 1;
    } else if (labels[i] === 1) {
      fn += 1;
    }
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { lines: labels.length, precision, recall, f1 };
}

/** Sessions by the period of their first line (fitting rows come first in time), each with all its rows' templates. */
function sessionsByStart(
  fitRows: readonly Row[],
  validationRows: readonly Row[]
): { fit: Array<[string, string[]]>; validation: Array<[string, string[]]> } {
  const fitSessions = sessionsOf(fitRows);
  const validation = new Map<string, string[]>();
  for (const [key, ids] of sessionsOf(validationRows)) {
    const started = fitSessions.get(key);
    if (started) {
      started.push(...ids);
    } else {
      validation.set(key, ids);
    }
  }
  return { fit: [...fitSessions], validation: [...validation] };
}

/** Sessions of template ids per session key, in line order. */
function sessionsOf(rows: readonly Row[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rows) {
    if (r.session) {
      const ids = out.get(r.session) ?? [];
      ids.push(r.template);
      out.set(r.session, ids);
    }
  }
  return out;
}

function fitSequenceModel(
  trainRows: readonly Row[],
  valRows: readonly Row[],
  files: readonly DataFile[],
  templateText: Record<string, string>
): SequenceModelJson | null {
  const labels = new Map<string, 0 | 1>();
  for (const f of files) {
    for (const [k, v] of f.sessionLabels ?? []) {
      labels.set(k, v);
    }
  }
  if (labels.size === 0) {
    return null;
  }
  // A block belongs to the period its first line lies in, with all its lines up to the end of validation: cut at
  // the fit/validation boundary, a block's two halves look like a block missing its end and one missing its start,
  // which costs the supervised classifier its validation precision (0.07 in the 60/20 twin, against 0.59 whole).
  const { fit: fitting, validation: validationSessions } = sessionsByStart(trainRows, valRows);
  const normal = fitting.filter(([key]) => labels.get(key) === 0).map(([key, templateIds]) => ({ key, templateIds }));
  if (normal.length === 0) {
    return null;
  }
  // Anomalous sessions of the fitting period teach how much each kind of finding weighs (sequence/weights.ts) and
  // train the supervised session classifier (sequence/supervised.ts).
  const anomalies = fitting
    .filter(([key]) => labels.get(key) === 1)
    .map(([key, templateIds]) => ({ key, templateIds }));
  const validation = validationSessions
    .filter(([key]) => labels.has(key))
    .map(([key, templateIds]) => ({ key, templateIds, anomalous: labels.get(key) === 1 }));
  return trainSequenceModel(normal, {
    ...(validation.length > 0 ? { validation } : {}),
    ...(anomalies.length > 0 ? { anomalies } : {}),
    templateText,
  });
}

/**
 * Session-level evaluation of a shipped bundle's own sequence model (`eval-sessions --bundle`): templates come from
 * the bundle's miner and unseen ones get the ids the service gives them, the threshold is the bundle's, nothing
 * is fitted. Sessions of a file the bundle was trained on count only when every line of theirs lies after the
 * lines it fitted and calibrated on; a file it never saw is scored whole.
 */
import type { LoadedBundle } from '../bundle/load';
import { unseenTemplate } from '../drain';
import { createNormalizer } from '../normalize';
import { collectSessions, type LabelledSessionLog, type Session } from './evaluate';
import { binaryMetrics, type BinaryMetrics } from './metrics';
import { loadSequenceScorer } from './detector';

export interface BundleSessionEvalReport {
  bundle: { id: string; version: string };
  /** What was scored and why, in one sentence. */
  description: string;
  sessions: number;
  unlabelled: number;
  /** Sessions left out because the bundle fitted or calibrated on some of their lines. */
  seenByBundle: number;
  test: { sessions: number; anomalies: number; firstLine: number; lastLine: number };
  templates: { known: number; testLinesUnseen: number; testSessionsWithUnseen: number };
  threshold: number;
  metrics: BinaryMetrics;
  seconds: number;
}

export class BundleSessionEvalError extends Error {}

/**
 * @param dataSha256 sha256 of the log file, to find the lines the bundle was trained on
 */
export function evaluateBundleSessions(
  log: LabelledSessionLog,
  bundle: LoadedBundle,
  dataSha256: string
): BundleSessionEvalReport {
  if (bundle.sequenceModel === null) {
    throw new BundleSessionEvalError(`bundle ${bundle.manifest.id} has no sequence model (sequence.json)`);
  }
  const model = loadSequenceScorer(bundle.sequenceModel);
  const started = performance.now();
  const { sessions, unlabelled } = collectSessions(log);
  const seen = bundle.manifest.training.data.find((d) => d.sha256 === dataSha256);
  const seenUpTo = seen ? seen.validation[1] : 0;
  const test = sessions.filter((s) => s.firstLine >= seenUpTo);
  if (test.length === 0) {
    throw new BundleSessionEvalError(
      `bundle ${bundle.manifest.id} was fitted and calibrated on lines 1–${seenUpTo} of this file, which leaves no ` +
        'session to evaluate: score it on another file, or evaluate a twin trained without the test period'
    );
  }

  const normalizer = createNormalizer({ format: bundle.manifest.normalizer.format });
  const templateOf = new Map<number, { id: string; text: string }>();
  for (const s of test) {
    for (const i of s.lines) {
      const tokens = normalizer.normalize(log.lines[i]!).tokens;
      const match = bundle.miner.match(tokens);
      templateOf.set(i, match && bundle.templateById.has(match.id) ? match : unseenTemplate(tokens));
    }
  }
  const textOf = new Map([...templateOf.values()].map((t) => [t.id, t.text]));
  let testLinesUnseen = 0;
  let testSessionsWithUnseen = 0;
  const pairs = test.map((s) => {
    const ids = s.lines.map((i) => templateOf.get(i)!.id);
    const unseen = ids.filter((id) => !bundle.templateById.has(id)).length;
    testLinesUnseen += unseen;
    testSessionsWithUnseen += unseen > 0 ? 1 : 0;
    const verdict = model.assess(ids, undefined, (id) => textOf.get(id)).verdict;
    return { predicted: verdict === 'anomaly', actual: s.anomalous };
  });

  return {
    bundle: { id: bundle.manifest.id, version: bundle.manifest.version },
    description: seen
      ? `sessions that start after line ${seenUpTo}, the last line bundle ${bundle.manifest.id} fitted or calibrated on in this file`
      : `every labelled session (bundle ${bundle.manifest.id} was not trained on this file)`,
    sessions: sessions.length,
    unlabelled,
    seenByBundle: sessions.length - test.length,
    test: { sessions: test.length, anomalies: test.filter((s) => s.anomalous).length, ...span(test) },
    templates: { known: bundle.templates.length, testLinesUnseen, testSessionsWithUnseen },
    threshold: model.calibration.threshold,
    metrics: binaryMetrics(pairs),
    seconds: Math.round(performance.now() - started) / 1000,
  };
}

function span(list: readonly Session[]): { firstLine: number; lastLine: number } {
  return {
    firstLine: Math.min(...list.map((s) => s.firstLine)) + 1,
    lastLine: Math.max(...list.map((s) => s.lines[s.lines.length - 1]!)) + 1,
  };
}

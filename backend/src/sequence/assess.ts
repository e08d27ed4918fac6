/**
 * One verdict per sequence, shared by `/api/v1/explain` and `/api/v1/sequences` so that both say the same thing:
 * the bundle's sequence model where it covers the sequence's templates; otherwise cold-start structure (a system
 * the model has never seen: an error-level line that speaks of failure is the incident, and what follows it in
 * the same session is its consequence); otherwise the lines alone. Also picks the root-cause event.
 */
import type { LineResult, PatternKind, SequenceDetector, Verdict } from '../contract';
import type { SequenceAssessment, TemplateLabeller } from './model';
import { failureClasses, type TemplateText } from './vocabulary';

/** What the assessment needs of a sequence model (SequenceModel, or the supervised combination around it). */
export interface SequenceScorer {
  knows(templateId: string): boolean;
  assess(templateIds: readonly string[], label?: TemplateLabeller, text?: TemplateText): SequenceAssessment;
  readonly calibration: { threshold: number };
}

/** One event as the assessment sees it: its parsed level and message. */
export interface AssessedEvent {
  level: string | null;
  message: string;
}

export interface AssessedFinding {
  kind: PatternKind;
  /** 1-based event numbers. */
  events: number[];
  description: string;
}

export interface SequenceJudgement {
  detector: SequenceDetector;
  /** What the sequence detector says (model or structure), before the lines are considered. */
  sequenceVerdict: Verdict;
  /** Calibrated sequence score of the detector; null for `lines` (the lines decide alone). */
  sequenceScore: number | null;
  threshold: number | null;
  /** Anomalous when the detector or any line says so; the score is the larger of the two. */
  verdict: Verdict;
  score: number;
  findings: AssessedFinding[];
  /** 1-based event number of the root cause; null when the sequence is normal. */
  rootCause: number | null;
  /** 1-based event numbers after the root cause explained as its consequences. */
  consequences: number[];
  /** The supervised verdict's evidence, worded (which counts or transitions drove it); empty when none. */
  drivers: string[];
}

/** Share of a sequence's events whose templates the sequence model must know before it judges the sequence. */
export const MIN_SEQUENCE_COVERAGE = 0.5;

/**
 * Calibrated score of a cold-start incident (an error-level line speaking of failure in a sequence no model
 * covers). No labels of this system exist to calibrate on; 0.8 says "anomalous, not certain" and stays below what
 * a calibrated model's confident verdict reads.
 */
export const COLD_START_SCORE = 0.8;

const ERROR_LEVEL = /^(e|f|c|err|error|fatal|crit|critical|severe|alert|emerg|emergency|panic|failure)$/i;

/** Whether a parsed level is error or worse (ERROR, FATAL, SEVERE, CRITICAL, klog's E/F, …). */
export function isErrorLevel(level: string | null): boolean {
  return level !== null && ERROR_LEVEL.test(level.trim());
}

export function judgeSequence(
  model: SequenceScorer | null,
  events: readonly AssessedEvent[],
  results: readonly LineResult[],
  label: TemplateLabeller = (id) => id,
  kind: 'session' | 'window' = 'session'
): SequenceJudgement {
  if (events.length !== results.length || events.length === 0) {
    throw new Error(`${events.length} events but ${results.length} line results: they must be aligned and non-empty`);
  }
  const templateIds = results.map((r) => r.template.id);
  const textOf = new Map(results.map((r) => [r.template.id, r.template.text]));
  const anomalousLines = results.map((r, i) => (r.verdict === 'anomaly' ? i + 1 : 0)).filter((n) => n > 0);
  const maxLine = Math.max(0, ...results.map((r) => r.score));
  // Error-level lines whose words speak of failure: the strongest direct evidence a line carries on its own.
  const failures = events
    .map((e, i) => (isErrorLevel(e.level) && failureClasses(results[i].template.text).length > 0 ? i + 1 : 0))
    .filter((n) => n > 0);

  // A sequence model only speaks for sessions of the system it was fitted on: when most events are templates it
  // has never seen (another system's VM lifecycle against an HDFS model), every event would be an "extra event".
  const known = model ? templateIds.filter((id) => model.knows(id)).length : 0;
  if (model && known >= MIN_SEQUENCE_COVERAGE * templateIds.length) {
    const a = model.assess(templateIds, label, (id) => textOf.get(id));
    const findingEvents = a.verdict === 'anomaly' ? a.findings.flatMap((f) => f.events) : [];
    const verdict: Verdict = a.verdict === 'anomaly' || anomalousLines.length > 0 ? 'anomaly' : 'normal';
    const rootCause = verdict === 'anomaly' ? pickRoot(failures, anomalousLines, findingEvents) : null;
    return {
      detector: a.detector ?? 'semi-supervised',
      sequenceVerdict: a.verdict,
      sequenceScore: a.score,
      threshold: model.calibration.threshold,
      verdict,
      score: Math.max(a.score, maxLine),
      findings: a.findings.map(({ kind, events: ev, description }) => ({ kind, events: ev, description })),
      rootCause,
      consequences: rootCause === null ? [] : consequencesOf(rootCause, findingEvents, anomalousLines),
      drivers: a.drivers ?? [],
    };
  }

  // Cold start reads a session's structure: what follows the failure in the same VM, request or block is its
  // consequence. A window's later lines are merely its neighbours, so a window without a model is judged by lines.
  if (failures.length > 0 && kind === 'session') {
    const root = failures[0];
    const after = Array.from({ length: events.length - root }, (_, k) => root + 1 + k);
    const said = failureClasses(results[root - 1].template.text).join(', ');
    const findings: AssessedFinding[] = [
      {
        kind: 'extra-event',
        events: [root],
        description:
          `event ${root} is an ${events[root - 1].level!.toUpperCase()}-level line that speaks of ${said}` +
          (model ? ' and no sequence model covers this system' : ''),
      },
    ];
    if (after.length > 0) {
      findings.push({
        kind: 'order',
        events: [root, ...after],
        description:
          `${after.length} later event${after.length === 1 ? '' : 's'} of the same sequence follow the failure ` +
          `(${range(after)}): the sequence continues as its consequence`,
      });
    }
    return {
      detector: 'cold-start',
      sequenceVerdict: 'anomaly',
      sequenceScore: COLD_START_SCORE,
      threshold: null,
      verdict: 'anomaly',
      score: Math.max(COLD_START_SCORE, maxLine),
      findings,
      rootCause: root,
      consequences: after,
      drivers: [],
    };
  }

  const verdict: Verdict = anomalousLines.length > 0 ? 'anomaly' : 'normal';
  return {
    detector: 'lines',
    sequenceVerdict: verdict,
    sequenceScore: null,
    threshold: null,
    verdict,
    score: maxLine,
    findings: [],
    rootCause: verdict === 'anomaly' ? anomalousLines[0] : null,
    consequences: [],
    drivers: [],
  };
}

/**
 * The earliest event of the strongest evidence present: an error-level failure line, else a line the line model
 * flags, else the first event a sequence finding cites (missing or unexpected events are often consequences, so
 * they name the root cause only when no line does).
 */
function pickRoot(failures: number[], anomalousLines: number[], findingEvents: number[]): number | null {
  if (failures.length > 0) {
    return failures[0];
  }
  if (anomalousLines.length > 0) {
    return anomalousLines[0];
  }
  return findingEvents.length > 0 ? Math.min(...findingEvents) : 1;
}

function consequencesOf(root: number, findingEvents: number[], anomalousLines: number[]): number[] {
  return [...new Set([...findingEvents, ...anomalousLines])].filter((n) => n > root).sort((a, b) => a - b);
}

function range(events: number[]): string {
  return events.length === 1 ? `event ${events[0]}` : `events ${events[0]}–${events[events.length - 1]}`;
}

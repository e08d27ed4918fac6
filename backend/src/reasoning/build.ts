/**
 * The pure reasoning core: events + per-line results + sequence findings + knowledge → the five-level
 * hierarchical reasoning. No I/O, no clock, no randomness: the same input always gives the same output.
 */
import type { LineResult, Reasoning } from '../contract';
import { buildEventWise, groupEvents } from './event-wise';
import { buildIndicators } from './indicators';
import type { ReasoningKnowledge } from './knowledge';
import { buildPattern } from './pattern';
import { buildStageWise } from './stage-wise';
import { buildSummary } from './summary';
import type { ReasoningEvent, SequenceVerdict } from './types';

export function buildReasoning(
  events: readonly ReasoningEvent[],
  lineResults: readonly LineResult[],
  sequence: SequenceVerdict | null,
  knowledge: ReasoningKnowledge
): Reasoning {
  if (events.length === 0) {
    throw new Error('buildReasoning needs at least one event');
  }
  if (lineResults.length !== events.length) {
    throw new Error(`${events.length} events but ${lineResults.length} line results: they must be aligned`);
  }
  events.forEach((e, i) => {
    if (e.number !== i + 1) {
      throw new Error(`event ${i} is numbered ${e.number}; events are numbered 1..n in order`);
    }
  });
  for (const f of sequence?.findings ?? []) {
    const bad = f.events.find((n) => !Number.isInteger(n) || n < 1 || n > events.length);
    if (bad !== undefined || f.events.length === 0) {
      throw new Error(`sequence finding "${f.description}" cites event ${bad ?? '(none)'} outside 1..${events.length}`);
    }
  }
  const suspicious = new Set(sequence?.verdict === 'anomaly' ? sequence.findings.flatMap((f) => f.events) : []);
  const groups = groupEvents(events, lineResults, suspicious);
  return {
    eventWise: buildEventWise(groups, knowledge, suspicious),
    stageWise: buildStageWise(
      groups,
      knowledge,
      suspicious,
      sequence?.verdict === 'anomaly' && sequence.rootCause !== undefined
        ? { root: sequence.rootCause, consequences: new Set(sequence.consequences ?? []) }
        : null
    ),
    pattern: buildPattern(groups, sequence, knowledge, events.length),
    indicators: buildIndicators(events, lineResults, groups, sequence, knowledge),
    summary: buildSummary(events, lineResults, sequence, knowledge),
  };
}

/** Level 3: the sequence compared with normal behaviour (sequence-model findings, bursts, the expected flow). */
import type { PatternItem } from '../contract';
import type { EventGroup } from './event-wise';
import type { ReasoningKnowledge } from './knowledge';
import type { SequenceVerdict } from './types';
import { describeTemplate } from './wording';

/** Consecutive events of one template at or above this count form a burst. */
export const BURST_MIN_EVENTS = 5;

export function buildPattern(
  groups: readonly EventGroup[],
  sequence: SequenceVerdict | null,
  knowledge: ReasoningKnowledge,
  eventCount: number
): PatternItem[] {
  const items: PatternItem[] = (sequence?.findings ?? []).map((f) => ({
    kind: f.kind,
    events: f.events,
    description: f.description,
  }));
  for (const g of groups) {
    // A burst is one template repeating; a group of alternating templates (a write pipeline's receive/ack pairs)
    // is not one, however long. The renderer prefixes the cited events, so the text does not repeat them.
    if (g.events.length >= BURST_MIN_EVENTS && g.templates.length === 1) {
      items.push({
        kind: 'burst',
        events: g.events,
        description: `"${describeTemplate(g.result, knowledge)}" repeated ${g.events.length} times in a row`,
      });
    }
  }
  if (items.length === 0 || (sequence !== null && sequence.findings.length === 0)) {
    const all = Array.from({ length: eventCount }, (_, i) => i + 1);
    items.unshift({
      kind: 'expected-flow',
      events: all,
      description:
        sequence === null
          ? 'No sequence model covers these events (none is loaded, or it has never seen most of their templates): the order of events was not compared with normal sessions'
          : `Every transition and event count is within what normal sessions show (sequence score ${sequence.score.toFixed(2)})`,
    });
  }
  return items.sort((a, b) => a.events[0] - b.events[0]);
}

/** Level 4: the signals behind the verdict, each with the events it rests on and a weight in [0, 1]. */
import type { IndicatorItem, LineResult } from '../contract';
import { citeBaseline } from '../baseline/cite';
import type { EventGroup } from './event-wise';
import type { ReasoningKnowledge } from './knowledge';
import type { ReasoningEvent, SequenceVerdict } from './types';
import { compactList, describeTemplate, errorKeyword, unique } from './wording';

/** Weight of an error keyword in a line the line model calls normal: a hint, not evidence. */
export const ERROR_KEYWORD_WEIGHT = 0.3;
/** Weight of a template never seen in training (FAME reports most unseen-template lines are anomalies). */
export const NOVEL_TEMPLATE_WEIGHT = 0.6;
/** Weight of the stream-baseline evidence: new and bursting templates point at a change, routine ones away. */
const BASELINE_WEIGHTS: Record<string, number> = { new: 0.6, burst: 0.6, rare: 0.3, routine: 0.1, chronic: 0.2 };

export function buildIndicators(
  events: readonly ReasoningEvent[],
  results: readonly LineResult[],
  groups: readonly EventGroup[],
  sequence: SequenceVerdict | null,
  knowledge: ReasoningKnowledge
): IndicatorItem[] {
  const items: IndicatorItem[] = [];

  // One anomalous-line indicator per template, so repeated lines do not drown the others.
  const byTemplate = new Map<string, EventGroup[]>();
  for (const g of groups.filter((x) => x.anomalous)) {
    const list = byTemplate.get(g.result.template.id) ?? [];
    list.push(g);
    byTemplate.set(g.result.template.id, list);
  }
  for (const list of byTemplate.values()) {
    const evts = list.flatMap((g) => g.events);
    const score = Math.max(...list.map((g) => g.maxScore));
    items.push({
      events: evts,
      kind: 'anomalous-line',
      description: `"${describeTemplate(list[0].result, knowledge)}" is anomalous (score ${score.toFixed(2)}, domain ${list[0].result.domain}) at event${evts.length > 1 ? 's' : ''} ${compactList(evts)}`,
      weight: round(score),
    });
  }

  const keywords = new Map<string, number[]>();
  events.forEach((e) => {
    const k = errorKeyword(e.message);
    if (k) {
      keywords.set(k, [...(keywords.get(k) ?? []), e.number]);
    }
  });
  for (const [keyword, evts] of keywords) {
    const flagged = evts.some((n) => results[n - 1].verdict === 'anomaly');
    items.push({
      events: evts,
      kind: 'error-keyword',
      description: `"${keyword}" appears in event${evts.length > 1 ? 's' : ''} ${compactList(evts)}`,
      weight: flagged ? 0.5 : ERROR_KEYWORD_WEIGHT,
    });
  }

  const novel = results.map((r, i) => (r.novel ? i + 1 : 0)).filter((n) => n > 0);
  if (novel.length) {
    const texts = unique(novel.map((n) => results[n - 1].template.text)).slice(0, 3);
    items.push({
      events: novel,
      kind: 'novel-template',
      description: `Template${texts.length > 1 ? 's' : ''} never seen in training at event${novel.length > 1 ? 's' : ''} ${compactList(novel)}: ${texts.map((t) => `"${t}"`).join(', ')}`,
      weight: NOVEL_TEMPLATE_WEIGHT,
    });
  }

  // The stream's baseline (issue 19): one indicator per state, citing its events.
  const byState = new Map<string, { events: number[]; texts: string[] }>();
  results.forEach((r, i) => {
    if (!r.baseline) {
      return;
    }
    const entry = byState.get(r.baseline.state) ?? { events: [], texts: [] };
    entry.events.push(i + 1);
    const text = citeBaseline(r.baseline);
    if (entry.texts.length < 2 && !entry.texts.includes(text)) {
      entry.texts.push(text);
    }
    byState.set(r.baseline.state, entry);
  });
  for (const [state, { events: evts, texts }] of byState) {
    items.push({
      events: evts,
      kind: 'stream-baseline',
      description: `Event${evts.length > 1 ? 's' : ''} ${compactList(evts)}: ${texts.join('; ')}`,
      weight: BASELINE_WEIGHTS[state] ?? 0.3,
    });
  }

  if (sequence) {
    const cited = unique(sequence.findings.flatMap((f) => f.events)).sort((a, b) => a - b);
    const threshold = sequence.threshold !== undefined ? ` (raw threshold ${sequence.threshold})` : '';
    items.push({
      events: cited.length ? cited : [1],
      kind: 'sequence-score',
      description:
        `Sequence score ${sequence.score.toFixed(2)}${threshold}: ${sequence.verdict}` +
        (sequence.findings.length
          ? `, ${sequence.findings.length} finding${sequence.findings.length > 1 ? 's' : ''}`
          : ', no findings'),
      weight: round(sequence.score),
    });
  }
  return items.sort((a, b) => b.weight - a.weight || a.events[0] - b.events[0]);
}

function round(v: number): number {
  return Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000;
}

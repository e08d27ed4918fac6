/** Level 5: verdict, domains, root cause (the earliest event that explains the rest), components, confidence, text. */
import { citeBaseline } from '../baseline/cite';
import type { DomainId, LineResult, ReasoningSummary } from '../contract';
import type { ReasoningKnowledge } from './knowledge';
import type { ReasoningEvent, SequenceVerdict } from './types';
import { describeTemplate, unique } from './wording';

export function buildSummary(
  events: readonly ReasoningEvent[],
  results: readonly LineResult[],
  sequence: SequenceVerdict | null,
  knowledge: ReasoningKnowledge
): ReasoningSummary {
  const anomalousLines = results.map((r, i) => (r.verdict === 'anomaly' ? i + 1 : 0)).filter((n) => n > 0);
  const sequenceAnomalous = sequence?.verdict === 'anomaly';
  const findingEvents = sequenceAnomalous
    ? unique(sequence.findings.flatMap((f) => f.events)).sort((a, b) => a - b)
    : [];
  const verdict = anomalousLines.length > 0 || sequenceAnomalous ? 'anomaly' : 'normal';
  const maxLine = Math.max(0, ...results.map((r) => r.score));

  if (verdict === 'normal') {
    const confidence = round(1 - Math.max(maxLine, sequence?.score ?? 0));
    const chronic = results.filter((r) => r.baseline?.state === 'chronic').length;
    const text =
      `Normal: none of the ${events.length} events is anomalous (highest line score ${maxLine.toFixed(2)})` +
      (sequence ? ` and the sequence matches normal sessions (score ${sequence.score.toFixed(2)}).` : '.') +
      (chronic > 0
        ? ` ${chronic} event${chronic > 1 ? 's are chronic errors' : ' is a chronic error'} on this stream: routine here, reported, not anomalies.`
        : '');
    return {
      verdict,
      domains: [],
      rootCause: { events: [1], description: 'No anomaly to explain' },
      affectedComponents: [],
      confidence,
      text,
    };
  }

  const evidence = unique([...anomalousLines, ...findingEvents]).sort((a, b) => a - b);
  // An anomalous line is direct evidence; sequence findings (missing or unexpected events) are often its
  // consequences, so they name the root cause only when no line is anomalous.
  // The detector's own choice wins (an error-level failure line, even one the line model scores low).
  const root =
    sequence?.rootCause !== undefined && sequenceAnomalous
      ? sequence.rootCause
      : anomalousLines.length > 0
        ? anomalousLines[0]
        : evidence[0];
  const consequences = (sequenceAnomalous ? (sequence.consequences ?? []) : []).filter((n) => n > root);
  const rootResult = results[root - 1];
  const domains = unique<DomainId>(evidence.map((n) => results[n - 1].domain));
  const components = unique(evidence.map((n) => events[n - 1].component).filter((c): c is string => c !== null));
  const rootFinding = sequence?.findings.find((f) => f.events.includes(root));
  const domainInfo = knowledge.domain(rootResult.domain);
  const causes = relevantCauses(
    domainInfo?.typicalCauses ?? [],
    // The whole line: its header names the component (dfs.DataNode$… shares "datanode" with a cause).
    events.map((e, i) => `${e.line} ${results[i].template.text}`)
  );
  const what =
    (rootResult.verdict === 'anomaly'
      ? `"${describeTemplate(rootResult, knowledge)}" is anomalous (score ${rootResult.score.toFixed(2)})`
      : (rootFinding?.description ?? `"${describeTemplate(rootResult, knowledge)}"`)) +
    (rootResult.baseline ? ` (${citeBaseline(rootResult.baseline)})` : '');
  const rootDescription =
    `Event ${root}: ${what}; domain ${rootResult.domain}` +
    (domainInfo ? ` (${domainInfo.description})` : '') +
    (causes.length ? `. Typical causes: ${causes.join('; ')}` : '') +
    (consequences.length ? `. ${eventList(consequences)} follow from it as its consequences` : '');
  const drivers = sequenceAnomalous ? (sequence.drivers ?? []) : [];
  const confidence = round(
    Math.max(...anomalousLines.map((n) => results[n - 1].score), sequenceAnomalous ? sequence.score : 0)
  );
  const text =
    `Anomaly in ${domains.join(', ')}: ${anomalousLines.length} of ${events.length} events are anomalous lines` +
    (sequence ? `, sequence score ${sequence.score.toFixed(2)} (${sequence.verdict})` : '') +
    `. It starts at event ${root}: ${what}` +
    (components.length ? `; affected: ${components.slice(0, 4).join(', ')}` : '') +
    (consequences.length ? `; ${eventList(consequences).toLowerCase()} follow from it` : '') +
    (drivers.length ? `; the session classifier's verdict rests on ${drivers.slice(0, 3).join('; ')}` : '') +
    (causes.length ? `. Typical causes: ${causes.join('; ')}.` : '.');
  return {
    verdict,
    domains,
    rootCause: { events: [root], description: rootDescription },
    affectedComponents: components,
    confidence,
    text,
  };
}

// "data" is in nearly every storage text of both systems: it would tie any block to any cause.
const CAUSE_STOPWORDS = new Set(['that', 'with', 'from', 'into', 'over', 'under', 'than', 'when', 'which', 'data']);

/** A crude singular, enough for "interrupts"/"interrupt" and "addresses"/"address". */
const singular = (w: string) =>
  w.endsWith('sses') ? w.slice(0, -2) : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 4 && !CAUSE_STOPWORDS.has(w))
      .map(singular)
  );
}

/**
 * The domain's typical causes that share words with this sequence's events, most shared first (at most `max`).
 * A domain's causes span the systems it was trained on: an HDFS block's summary quoted BlueGene/L's "memory-mapped
 * I/O addresses raising storage interrupts". With no cause sharing a word, none is quoted.
 */
export function relevantCauses(causes: readonly string[], texts: readonly string[], max = 3): string[] {
  const words = contentWords(texts.join(' '));
  return causes
    .map((cause, i) => ({ cause, i, shared: [...contentWords(cause)].filter((w) => words.has(w)).length }))
    .filter((c) => c.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.i - b.i)
    .slice(0, max)
    .map((c) => c.cause);
}

function eventList(events: readonly number[]): string {
  if (events.length === 1) {
    return `Event ${events[0]}`;
  }
  const contiguous = events.every((n, i) => i === 0 || n === events[i - 1] + 1);
  return contiguous ? `Events ${events[0]}–${events[events.length - 1]}` : `Events ${events.join(', ')}`;
}

function round(v: number): number {
  return Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000;
}

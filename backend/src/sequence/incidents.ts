/**
 * The incidents among posted lines: every line scored once, the lines cut into sequences (group.ts), each judged
 * (assess.ts), the anomalous ones ranked by score with their root-cause event and a one-line summary. Pure over
 * its inputs: the caller scores the lines and parses their headers.
 */
import type { LineResult, LogLineInput, SequenceIncident, SequencesRequest } from '../contract';
import { judgeSequence, type AssessedEvent, type SequenceScorer } from './assess';
import { groupSequences } from './group';
import type { TemplateLabeller } from './model';

export const DEFAULT_SEQUENCES_LIMIT = 100;

export interface IncidentList {
  sequences: SequenceIncident[];
  total: { sequences: number; anomalous: number; sessions: number; windows: number };
  truncated: boolean;
}

export function listIncidents(
  request: Pick<SequencesRequest, 'session' | 'window' | 'includeNormal' | 'limit'> & { lines: LogLineInput[] },
  results: readonly LineResult[],
  events: readonly AssessedEvent[],
  model: SequenceScorer | null,
  label?: TemplateLabeller
): IncidentList {
  const { lines } = request;
  if (results.length !== lines.length || events.length !== lines.length) {
    throw new Error(`${lines.length} lines but ${results.length} results and ${events.length} parsed events`);
  }
  const groups = groupSequences(lines, request.session, request.window);
  const all: SequenceIncident[] = groups.map((g) => {
    const seqResults = g.lineIndices.map((i) => results[i]);
    const seqEvents = g.lineIndices.map((i) => events[i]);
    const j = judgeSequence(model, seqEvents, seqResults, label, g.kind);
    const at = (event: number) => g.lineIndices[event - 1];
    const root = j.rootCause === null ? null : seqResults[j.rootCause - 1];
    const { start, end } = bounds(lines, g.lineIndices);
    const incident: SequenceIncident = {
      key: g.key,
      keyType: g.keyType,
      kind: g.kind,
      stream: g.stream,
      score: round(j.score),
      verdict: j.verdict,
      detector: j.detector,
      start,
      end,
      lineIndices: g.lineIndices,
      anomalousLines: g.lineIndices.filter((i) => results[i].verdict === 'anomaly'),
      rootCause:
        root === null
          ? null
          : {
              index: at(j.rootCause!),
              event: j.rootCause!,
              template: root.template,
              domain: root.domain,
              level: seqEvents[j.rootCause! - 1].level,
              description: rootDescription(j.rootCause!, root, seqEvents[j.rootCause! - 1], j.findings),
            },
      consequences: j.consequences.map(at),
      findings: j.findings.map((f) => ({ kind: f.kind, events: f.events, description: f.description })),
      summary: '',
    };
    incident.summary = summarise(incident, j.drivers, g.lineIndices.length);
    return incident;
  });
  const ranked = all
    .filter((s) => request.includeNormal === true || s.verdict === 'anomaly')
    .sort(
      (a, b) =>
        (a.verdict === b.verdict ? 0 : a.verdict === 'anomaly' ? -1 : 1) ||
        b.score - a.score ||
        a.lineIndices[0] - b.lineIndices[0]
    );
  const limit = request.limit ?? DEFAULT_SEQUENCES_LIMIT;
  return {
    sequences: ranked.slice(0, limit),
    total: {
      sequences: all.length,
      anomalous: all.filter((s) => s.verdict === 'anomaly').length,
      sessions: all.filter((s) => s.kind === 'session').length,
      windows: all.filter((s) => s.kind === 'window').length,
    },
    truncated: ranked.length > limit,
  };
}

function rootDescription(
  event: number,
  result: LineResult,
  parsed: AssessedEvent,
  findings: ReadonlyArray<{ events: number[]; description: string }>
): string {
  const finding = findings.find((f) => f.events[0] === event) ?? findings.find((f) => f.events.includes(event));
  const level = parsed.level ? `${parsed.level.toUpperCase()} ` : '';
  const why =
    result.verdict === 'anomaly'
      ? `line score ${result.score.toFixed(2)}`
      : (finding?.description ?? `line score ${result.score.toFixed(2)}`);
  return `event ${event}: ${level}"${result.template.text}" (${result.domain}; ${why})`;
}

function summarise(s: SequenceIncident, drivers: readonly string[], events: number): string {
  const what = s.kind === 'session' ? `${s.keyType} ${s.key}` : `window of ${events} lines on ${s.stream}`;
  if (s.verdict === 'normal') {
    return `${what}: normal (score ${s.score.toFixed(2)}, ${events} events)`;
  }
  const root = s.rootCause;
  const cause = root
    ? `starts at event ${root.event}, ${root.level ? `${root.level.toUpperCase()} ` : ''}"${clip(root.template.text)}" (${root.domain})`
    : 'no single root event';
  const after = s.consequences.length > 0 ? `; ${s.consequences.length} later events follow from it` : '';
  const driven = drivers.length > 0 ? `; driven by ${drivers[0]}` : '';
  return `${what}: anomaly ${s.score.toFixed(2)} (${s.detector}), ${cause}${after}${driven}`;
}

function bounds(
  lines: readonly LogLineInput[],
  indices: readonly number[]
): { start: string | null; end: string | null } {
  let min: bigint | null = null;
  let max: bigint | null = null;
  for (const i of indices) {
    const ts = lines[i].timestamp;
    if (ts !== undefined) {
      const v = BigInt(ts);
      min = min === null || v < min ? v : min;
      max = max === null || v > max ? v : max;
    }
  }
  return { start: min === null ? null : min.toString(), end: max === null ? null : max.toString() };
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

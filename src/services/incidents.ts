/**
 * Incidents: the anomalous sequences of the loaded lines from POST /api/v1/sequences, their request indices
 * mapped back to the lines' own indices. The service takes at most MAX_LINES_PER_REQUEST lines (10,000 by
 * default): beyond that the most recent lines are sent, since a sequence split at the cut would be judged on a part.
 */
import type { ApiClient } from './api';
import type { SequenceIncident } from './contract';
import { toServiceLines, type LogLine } from './frames';

export const INCIDENT_LINES_LIMIT = 10_000;

export interface Incidents {
  incidents: SequenceIncident[];
  /** Line indices (LogLine.index) of every anomalous sequence's events: "Anomalies only" keeps them. */
  lines: ReadonlySet<number>;
  total: { sequences: number; anomalous: number };
  /** Lines left out of the request (the oldest), 0 when all were sent. */
  omitted: number;
  truncated: boolean;
}

export async function findIncidents(client: ApiClient, all: LogLine[], limit = 100): Promise<Incidents> {
  const omitted = Math.max(0, all.length - INCIDENT_LINES_LIMIT);
  const sent = all.slice(omitted);
  const response = await client.sequences({ lines: toServiceLines(sent), limit });
  const own = (i: number) => sent[i]?.index ?? -1;
  const incidents = response.sequences
    .filter((s) => s.verdict === 'anomaly')
    .map((s) => ({
      ...s,
      lineIndices: s.lineIndices.map(own),
      anomalousLines: s.anomalousLines.map(own),
      consequences: s.consequences.map(own),
      rootCause: s.rootCause ? { ...s.rootCause, index: own(s.rootCause.index) } : null,
    }));
  return {
    incidents,
    lines: new Set(incidents.flatMap((s) => s.lineIndices)),
    total: { sequences: response.total.sequences, anomalous: response.total.anomalous },
    omitted,
    truncated: response.truncated,
  };
}

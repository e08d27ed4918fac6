/**
 * Builds the explain request for one focus line and maps the answer's request indices back to line indices.
 * Only a window of lines around the focus is sent: the service caps lines per request, and a session
 * (HDFS block, request id) lives close to its focus line in time.
 */
import type { ExplainRequest, ExplainResponse } from './contract';
import { toServiceLines, type LogLine } from './frames';

export const EXPLAIN_WINDOW_LINES = 2000;

export interface PreparedExplain {
  request: ExplainRequest;
  /** Request index -> LogLine.index */
  lineIndexOf: (requestIndex: number) => number;
}

/** @param position position of the focus line in `lines` (all loaded lines, time-ordered) */
export function prepareExplain(
  lines: LogLine[],
  position: number,
  windowLines = EXPLAIN_WINDOW_LINES
): PreparedExplain {
  const half = Math.floor(windowLines / 2);
  const start = Math.max(0, Math.min(position - half, lines.length - windowLines));
  const slice = lines.slice(start, start + windowLines);
  return {
    request: { lines: toServiceLines(slice), focus: position - start, session: 'auto' },
    lineIndexOf: (i) => slice[i]?.index ?? -1,
  };
}

/** The response with sequence and result indices rewritten to LogLine indices. */
export function mapExplainIndices(response: ExplainResponse, lineIndexOf: (i: number) => number): ExplainResponse {
  return {
    ...response,
    sequence: { ...response.sequence, lineIndices: response.sequence.lineIndices.map(lineIndexOf) },
    results: response.results.map((r) => ({ ...r, index: lineIndexOf(r.index) })),
  };
}

/** Line index of a 1-based event number cited in the reasoning. */
export function eventLineIndex(response: ExplainResponse, event: number): number | undefined {
  return response.sequence.lineIndices[event - 1];
}

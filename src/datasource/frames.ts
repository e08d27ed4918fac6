/** Pure builders of the verdict data source's frames: scored lines as a logs frame, incidents as annotations. */
import { createDataFrame, DataFrameType, FieldType, type DataFrame } from '@grafana/data';
import { PLUGIN_BASE_URL } from '../constants';
import type { ScoredLine } from '../services/analysis';
import type { SequenceIncident } from '../services/contract';
import { ANNOTATION_TAG } from '../services/annotations';
import type { LogLine } from '../services/frames';

/** Link to the Explain page on one line; Grafana interpolates ${__data.fields.tsNs} per row. */
export function explainLinkUrl(lokiUid: string, expr: string, fromMs: number, toMs: number): string {
  const params = new URLSearchParams({ ds: lokiUid, query: expr, from: String(fromMs), to: String(toMs) });
  return `${PLUGIN_BASE_URL}/explain?${params.toString()}&focus=\${__data.fields.tsNs}`;
}

export function scoredLinesFrame(lines: ScoredLine[], refId: string, link: string): DataFrame {
  const links = [{ title: 'Explain', url: link, targetBlank: false }];
  return createDataFrame({
    refId,
    name: 'scored lines',
    meta: { type: DataFrameType.LogLines, preferredVisualisationType: 'logs' },
    fields: [
      { name: 'timestamp', type: FieldType.time, values: lines.map((l) => l.timeMs) },
      { name: 'body', type: FieldType.string, values: lines.map((l) => l.line), config: { links } },
      {
        name: 'labels',
        type: FieldType.other,
        values: lines.map((l) => ({ ...l.labels, domain: l.result.domain, verdict: l.result.verdict })),
      },
      {
        name: 'severity',
        type: FieldType.string,
        values: lines.map((l) => (l.result.verdict === 'anomaly' ? 'error' : 'info')),
      },
      { name: 'id', type: FieldType.string, values: lines.map((l) => l.id) },
      { name: 'tsNs', type: FieldType.string, values: lines.map((l) => l.tsNs) },
      { name: 'verdict', type: FieldType.string, values: lines.map((l) => l.result.verdict), config: { links } },
      { name: 'score', type: FieldType.number, values: lines.map((l) => l.result.score), config: { min: 0, max: 1 } },
      { name: 'domain', type: FieldType.string, values: lines.map((l) => l.result.domain) },
      { name: 'template', type: FieldType.string, values: lines.map((l) => l.result.template.text) },
    ],
  });
}

const nsToMs = (ns: string) => Number(BigInt(ns) / BigInt(1_000_000));

/**
 * One annotation per anomalous sequence (POST /api/v1/sequences), oldest first as the Go backend orders them: a
 * region over the sequence, titled by its key, its summary (root cause first) as the text, tagged with the root
 * cause's domain. A sequence the service reports without start/end (untimed lines) spans its lines' times.
 * @param lineOf the sequence's line indices (already mapped to LogLine.index) to their lines
 */
export function incidentAnnotationsFrame(
  incidents: SequenceIncident[],
  lineOf: (index: number) => LogLine | undefined,
  refId: string
): DataFrame {
  const events = incidents
    .map((s) => {
      const times = s.lineIndices.flatMap((i) => lineOf(i)?.timeMs ?? []);
      const time = s.start ? nsToMs(s.start) : times.length ? Math.min(...times) : NaN;
      const timeEnd = s.end ? nsToMs(s.end) : times.length ? Math.max(...times) : time;
      const domain = s.rootCause?.domain;
      return {
        time,
        timeEnd: Math.max(time, timeEnd),
        title: `Anomalous ${s.keyType}${s.key ? ` ${s.key}` : ''}`,
        text: s.summary,
        tags: [ANNOTATION_TAG, ...(domain ? [domain] : [])],
        score: s.score,
      };
    })
    // Nothing to place on the time axis: no times reported and none among the lines.
    .filter((e) => Number.isFinite(e.time))
    .sort((a, b) => a.time - b.time);
  return createDataFrame({
    refId,
    name: 'anomalous sequences',
    fields: [
      { name: 'time', type: FieldType.time, values: events.map((e) => e.time) },
      { name: 'timeEnd', type: FieldType.time, values: events.map((e) => e.timeEnd) },
      { name: 'isRegion', type: FieldType.boolean, values: events.map((e) => e.timeEnd > e.time) },
      { name: 'title', type: FieldType.string, values: events.map((e) => e.title) },
      { name: 'text', type: FieldType.string, values: events.map((e) => e.text) },
      { name: 'tags', type: FieldType.other, values: events.map((e) => e.tags) },
      { name: 'score', type: FieldType.number, values: events.map((e) => e.score), config: { min: 0, max: 1 } },
    ],
  });
}

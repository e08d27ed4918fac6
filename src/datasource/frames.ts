/** Pure builders of the verdict data source's frames: scored lines as a logs frame, annotations as a frame. */
import { createDataFrame, DataFrameType, FieldType, type DataFrame } from '@grafana/data';
import { PLUGIN_BASE_URL } from '../constants';
import type { ScoredLine } from '../services/analysis';
import type { ExplainResponse } from '../services/contract';
import { annotationFor } from '../services/annotations';

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

/** One time-region annotation per explained sequence, the summary as text. */
export function annotationsFrame(
  explanations: Array<{ response: ExplainResponse; timesMs: number[] }>,
  refId: string
): DataFrame {
  const events = explanations.map(({ response, timesMs }) => ({ ...annotationFor(response, timesMs), response }));
  return createDataFrame({
    refId,
    name: 'anomalous sequences',
    fields: [
      { name: 'time', type: FieldType.time, values: events.map((e) => e.time) },
      { name: 'timeEnd', type: FieldType.time, values: events.map((e) => e.timeEnd) },
      { name: 'isRegion', type: FieldType.boolean, values: events.map((e) => e.timeEnd > e.time) },
      {
        name: 'title',
        type: FieldType.string,
        values: events.map(
          (e) =>
            `Anomalous ${e.response.sequence.keyType}${e.response.sequence.key ? ` ${e.response.sequence.key}` : ''}`
        ),
      },
      { name: 'text', type: FieldType.string, values: events.map((e) => e.text) },
      { name: 'tags', type: FieldType.other, values: events.map((e) => e.tags) },
    ],
  });
}

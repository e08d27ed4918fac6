/** Grafana 12/13 Loki log frames (as /api/ds/query returns them) built from recorded rows. */
import { FieldType, type DataFrameJSON } from '@grafana/data';
import type { RecordedLokiRow } from './hdfsLokiRows';

/** Newest first, as Loki's default backward direction answers. */
export function lokiFrameJSON(rows: RecordedLokiRow[], expr = '{job="hdfs"}'): DataFrameJSON {
  const ordered = [...rows].reverse();
  return {
    schema: {
      refId: 'A',
      meta: {
        typeVersion: [0, 0],
        custom: { frameType: 'LabeledTimeValues' },
        executedQueryString: `Expr: ${expr}`,
      },
      fields: [
        { name: 'labels', type: FieldType.other },
        { name: 'Time', type: FieldType.time },
        { name: 'Line', type: FieldType.string },
        { name: 'tsNs', type: FieldType.string },
        { name: 'id', type: FieldType.string },
      ],
    },
    data: {
      values: [
        ordered.map((r) => r.labels),
        ordered.map((r) => Number(r.tsNs.slice(0, -6))),
        ordered.map((r) => r.line),
        ordered.map((r) => r.tsNs),
        ordered.map((r) => r.id),
      ],
    },
  };
}

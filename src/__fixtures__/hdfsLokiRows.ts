/*
 * Recorded from the shipped bundle through the real service by scripts/record-fixtures.js; do not edit by hand.
 * Rows as Grafana's Loki data source returns them.
 */
import recorded from '../../tests/fixtures/plugin/hdfsLokiRows.json';

export interface RecordedLokiRow {
  tsNs: string;
  line: string;
  labels: Record<string, string>;
  id: string;
}

export const hdfsLokiRows: RecordedLokiRow[] = recorded;

/*
 * Recorded from the shipped bundle through the real service by scripts/record-fixtures.js; do not edit by hand.
 * Rows as Grafana's Loki data source returns them.
 */
import recorded from '../../tests/fixtures/plugin/bglLokiRows.json';
import type { RecordedLokiRow } from './hdfsLokiRows';

export type { RecordedLokiRow };

export const bglLokiRows: RecordedLokiRow[] = recorded;

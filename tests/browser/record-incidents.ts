/**
 * Records the incidents fixtures (POST /api/v1/sequences) from the backend's own code over the recorded Loki rows
 * and scores in src/__fixtures__: the lines grouped into sequences (HDFS blocks as sessions, BGL as 100-line
 * windows per stream) and judged by `listIncidents` with no sequence model (the recorded scores come from
 * record-fixtures.ts's rule scorer, whose template ids the shipped sequence model does not know), so each verdict
 * rests on its lines, as the service's "lines" detector does. Rerun after record-fixtures.ts.
 * Run: npx ts-node --transpile-only -P backend/tsconfig.json tests/browser/record-incidents.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LogLineInput, ScoreResponse, SequencesResponse } from '../../backend/src/contract';
import { toEvents } from '../../backend/src/reasoning/explain';
import { listIncidents } from '../../backend/src/sequence/incidents';
import { bglLokiRows } from '../../src/__fixtures__/bglLokiRows';
import { hdfsLokiRows } from '../../src/__fixtures__/hdfsLokiRows';
import type { RecordedLokiRow } from '../../src/__fixtures__/hdfsLokiRows';
import { scoreBgl } from '../../src/__fixtures__/scoreBgl';
import { scoreHdfs } from '../../src/__fixtures__/scoreHdfs';

const OUT = join(__dirname, '../../src/__fixtures__');

function record(name: string, rows: RecordedLokiRow[], scores: ScoreResponse) {
  // As the page sends them (services/frames.ts toServiceLines).
  const lines: LogLineInput[] = rows.map((r) => ({ line: r.line, timestamp: r.tsNs, labels: r.labels, id: r.id }));
  const list = listIncidents({ lines, limit: 100 }, scores.results, toEvents(lines), null);
  const response: SequencesResponse = { model: scores.model, ...list };
  const body = `/* Recorded by tests/browser/record-incidents.ts; do not edit by hand. */\nimport type { SequencesResponse } from '../services/contract';\n\nexport const ${name}: SequencesResponse = ${JSON.stringify(response, null, 2)};\n`;
  writeFileSync(join(OUT, `${name}.ts`), body);
  console.log(`${name}: ${list.total.sequences} sequences, ${list.total.anomalous} anomalous`);
}

record('sequencesHdfs', hdfsLokiRows, scoreHdfs);
record('sequencesBgl', bglLokiRows, scoreBgl);

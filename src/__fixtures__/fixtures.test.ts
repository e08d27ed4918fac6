import {
  ExplainResponseSchema,
  HealthResponseSchema,
  LogLineInputSchema,
  ModelInfoSchema,
  ModelTemplatesResponseSchema,
  ScoreResponseSchema,
  SequencesResponseSchema,
} from '../services/contract';
import { bglLokiRows } from './bglLokiRows';
import { explainHdfs } from './explainHdfs';
import { hdfsLokiRows } from './hdfsLokiRows';
import { health } from './health';
import { modelInfo } from './modelInfo';
import { modelTemplatesPage1 } from './modelTemplatesPage1';
import { modelTemplatesPage2 } from './modelTemplatesPage2';
import { scoreBgl } from './scoreBgl';
import { scoreHdfs } from './scoreHdfs';
import { sequencesBgl } from './sequencesBgl';
import { sequencesHdfs } from './sequencesHdfs';
import manifest from '../../models/default/manifest.json';

// The recorded responses must stay valid under the contract the service validates with.
describe('recorded fixtures', () => {
  it.each([
    ['scoreHdfs', ScoreResponseSchema, scoreHdfs],
    ['scoreBgl', ScoreResponseSchema, scoreBgl],
    ['explainHdfs', ExplainResponseSchema, explainHdfs],
    ['modelInfo', ModelInfoSchema, modelInfo],
    ['modelTemplatesPage1', ModelTemplatesResponseSchema, modelTemplatesPage1],
    ['modelTemplatesPage2', ModelTemplatesResponseSchema, modelTemplatesPage2],
    ['health', HealthResponseSchema, health],
    ['sequencesHdfs', SequencesResponseSchema, sequencesHdfs],
    ['sequencesBgl', SequencesResponseSchema, sequencesBgl],
  ] as const)('%s parses with its schema', (_name, schema, value) => {
    const parsed = schema.safeParse(value);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  // scripts/record-fixtures.js records them from the shipped bundle; a fixture of another model shows the plugin
  // (and its screenshots) results the product does not give.
  it.each([
    ['scoreHdfs', scoreHdfs.model],
    ['scoreBgl', scoreBgl.model],
    ['explainHdfs', explainHdfs.model],
    ['health', health.model],
    ['modelInfo', { id: modelInfo.id, version: modelInfo.version }],
  ])('%s was recorded from models/default', (_name, model) => {
    expect(model).toEqual({ id: manifest.id, version: manifest.version });
  });

  it('has one score result per recorded line, in order', () => {
    expect(scoreHdfs.results.map((r) => r.index)).toEqual(hdfsLokiRows.map((_, i) => i));
    expect(scoreBgl.results.map((r) => r.index)).toEqual(bglLokiRows.map((_, i) => i));
    expect(scoreBgl.results.filter((r) => r.verdict === 'anomaly').length).toBeGreaterThan(10);
  });

  it('recorded rows are valid service inputs', () => {
    for (const r of [...hdfsLokiRows, ...bglLokiRows]) {
      expect(
        LogLineInputSchema.safeParse({ line: r.line, timestamp: r.tsNs, labels: r.labels, id: r.id }).success
      ).toBe(true);
    }
  });

  it('explains the HDFS block around the focus line with results in event order', () => {
    const { sequence, results } = explainHdfs;
    expect(sequence.keyType).toBe('hdfs-block');
    expect(results.map((r) => r.index)).toEqual(sequence.lineIndices);
    expect(hdfsLokiRows[sequence.lineIndices[3]].line).toContain('writeBlock');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExplainResponseSchema, type LineResult } from '../contract';
import { SequenceModel, trainSequenceModel } from '../sequence';
import { loadSequenceScorer } from '../sequence/detector';
import { buildReasoning } from './build';
import { explainSequence } from './explain';
import { EMPTY_KNOWLEDGE, knowledgeFromTables } from './knowledge';
import { ruleScorer, STORAGE_KNOWLEDGE } from './testing';
import type { ReasoningEvent } from './types';
import { renderExplanation } from './render';
import { reasoningProblems } from './validate';

const FIXTURES = join(__dirname, '../../../tests/fixtures/sequence');
const hdfs = readFileSync(join(FIXTURES, 'hdfs_blocks.log'), 'utf8').trim().split('\n');
const ANOMALY = /received exception|does not belong/i;
const NORMAL_BLOCKS = ['blk_4394112519745907149', 'blk_8376667364205250596', 'blk_6609646171038203219'];

async function sequenceModelFor() {
  const scorer = ruleScorer(hdfs, ANOMALY);
  const sessions = await Promise.all(
    NORMAL_BLOCKS.map(async (b) => {
      const lines = hdfs.filter((l) => new RegExp(`${b}\\b`).test(l)).map((line) => ({ line }));
      return { key: b, templateIds: (await scorer.score(lines)).map((r) => r.template.id) };
    })
  );
  return { scorer, model: SequenceModel.fromJSON(trainSequenceModel(sessions)) };
}

describe('explainSequence', () => {
  it('explains an anomalous HDFS block with grounded, valid, deterministic reasoning', async () => {
    const { scorer, model } = await sequenceModelFor();
    const lines = hdfs.map((line) => ({ line }));
    const focus = hdfs.findIndex((l) => l.includes('writeBlock'));
    const request = { lines, focus };
    const response = await explainSequence(scorer, STORAGE_KNOWLEDGE, model, request);

    expect(() => ExplainResponseSchema.parse(response)).not.toThrow();
    expect(response.sequence.key).toBe('blk_7648436334209344608');
    expect(response.sequence.keyType).toBe('hdfs-block');
    expect(response.sequence.lineIndices).toEqual(
      hdfs.flatMap((l, i) => (l.includes('blk_7648436334209344608') ? [i] : []))
    );
    expect(response.results.map((r) => r.index)).toEqual(response.sequence.lineIndices);

    const n = response.sequence.lineIndices.length;
    const { reasoning } = response;
    expect(reasoningProblems(reasoning, n, 'anomaly')).toEqual([]);
    expect(reasoning.eventWise.flatMap((e) => e.events)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(reasoning.stageWise.flatMap((s) => s.events)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(reasoning.eventWise.find((e) => e.label === 'Events 2–3')).toMatchObject({
      anomalous: false,
      description: expect.stringMatching(/^Receiving block .* \(2 times\)$/),
    });
    expect(reasoning.summary).toMatchObject({ verdict: 'anomaly', domains: ['storage'], rootCause: { events: [4] } });
    expect(reasoning.summary.rootCause.description).toMatch(/Typical causes: a datanode lost its connection/);
    expect(reasoning.indicators.map((i) => i.kind)).toEqual(
      expect.arrayContaining(['anomalous-line', 'error-keyword', 'sequence-score'])
    );
    expect(response.sequence.verdict).toBe('anomaly');
    expect(reasoning.pattern.some((p) => p.kind !== 'expected-flow')).toBe(true);
    expect(response.narrative).toEqual({ source: 'grounded' });

    const text = renderExplanation(response, hdfs);
    expect(text).toMatch(/^Sequence: hdfs-block blk_7648436334209344608 — 4 events/);
    for (const level of ['1. Event-wise', '2. Stage-wise', '3. Pattern', '4. Indicators', '5. Summary']) {
      expect(text).toContain(`\n${level}\n`);
    }
    expect(text).toContain('Root cause: Event 4: ');

    // Deterministic: the same request gives the same answer.
    expect(await explainSequence(scorer, STORAGE_KNOWLEDGE, model, request)).toEqual(response);
  });

  it('calls a normal block normal at both levels', async () => {
    const { scorer, model } = await sequenceModelFor();
    const lines = hdfs.map((line) => ({ line }));
    const focus = hdfs.findIndex((l) => l.includes(NORMAL_BLOCKS[0]));
    const response = await explainSequence(scorer, EMPTY_KNOWLEDGE, model, { lines, focus });
    expect(response.sequence.verdict).toBe('normal');
    expect(response.reasoning.summary.verdict).toBe('normal');
    expect(response.reasoning.pattern[0].kind).toBe('expected-flow');
    expect(response.reasoning.stageWise.every((s) => s.status === 'normal')).toBe(true);
    expect(reasoningProblems(response.reasoning, response.results.length, 'normal')).toEqual([]);
  });

  it('falls back to a window without a key, and says why there is no narrative', async () => {
    const scorer = ruleScorer(hdfs, ANOMALY);
    const lines = hdfs
      .slice(0, 30)
      .map((line, i) => ({ line, timestamp: String(1_700_000_000_000_000_000n + BigInt(i) * 1_000_000_000n) }));
    const response = await explainSequence(scorer, EMPTY_KNOWLEDGE, null, {
      lines,
      focus: 10,
      session: 'none',
      window: { seconds: 2 },
      narrate: true,
    });
    expect(response.sequence).toMatchObject({ key: null, keyType: 'window', lineIndices: [8, 9, 10, 11, 12] });
    expect(response.sequence.start).toBe('1700000008000000000');
    expect(response.narrative.fallbackReason).toMatch(/no LLM narrator/);
    expect(response.reasoning.pattern[0].description).toMatch(/No sequence model/);
  });

  it('rejects a focus outside the lines and an invalid request precisely', async () => {
    const scorer = ruleScorer(hdfs, ANOMALY);
    await expect(explainSequence(scorer, EMPTY_KNOWLEDGE, null, { lines: [{ line: 'x' }], focus: 3 })).rejects.toThrow(
      /focus 3 is outside the 1 posted lines/
    );
    await expect(explainSequence(scorer, EMPTY_KNOWLEDGE, null, { lines: [] })).rejects.toThrow(/at least one line/);
  });
});

describe('explainSequence on another system', () => {
  it('does not let an HDFS sequence model judge an OpenStack VM lifecycle it has no templates for', async () => {
    const { scorer, model } = await sequenceModelFor();
    const openstack = readFileSync(join(FIXTURES, 'openstack_instances.log'), 'utf8').trim().split('\n');
    const response = await explainSequence(scorer, EMPTY_KNOWLEDGE, model, {
      lines: openstack.map((line) => ({ line })),
      focus: 0,
      session: 'openstack-instance',
    });
    expect(response.sequence.findings ?? []).toEqual([]);
    expect(response.reasoning.pattern.some((p) => p.kind === 'extra-event')).toBe(false);
  });
});

describe('buildReasoning', () => {
  const event = (number: number, message: string, component = 'svc'): ReasoningEvent => ({
    number,
    line: message,
    message,
    component,
    level: 'INFO',
    timestamp: null,
  });
  const result = (template: string, anomalous = false): LineResult => ({
    index: 0,
    verdict: anomalous ? 'anomaly' : 'normal',
    score: anomalous ? 0.9 : 0.1,
    domain: anomalous ? 'network' : 'application',
    domainScores: [],
    template: { id: template, text: `${template} <NUM>` },
    novel: false,
    truncated: false,
  });

  it('collapses repeats, words templates with their gloss and roots the cause at the earliest evidence', () => {
    const events = [
      event(1, 'start', 'boot'),
      event(2, 'tick'),
      event(3, 'tock'),
      event(4, 'tick'),
      event(5, 'connection refused', 'net'),
    ];
    const results = [result('start'), result('tick'), result('tock'), result('tick'), result('refused', true)];
    const knowledge = knowledgeFromTables({ refused: { gloss: 'A peer refused the connection' } }, undefined);
    const r = buildReasoning(events, results, null, knowledge);
    expect(r.eventWise.map((e) => e.label)).toEqual(['Event 1', 'Events 2–4', 'Event 5']);
    expect(r.eventWise[1].description).toBe('tick <NUM> (×2); tock <NUM> (×1)');
    expect(r.eventWise[2]).toMatchObject({
      description: expect.stringMatching(/^A peer refused the connection/),
      severity: 'error',
      change: 'becomes anomalous; component svc → net; domain application → network',
    });
    expect(r.stageWise.map((s) => [s.events, s.status])).toEqual([
      [[1, 2, 3, 4], 'normal'],
      [[5], 'anomalous'],
    ]);
    expect(r.summary).toMatchObject({ verdict: 'anomaly', domains: ['network'], affectedComponents: ['net'] });
    expect(r.summary.rootCause.events).toEqual([5]);
    expect(r.indicators.find((i) => i.kind === 'error-keyword')).toMatchObject({ events: [5] });
  });

  it('takes a sequence-model anomaly as the verdict even when every line is normal', () => {
    const events = [event(1, 'open'), event(2, 'close')];
    const results = [result('open'), result('close')];
    const r = buildReasoning(
      events,
      results,
      {
        score: 0.8,
        verdict: 'anomaly',
        findings: [{ kind: 'missing-event', events: [2], description: 'write is missing' }],
      },
      EMPTY_KNOWLEDGE
    );
    expect(r.summary.verdict).toBe('anomaly');
    expect(r.summary.rootCause.events).toEqual([2]);
    expect(r.pattern).toEqual([{ kind: 'missing-event', events: [2], description: 'write is missing' }]);
    expect(r.stageWise.map((s) => s.status)).toEqual(['normal', 'anomalous']);
  });

  it('refuses findings that cite events outside the sequence', () => {
    expect(() =>
      buildReasoning(
        [event(1, 'a')],
        [result('a')],
        { score: 0.9, verdict: 'anomaly', findings: [{ kind: 'burst', events: [2], description: 'x' }] },
        EMPTY_KNOWLEDGE
      )
    ).toThrow(/cites event 2 outside 1..1/);
  });
});

describe('explainSequence with the supervised session classifier', () => {
  it('words which counts or transitions drove the supervised verdict, in the pattern and the summary', async () => {
    const scorer = ruleScorer(hdfs, ANOMALY);
    const blocks = [...new Set(hdfs.map((l) => /blk_-?\d+/.exec(l)![0]))];
    const sessions = await Promise.all(
      blocks.map(async (b) => {
        const lines = hdfs.filter((l) => new RegExp(`${b}\\b`).test(l)).map((line) => ({ line }));
        return { key: b, templateIds: (await scorer.score(lines)).map((r) => r.template.id) };
      })
    );
    const normal = sessions.filter((s) => NORMAL_BLOCKS.includes(s.key));
    const anomalies = sessions.filter((s) => !NORMAL_BLOCKS.includes(s.key));
    const json = trainSequenceModel(normal, {
      anomalies,
      validation: sessions.map((s) => ({ ...s, anomalous: !NORMAL_BLOCKS.includes(s.key) })),
    });
    expect(json.supervised).not.toBeNull();
    const model = loadSequenceScorer(json);
    const focus = hdfs.findIndex((l) => l.includes(anomalies[0].key));
    const r = await explainSequence(scorer, STORAGE_KNOWLEDGE, model, { lines: hdfs.map((line) => ({ line })), focus });
    expect(r.sequence.verdict).toBe('anomaly');
    const driven = r.reasoning.pattern.filter((p) => p.description.startsWith('the session classifier: '));
    expect(driven.length).toBeGreaterThan(0);
    expect(driven[0].description).toMatch(
      /occurs \d+ times? \([>≤] [\d.]+\); [\d.]+ % → [\d.]+ % of labelled sessions anomalous/
    );
    expect(r.reasoning.summary.text).toMatch(/the session classifier's verdict rests on/);
    expect(reasoningProblems(r.reasoning, r.results.length, 'anomaly')).toEqual([]);
  });
});

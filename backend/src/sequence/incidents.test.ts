import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SequencesResponseSchema, type LineResult } from '../contract';
import { loadDetector } from '../engine/detector';
import { explainSequence, toEvents } from '../reasoning/explain';
import { knowledgeFromTables } from '../reasoning/knowledge';
import { acceptHostTypedArrays } from '../testing/tiny-bundle';
import { loadSequenceScorer } from './detector';
import { cutWindows, groupSequences, streamOf, timeOrder } from './group';
import { listIncidents } from './incidents';

const FIXTURES = join(__dirname, '../../../tests/fixtures/sequence');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8').trim().split('\n');

describe('groupSequences', () => {
  it('keys sessions, windows the unkeyed lines per stream and orders events by time', () => {
    const lines = [
      { line: 'b blk_1 end', timestamp: '3', labels: { app: 'hdfs' } },
      { line: 'a blk_1 start', timestamp: '1', labels: { app: 'hdfs' } },
      { line: 'x1', timestamp: '1', labels: { app: 'a' } },
      { line: 'y1', timestamp: '1', labels: { app: 'b' } },
      { line: 'x2', timestamp: '2', labels: { app: 'a' } },
      { line: 'x3', timestamp: '3', labels: { app: 'a' } },
    ];
    const groups = groupSequences(lines, 'auto', { lines: 2 });
    expect(groups).toEqual([
      { key: 'blk_1', keyType: 'hdfs-block', kind: 'session', stream: null, lineIndices: [1, 0] },
      { key: null, keyType: 'window', kind: 'window', stream: '{app="a"}', lineIndices: [2, 4] },
      { key: null, keyType: 'window', kind: 'window', stream: '{app="b"}', lineIndices: [3] },
      { key: null, keyType: 'window', kind: 'window', stream: '{app="a"}', lineIndices: [5] },
    ]);
    expect(groupSequences(lines, 'none', undefined).every((g) => g.kind === 'window')).toBe(true);
  });

  it('cuts time windows aligned on the first timestamp; undated lines join the line before', () => {
    const s = (n: number) => String(n * 1e9);
    const lines = [
      { line: 'a', timestamp: s(10) },
      { line: 'b' },
      { line: 'c', timestamp: s(14) },
      { line: 'd', timestamp: s(21) },
    ];
    expect(cutWindows(lines, [0, 1, 2, 3], { seconds: 5 })).toEqual([[0, 1, 2], [3]]);
    expect(cutWindows(lines, [0, 1, 2, 3], { seconds: 60 })).toEqual([[0, 1, 2, 3]]);
    // Request order when a line has no timestamp.
    expect(timeOrder(lines, [3, 0, 1])).toEqual([3, 0, 1]);
    expect(timeOrder(lines, [3, 0, 2])).toEqual([0, 2, 3]);
    expect(streamOf({ b: '2', a: '1' })).toBe('{a="1", b="2"}');
  });
});

describe('listIncidents', () => {
  const result = (index: number, id: string, score: number): LineResult => ({
    index,
    verdict: score >= 0.5 ? 'anomaly' : 'normal',
    score,
    domain: 'storage',
    domainScores: [{ domain: 'storage', score: 1 }],
    template: { id, text: id },
    novel: false,
    truncated: false,
  });

  it('ranks anomalous sequences first, names the root cause and honours limit and includeNormal', () => {
    const lines = ['blk_1 a', 'blk_2 a', 'blk_1 b', 'blk_2 boom', 'blk_3 a'].map((line) => ({ line }));
    const results = [
      result(0, 'a', 0.1),
      result(1, 'a', 0.1),
      result(2, 'b', 0.2),
      result(3, 'boom', 0.9),
      result(4, 'a', 0.6),
    ];
    const events = lines.map(() => ({ level: null, message: '' }));
    const r = listIncidents({ lines, limit: 1 }, results, events, null);
    expect(r.total).toEqual({ sequences: 3, anomalous: 2, sessions: 3, windows: 0 });
    expect(r.truncated).toBe(true);
    expect(r.sequences).toHaveLength(1);
    expect(r.sequences[0]).toMatchObject({
      key: 'blk_2',
      score: 0.9,
      detector: 'lines',
      rootCause: { index: 3, event: 2, template: { id: 'boom' } },
    });
    expect(r.sequences[0].summary).toMatch(/^hdfs-block blk_2: anomaly 0\.90 \(lines\), starts at event 2/);
    const all = listIncidents({ lines, includeNormal: true }, results, events, null);
    expect(all.sequences.map((s) => s.key)).toEqual(['blk_2', 'blk_3', 'blk_1']);
    expect(all.sequences[2]).toMatchObject({ verdict: 'normal', rootCause: null, consequences: [] });
  });
});

acceptHostTypedArrays();

describe('cold start with the shipped bundle (trained on BGL and HDFS, no OpenStack)', () => {
  it('a VM whose guest fails to start is an anomalous instance sequence rooted at the libvirt error', async () => {
    const failed = read('openstack_failed_spawn.log');
    const normal = read('openstack_instances.log');
    const posted = [...normal, ...failed].map((line) => ({ line }));
    const detector = await loadDetector(join(__dirname, '../../../models/default'), { device: 'cpu' });
    try {
      const results = await detector.score(posted);
      const scorer = loadSequenceScorer(detector.bundle.sequenceModel);
      const r = listIncidents({ lines: posted, includeNormal: true }, results, toEvents(posted), scorer);
      SequencesResponseSchema.parse({ model: detector.model, ...r });
      const vm = r.sequences.find((s) => s.key === '9a2c4e71-5b3d-4f0e-8c6a-1d2e3f4a5b6c')!;
      const errorAt = posted.findIndex((l) => l.line.includes('Failed to start libvirt guest'));
      expect(vm).toMatchObject({ keyType: 'openstack-instance', verdict: 'anomaly', detector: 'cold-start' });
      expect(vm.rootCause).toMatchObject({ index: errorAt, event: 10, level: 'ERROR' });
      // Destroy, delete files, deallocate network, terminate: all explained as consequences.
      expect(vm.consequences).toEqual(vm.lineIndices.slice(10));
      expect(vm.summary).toMatch(/starts at event 10, ERROR "\[instance: <UUID>\] Failed to start libvirt guest/);
      expect(vm.summary).toMatch(/6 later events follow from it/);
      expect(r.sequences[0]).toBe(vm);
      // The two real lifecycles of the sample (spawned and deleted normally) stay normal.
      for (const key of ['f7617d8e-8e84-4003-91ac-34b3eb1e8da9', 'e6eca027-7348-4ccc-9ff2-f46a3bb54edc']) {
        expect(r.sequences.find((s) => s.key === key)).toMatchObject({ verdict: 'normal' });
      }
    } finally {
      await detector.close();
    }
  });

  it('explain names the failure as root cause and the cleanup as its consequences; it explains a window too', async () => {
    const failed = read('openstack_failed_spawn.log');
    const detector = await loadDetector(join(__dirname, '../../../models/default'), { device: 'cpu' });
    try {
      const { bundle } = detector;
      const knowledge = knowledgeFromTables(bundle.knowledge.templates, bundle.knowledge.domains);
      const scorer = loadSequenceScorer(bundle.sequenceModel);
      const lines = failed.map((line) => ({ line }));
      const r = await explainSequence(detector, knowledge, scorer, { lines, focus: 0, session: 'auto' });
      expect(r.sequence).toMatchObject({ keyType: 'openstack-instance', verdict: 'anomaly' });
      expect(r.reasoning.summary.verdict).toBe('anomaly');
      expect(r.reasoning.summary.rootCause.events).toEqual([10]);
      expect(r.reasoning.summary.rootCause.description).toMatch(/Events 11–16 follow from it as its consequences/);
      expect(r.reasoning.pattern.map((p) => p.kind)).toEqual(expect.arrayContaining(['extra-event', 'order']));

      // The same lines without their key: a 16-line window around the focus line, judged by its lines.
      const bare = failed.map((l) => ({ line: l.replace(/ \[instance: [^\]]+\]/, '') }));
      const w = await explainSequence(detector, knowledge, scorer, {
        lines: bare,
        focus: 8,
        session: 'none',
        window: { lines: 100 },
      });
      expect(w.sequence).toMatchObject({ key: null, keyType: 'window', lineIndices: bare.map((_, i) => i) });
      expect(w.reasoning.eventWise.length).toBeGreaterThan(0);
    } finally {
      await detector.close();
    }
  });
});

import { hdfsBlockKey, openstackInstanceKey, parseSessionOption, regexKey, requestIdKey } from './keys';
import { binaryMetrics } from './metrics';
import { SequenceModel } from './model';
import { DEFAULT_SEQUENCE_WEIGHTS } from './schema';
import { selectSequence } from './select';
import { countBounds, trainSequenceModel } from './train';

describe('session keys', () => {
  it('extracts HDFS block ids, OpenStack instances and request ids', () => {
    expect(hdfsBlockKey('Receiving block blk_-1608999687919862906 src: /10.250.19.102:54106')).toBe(
      'blk_-1608999687919862906'
    );
    expect(openstackInstanceKey('[req-1 a b] [instance: 3EDEC1E4-9678-4a3a-a21b-a145a4ee5e61] Creating image')).toBe(
      '3edec1e4-9678-4a3a-a21b-a145a4ee5e61'
    );
    expect(requestIdKey('[req-e285b551-587f-4c1d-8eba-dceb2673637f 113d] x')).toBe(
      'req-e285b551-587f-4c1d-8eba-dceb2673637f'
    );
    expect(requestIdKey('level=info trace_id=abc123 msg=ok')).toBe('abc123');
    expect(regexKey('user=(\\w+)')('login user=bob ok')).toBe('bob');
    expect(regexKey('job-\\d+')('start job-42')).toBe('job-42');
    expect(hdfsBlockKey('no block here')).toBeNull();
  });

  it('parses --session values with precise errors', () => {
    expect(parseSessionOption('hdfs-block')).toBe('hdfs-block');
    expect(parseSessionOption('regex:id=(\\d+)')).toEqual({ regex: 'id=(\\d+)' });
    expect(parseSessionOption('label:pod')).toEqual({ label: 'pod' });
    expect(() => parseSessionOption('blocks')).toThrow(/--session must be one of/);
    expect(() => parseSessionOption('regex:(')).toThrow(/does not compile/);
  });

  it('runs session regexes on RE2: no backreferences or lookaround, and label keys are own properties', () => {
    // V8 accepts both; RE2 (linear time) refuses them, which is how a pattern that could backtrack is kept out.
    expect(() => regexKey('(a)\\1')).toThrow(/does not compile/);
    expect(() => regexKey('x(?=y)')).toThrow(/does not compile/);
    expect(regexKey('id=(\\d+)')(`${'x'.repeat(100_000)} id=7`)).toBeNull(); // beyond the searched prefix
    const line = { line: 'x', labels: { pod: 'a' } };
    for (const label of ['constructor', '__proto__', 'toString']) {
      expect(selectSequence([line], 0, { label }, undefined).keyType).toBe('window');
    }
  });
});

describe('selectSequence', () => {
  const lines = [
    { line: 'a blk_1 start', timestamp: '1000000000' },
    { line: 'b blk_2 start', timestamp: '2000000000' },
    { line: 'c blk_1 end', timestamp: '3000000000' },
    { line: 'plain line', timestamp: '9000000000' },
  ];

  it('groups the lines sharing the focus line key', () => {
    expect(selectSequence(lines, 2, 'auto', undefined)).toEqual({
      key: 'blk_1',
      keyType: 'hdfs-block',
      lineIndices: [0, 2],
      start: '1000000000',
      end: '3000000000',
    });
  });

  it('falls back to a window of lines or seconds when the focus line has no key', () => {
    expect(selectSequence(lines, 3, 'auto', { lines: 1 }).lineIndices).toEqual([2, 3]);
    expect(selectSequence(lines, 0, 'none', { seconds: 1 })).toMatchObject({ keyType: 'window', lineIndices: [0, 1] });
    expect(() => selectSequence(lines, 4, 'auto', undefined)).toThrow(/outside the 4 posted lines/);
  });

  it('uses stream labels as keys', () => {
    const labelled = [
      { line: 'x', labels: { pod: 'a' } },
      { line: 'y', labels: { pod: 'b' } },
      { line: 'z', labels: { pod: 'a' } },
    ];
    expect(selectSequence(labelled, 0, { label: 'pod' }, undefined)).toMatchObject({
      key: 'a',
      keyType: 'label:pod',
      lineIndices: [0, 2],
    });
  });
});

describe('sequence model', () => {
  const normal = Array.from({ length: 200 }, (_, i) => ({
    key: `s${i}`,
    templateIds: i % 10 === 0 ? ['open', 'write', 'write', 'close'] : ['open', 'write', 'close'],
  }));

  it('learns transitions, count bounds and precedences from normal sessions', () => {
    const json = trainSequenceModel(normal);
    expect(json.templates.map((t) => [t.id, t.low, t.high])).toEqual([
      ['close', 1, 1],
      ['open', 1, 1],
      ['write', 1, 2],
    ]);
    expect(json.transitions).toContainEqual(['^', 'open', 200]);
    expect(json.precedes).toContainEqual(['open', 'close']);
    expect(json.calibration.method).toBe('training-max');
    const model = SequenceModel.fromJSON(json);
    for (const s of normal) {
      expect(model.assess(s.templateIds).verdict).toBe('normal');
    }
  });

  it('reports never-seen templates, unexpected transitions, repetitions and missing events with event numbers', () => {
    const model = SequenceModel.fromJSON(trainSequenceModel(normal));
    const a = model.assess(['open', 'close', 'write', 'write', 'write', 'boom']);
    expect(a.verdict).toBe('anomaly');
    expect(a.score).toBeGreaterThan(0.5);
    const byKind = (k: string) => a.findings.filter((f) => f.kind === k);
    expect(byKind('extra-event')).toEqual([expect.objectContaining({ events: [6], templateId: 'boom' })]);
    expect(byKind('unexpected-transition').map((f) => f.events)).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(byKind('unusual-repetition')).toEqual([expect.objectContaining({ events: [3, 4, 5] })]);

    const missing = model.assess(['open', 'close']);
    expect(missing.findings).toContainEqual(
      expect.objectContaining({ kind: 'missing-event', templateId: 'write', events: [2] })
    );
    // Open-ended: a session that simply has not reached its later events is not flagged.
    expect(model.assess(['open']).findings.filter((f) => f.kind === 'missing-event')).toEqual([]);
  });

  it('calibrates the threshold on labelled validation sessions', () => {
    const validation = [
      ...normal.slice(0, 20).map((s) => ({ ...s, anomalous: false })),
      { key: 'bad1', templateIds: ['open', 'boom', 'close'], anomalous: true },
      { key: 'bad2', templateIds: ['open', 'close', 'close'], anomalous: true },
    ];
    const json = trainSequenceModel(normal, { validation });
    expect(json.calibration).toMatchObject({ method: 'validation-f1', validation: { f1: 1, anomalies: 2 } });
    const model = SequenceModel.fromJSON(json);
    expect(model.assess(['open', 'close', 'close']).verdict).toBe('anomaly');
    expect(model.calibrate(json.calibration.threshold)).toBeCloseTo(0.5);
  });

  it('rejects invalid input and invalid JSON with precise messages', () => {
    expect(() => trainSequenceModel([])).toThrow(/at least one normal session/);
    expect(() => trainSequenceModel([{ key: 'a', templateIds: [] }])).toThrow(/at least one event/);
    const json = trainSequenceModel(normal);
    expect(() => SequenceModel.fromJSON({ ...json, version: 4 })).toThrow(
      /invalid sequence model[\s\S]*unsupported sequence model version; this build reads 1, 2, 3[\s\S]*version/
    );
    expect(() => SequenceModel.fromJSON({ ...json, weightsFit: { method: 'guess' } })).toThrow(/weightsFit\.method/);
    expect(() => SequenceModel.fromJSON({ ...json, transitions: [['ghost', '$', 1]] })).toThrow(
      /unknown template id "ghost"/
    );
    expect(SequenceModel.fromJSON(JSON.parse(JSON.stringify(json))).toJSON()).toEqual(json);
  });

  it('loads a version-1 file and scores it as before: never-seen templates all weigh novelTemplate', () => {
    const { weightsFit: _fit, supervised: _tree, combination: _how, ...current } = trainSequenceModel(normal);
    const { novelQuietTemplate: _quiet, ...v1Weights } = current.weights;
    const v1 = { ...current, version: 1, weights: v1Weights };
    const model = SequenceModel.fromJSON(v1);
    expect(model.weights.novelQuietTemplate).toBe(v1Weights.novelTemplate);
    const quiet = model.assess(['open', 'rebalance', 'write', 'close'], undefined, () => 'rebalance started');
    expect(quiet.findings.find((f) => f.templateId === 'rebalance')?.weight).toBe(v1Weights.novelTemplate);
    // A version-1 file cannot carry the fields version 2 added.
    expect(() => SequenceModel.fromJSON({ ...v1, weightsFit: null })).toThrow(/version 1 has no novelQuietTemplate/);
  });

  it('weighs a never-seen template by its failure vocabulary when its text is known', () => {
    const model = SequenceModel.fromJSON(trainSequenceModel(normal));
    const text = (id: string) =>
      ({ replicate: 'ask <IP> to replicate blk_<BLK>', crash: 'writeBlock received exception IOException' })[id];
    const a = model.assess(['open', 'replicate', 'crash', 'write', 'close'], undefined, text);
    const novel = (id: string) => a.findings.find((f) => f.templateId === id && f.kind === 'extra-event');
    expect(novel('replicate')).toMatchObject({ cause: 'novelQuietTemplate', weight: 1.5 });
    expect(novel('replicate')?.description).toMatch(/no failure words/);
    expect(novel('crash')).toMatchObject({ cause: 'novelTemplate', weight: 3 });
    expect(novel('crash')?.description).toMatch(/speaks of exception/);
    // Unknown text: harsh, as before.
    expect(model.assess(['open', 'replicate', 'write', 'close']).findings[0]).toMatchObject({ cause: 'novelTemplate' });
  });

  it('learns finding weights from labelled anomalous sessions and records how', () => {
    const anomalies = Array.from({ length: 30 }, (_, i) => ({
      key: `a${i}`,
      // Repetitions mark every anomaly here; nothing else does.
      templateIds: ['open', 'write', 'write', 'write', 'write', 'close'],
    }));
    const validation = [
      ...normal.slice(0, 40).map((s) => ({ ...s, anomalous: false })),
      ...anomalies.slice(0, 5).map((s) => ({ ...s, anomalous: true })),
    ];
    const json = trainSequenceModel(normal, { anomalies, validation });
    expect(json.version).toBe(3);
    expect(json.weightsFit).toEqual({ method: 'logistic-map', folds: 5, normal: 200, anomalies: 30, priorSd: 1 });
    expect(json.weights.countAboveHigh).toBeGreaterThan(DEFAULT_SEQUENCE_WEIGHTS.countAboveHigh);
    for (const w of Object.values(json.weights)) {
      expect(w).toBeGreaterThanOrEqual(0);
    }
    expect(json.calibration).toMatchObject({ method: 'validation-f1', scale: 1, validation: { f1: 1 } });
    const model = SequenceModel.fromJSON(json);
    expect(model.assess(anomalies[0].templateIds).verdict).toBe('anomaly');
    expect(model.assess(normal[1].templateIds).verdict).toBe('normal');
    // Weights given by the caller are kept as given.
    expect(trainSequenceModel(normal, { anomalies, weights: { rareTemplate: 2 } })).toMatchObject({
      weights: { rareTemplate: 2, countAboveHigh: 1 },
      weightsFit: null,
    });
  });

  it('computes nearest-rank count bounds including absent sessions', () => {
    expect(countBounds([1, 1, 1], 4, 0.25)).toEqual([0, 1]);
    expect(countBounds([3, 3, 3, 9], 4, 0)).toEqual([3, 9]);
  });
});

describe('binaryMetrics', () => {
  it('computes precision, recall and F1', () => {
    const m = binaryMetrics([
      { predicted: true, actual: true },
      { predicted: true, actual: false },
      { predicted: false, actual: true },
      { predicted: false, actual: false },
    ]);
    expect(m).toMatchObject({ tp: 1, fp: 1, fn: 1, tn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CombinedSequenceModel, loadSequenceScorer } from './detector';
import { SequenceModel } from './model';
import { featuresOf, featurize, fitSessionTree, SessionTree } from './supervised';
import { trainSequenceModel } from './train';

/** Normal: open, write×1–2, close. Anomalous: a write acknowledged twice (a conjunction the counts show). */
const normal = Array.from({ length: 300 }, (_, i) => ({
  key: `n${i}`,
  templateIds: i % 7 === 0 ? ['open', 'write', 'write', 'ack', 'close'] : ['open', 'write', 'ack', 'close'],
}));
const anomalies = Array.from({ length: 40 }, (_, i) => ({
  key: `a${i}`,
  templateIds: i % 2 ? ['open', 'write', 'ack', 'ack', 'close'] : ['open', 'write', 'close'],
}));
const validation = [
  ...normal.slice(0, 60).map((s) => ({ ...s, anomalous: false })),
  ...anomalies.slice(0, 10).map((s) => ({ ...s, anomalous: true })),
];

describe('session decision tree', () => {
  it('counts events and transitions, including the session start and end', () => {
    const features = featuresOf([{ templateIds: ['a', 'b', 'b'], anomalous: false }]);
    expect(features).toEqual([
      { kind: 'count', template: 'a' },
      { kind: 'count', template: 'b' },
      { kind: 'transition', from: '^', to: 'a' },
      { kind: 'transition', from: 'a', to: 'b' },
      { kind: 'transition', from: 'b', to: '$' },
      { kind: 'transition', from: 'b', to: 'b' },
      { kind: 'unseen-templates' },
      { kind: 'length' },
    ]);
    expect([...featurize(features, ['a', 'b', 'b', 'zzz'])]).toEqual([1, 2, 1, 1, 0, 1, 1, 4]);
  });

  it('separates the classes and reports the decision path', () => {
    const json = fitSessionTree([
      ...normal.map((s) => ({ templateIds: s.templateIds, anomalous: false })),
      ...anomalies.map((s) => ({ templateIds: s.templateIds, anomalous: true })),
    ]);
    expect(json.fitted).toEqual({ normal: 300, anomalies: 40 });
    const tree = SessionTree.fromJSON(JSON.parse(JSON.stringify(json)));
    for (const s of normal) {
      expect(tree.classify(s.templateIds).probability).toBeLessThan(0.5);
    }
    const doubled = tree.classify(['open', 'write', 'ack', 'ack', 'close']);
    expect(doubled.probability).toBeGreaterThan(0.5);
    expect(doubled.path.length).toBeGreaterThan(0);
    expect(() =>
      SessionTree.fromJSON({
        ...json,
        nodes: [{ feature: 99, threshold: 0, left: 1, right: 2, anomalies: 0, sessions: 1 }],
      })
    ).toThrow(/no feature 99[\s\S]*must point to a later node/);
    expect(() => fitSessionTree([])).toThrow(/at least one labelled session/);
  });
});

describe('sequence model with the supervised classifier', () => {
  it('stores the tree and the combination chosen on validation in sequence.json version 3', () => {
    const json = trainSequenceModel(normal, { anomalies, validation });
    expect(json.version).toBe(3);
    expect(json.supervised?.method).toBe('cart-gini');
    expect(json.combination?.validation).toMatchObject({ sessions: 70, anomalies: 10 });
    expect(json.combination?.validation.candidates.map((c) => c.mode)).toEqual([
      'either',
      'supervised',
      'semi-supervised',
      'both',
    ]);
    // Round trip through JSON, as the bundle stores it.
    const scorer = loadSequenceScorer(JSON.parse(JSON.stringify(json)));
    expect(scorer).toBeInstanceOf(CombinedSequenceModel);
    expect(trainSequenceModel(normal, { anomalies, validation, supervised: false })).toMatchObject({
      supervised: null,
      combination: null,
    });
    expect(() => SequenceModel.fromJSON({ ...json, combination: null })).toThrow(
      /supervised and combination go together/
    );
  });

  it('explains a supervised verdict by the counts and transitions on its decision path', () => {
    const json = trainSequenceModel(normal, { anomalies, validation });
    const scorer = loadSequenceScorer(json);
    const a = scorer.assess(['open', 'write', 'ack', 'ack', 'close']);
    expect(a.verdict).toBe('anomaly');
    expect(['supervised', 'combined']).toContain(a.detector);
    expect(a.drivers!.length).toBeGreaterThan(0);
    expect(a.drivers!.join('; ')).toMatch(/"ack" occurs 2 times \(> 1\.5\)|"ack" → "ack" occurs 1 time/);
    const cited = a.findings.filter((f) => f.cause === 'classifier');
    expect(cited.length).toBe(a.drivers!.length);
    for (const f of cited) {
      expect(f.events.every((e) => e >= 1 && e <= 5)).toBe(true);
    }
    expect(scorer.assess(normal[1].templateIds)).toMatchObject({ verdict: 'normal', drivers: [] });
  });

  it('a version-2 sequence.json (the bundle shipped before the classifier) still loads as the normal-behaviour model alone', () => {
    const shipped = JSON.parse(
      readFileSync(join(__dirname, '../../../tests/fixtures/sequence/sequence-v2.json'), 'utf8')
    );
    expect(shipped.version).toBe(2);
    const scorer = loadSequenceScorer(shipped);
    expect(scorer).toBeInstanceOf(SequenceModel);
  });
});

import type { DomainId, LineResult } from '../contract';
import type { LabelledLine } from './data';
import { evaluateDetector, ratios, tally } from './evaluate';

function result(index: number, verdict: 'anomaly' | 'normal', domain: DomainId, novel = false): LineResult {
  return {
    index,
    verdict,
    score: verdict === 'anomaly' ? 0.9 : 0.1,
    domain,
    domainScores: [{ domain, score: 1 }],
    template: { id: `t${index}`, text: 't' },
    novel,
    truncated: false,
  };
}

// Hand case: 6 lines.
//   0 anomaly  predicted anomaly  memory   novel   APPREAD   → tp
//   1 anomaly  predicted normal   memory           APPREAD   → fn
//   2 normal   predicted anomaly  network  novel             → fp
//   3 normal   predicted normal   network                    → tn
//   4 normal   predicted normal   memory                     → tn
//   5 anomaly  predicted anomaly  network          KERNDTLB  → tp
const DATA: LabelledLine[] = [
  { line: 'a', label: 1, category: 'APPREAD' },
  { line: 'b', label: 1, category: 'APPREAD' },
  { line: 'c', label: 0 },
  { line: 'd', label: 0 },
  { line: 'e', label: 0 },
  { line: 'f', label: 1, category: 'KERNDTLB' },
];
const RESULTS: LineResult[] = [
  result(0, 'anomaly', 'memory', true),
  result(1, 'normal', 'memory'),
  result(2, 'anomaly', 'network', true),
  result(3, 'normal', 'network'),
  result(4, 'normal', 'memory'),
  result(5, 'anomaly', 'network'),
];

describe('ratios', () => {
  it('computes precision, recall, F1 and accuracy, 0 where undefined', () => {
    expect(ratios({ tp: 2, fp: 1, fn: 1, tn: 2 })).toEqual({
      precision: 2 / 3,
      recall: 2 / 3,
      f1: expect.closeTo(2 / 3, 12),
      accuracy: 4 / 6,
    });
    expect(ratios({ tp: 0, fp: 0, fn: 0, tn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0 });
    expect(ratios({ tp: 0, fp: 0, fn: 3, tn: 1 })).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0.25 });
  });
});

describe('tally', () => {
  it('tallies a hand case: overall, unseen templates, per domain, per category', () => {
    const r = tally(DATA, RESULTS, 'top1', 0.5);
    expect(r).toMatchObject({ lines: 6, anomalies: 3, precision: 2 / 3, recall: 2 / 3, accuracy: 4 / 6 });
    expect(r.f1).toBeCloseTo(2 / 3, 12);
    expect(r.unseenTemplates).toEqual({ lines: 2, anomalies: 1, recall: 1, precision: 0.5 });
    expect(r.perDomain).toEqual([
      {
        domain: 'memory',
        lines: 3,
        anomalies: 2,
        flagged: 1,
        precision: 1,
        recall: 0.5,
        f1: expect.closeTo(2 / 3, 12),
      },
      {
        domain: 'network',
        lines: 3,
        anomalies: 1,
        flagged: 2,
        precision: 0.5,
        recall: 1,
        f1: expect.closeTo(2 / 3, 12),
      },
    ]);
    expect(r.perCategory).toEqual([
      { category: 'APPREAD', lines: 2, recall: 0.5 },
      { category: 'KERNDTLB', lines: 1, recall: 1 },
    ]);
    expect(r.linesPerSecond).toBe(12);
    expect(r.combine).toBe('top1');
    expect(tally(DATA, RESULTS, 'soft', 0).linesPerSecond).toBe(0);
  });
});

describe('evaluateDetector', () => {
  it('scores in batches, in order, and tallies', async () => {
    const calls: number[] = [];
    const detector = {
      score: async (lines: ReadonlyArray<{ line: string }>, opts?: { combine?: 'top1' | 'soft' }) => {
        expect(opts).toEqual({ combine: 'soft' });
        const offset = calls.reduce((a, b) => a + b, 0);
        calls.push(lines.length);
        return lines.map((_, i) => ({ ...RESULTS[offset + i]!, index: i }));
      },
    };
    const r = await evaluateDetector(detector, DATA, { combine: 'soft', batchSize: 4 });
    expect(calls).toEqual([4, 2]);
    expect(r).toMatchObject({ lines: 6, anomalies: 3, precision: 2 / 3, recall: 2 / 3, combine: 'soft' });
  });

  it('refuses unlabelled lines up front', async () => {
    const detector = { score: jest.fn() };
    await expect(evaluateDetector(detector, [...DATA, { line: 'g', label: null }])).rejects.toThrow(
      'line 7 of the evaluation data has no label'
    );
    expect(detector.score).not.toHaveBeenCalled();
  });
});

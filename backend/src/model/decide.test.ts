import { decide, domainAnomalyProbability, type DecisionTable } from './decide';
import { applyPlatt } from './calibrate';

const TABLE: DecisionTable = {
  domains: [
    { id: 'memory', type: 'pure-anomaly', platt: null, threshold: 0.5, prior: 0.95 },
    { id: 'network', type: 'pure-normal', platt: null, threshold: 0.5, prior: 0.02 },
    { id: 'storage', type: 'mixed', platt: { a: 2, b: -1 }, threshold: 0.6, prior: 0.4 },
    { id: 'kernel', type: 'mixed', platt: { a: 1, b: 0 }, threshold: 0.3, prior: 0.5 },
  ],
  softThreshold: 0.5,
  quietNovelPrior: null,
};

describe('decide (top1, FAME)', () => {
  it('decides a pure-anomaly domain by routing alone, whatever its expert says', () => {
    const d = decide(TABLE, [0.7, 0.1, 0.1, 0.1], [0.01, 0.9, 0.9, 0.9], 'top1');
    expect(d).toMatchObject({ verdict: 'anomaly', domain: 'memory', score: 0.95 });
  });

  it('decides a pure-normal domain by routing alone', () => {
    const d = decide(TABLE, [0.1, 0.7, 0.1, 0.1], [0.99, 0.99, 0.99, 0.99], 'top1');
    expect(d).toMatchObject({ verdict: 'normal', domain: 'network', score: 0.02 });
  });

  it('decides a mixed domain by its calibrated expert against its own threshold', () => {
    const router = [0.1, 0.1, 0.7, 0.1];
    // storage: calibrated = sigmoid(2·logit(p) - 1); threshold 0.6.
    const high = decide(TABLE, router, [0, 0, 0.8, 0], 'top1');
    expect(high.verdict).toBe('anomaly');
    expect(high.domain).toBe('storage');
    expect(high.score).toBeCloseTo(applyPlatt({ a: 2, b: -1 }, 0.8), 12);
    const low = decide(TABLE, router, [0.99, 0.99, 0.6, 0.99], 'top1');
    expect(applyPlatt({ a: 2, b: -1 }, 0.6)).toBeLessThan(0.6);
    expect(low.verdict).toBe('normal');
    // Exactly at the threshold counts as an anomaly.
    const atScore = applyPlatt({ a: 1, b: 0 }, 0.25);
    const at = decide(
      { ...TABLE, domains: TABLE.domains.map((d) => (d.id === 'kernel' ? { ...d, threshold: atScore } : d)) },
      [0, 0, 0, 1],
      [0, 0, 0, 0.25],
      'top1'
    );
    expect(at).toMatchObject({ domain: 'kernel', score: atScore, verdict: 'anomaly' });
  });

  it('uses the prior of a mixed domain without calibration', () => {
    expect(
      domainAnomalyProbability({ id: 'kernel', type: 'mixed', platt: null, threshold: 0.5, prior: 0.3 }, 0.9)
    ).toBe(0.3);
  });

  it('breaks routing ties towards the first domain', () => {
    expect(decide(TABLE, [0.25, 0.25, 0.25, 0.25], [0, 0, 0, 0], 'top1').domain).toBe('memory');
  });
});

describe('decide (soft, LogMoE)', () => {
  it('mixes the domains by router weight and compares with the soft threshold', () => {
    const router = [0.2, 0.3, 0.4, 0.1];
    const expert = [0.5, 0.5, 0.9, 0.2];
    const expected =
      0.2 * 0.95 + 0.3 * 0.02 + 0.4 * applyPlatt({ a: 2, b: -1 }, 0.9) + 0.1 * applyPlatt({ a: 1, b: 0 }, 0.2);
    const d = decide(TABLE, router, expert, 'soft');
    expect(d.score).toBeCloseTo(expected, 6);
    expect(d.domain).toBe('storage');
    expect(d.verdict).toBe(expected >= 0.5 ? 'anomaly' : 'normal');
    expect(decide({ ...TABLE, softThreshold: expected + 0.01 }, router, expert, 'soft').verdict).toBe('normal');
    expect(decide({ ...TABLE, softThreshold: expected - 0.01 }, router, expert, 'soft').verdict).toBe('anomaly');
  });

  it('can disagree with top1: a line routed to a pure-normal domain with strong anomalous neighbours', () => {
    const router = [0.45, 0.55, 0, 0];
    expect(decide(TABLE, router, [0, 0, 0, 0], 'top1').verdict).toBe('normal');
    const soft = decide({ ...TABLE, softThreshold: 0.4 }, router, [0, 0, 0, 0], 'soft');
    expect(soft.score).toBeCloseTo(0.45 * 0.95 + 0.55 * 0.02, 6);
    expect(soft.verdict).toBe('anomaly');
  });
});

describe('decide (quiet novel lines)', () => {
  const router = [0.9, 0.05, 0.05, 0];
  const expert = [0.99, 0, 0, 0];

  it("scores a quiet novel line by the table's prior instead of the network, keeping its routing", () => {
    const quiet = decide({ ...TABLE, quietNovelPrior: 0.02 }, router, expert, 'top1', true);
    expect(quiet).toMatchObject({ verdict: 'normal', score: 0.02, domain: 'memory' });
    expect(quiet.domainScores).toEqual(decide(TABLE, router, expert, 'top1').domainScores);
    expect(decide({ ...TABLE, quietNovelPrior: 0.7 }, router, expert, 'soft', true)).toMatchObject({
      verdict: 'anomaly',
      score: 0.7,
    });
  });

  it('leaves the network to decide without a prior (older bundles) or for lines that are not quiet novel', () => {
    const network = decide(TABLE, router, expert, 'top1');
    expect(network.verdict).toBe('anomaly');
    expect(decide(TABLE, router, expert, 'top1', true)).toEqual(network);
    expect(decide({ ...TABLE, quietNovelPrior: 0.02 }, router, expert, 'top1', false)).toEqual(network);
  });
});

describe('domainScores', () => {
  it('are the top 3 router probabilities, sorted, ties by domain id', () => {
    const d = decide(TABLE, [0.1, 0.2, 0.4, 0.3], [0, 0, 0, 0], 'top1');
    expect(d.domainScores).toEqual([
      { domain: 'storage', score: expect.closeTo(0.4, 9) },
      { domain: 'kernel', score: expect.closeTo(0.3, 9) },
      { domain: 'network', score: expect.closeTo(0.2, 9) },
    ]);
    const tied = decide(TABLE, [0.25, 0.25, 0.25, 0.25], [0, 0, 0, 0], 'soft');
    expect(tied.domainScores.map((s) => s.domain)).toEqual(['kernel', 'memory', 'network']);
  });

  it('are clamped to [0, 1] and fewer than 3 with fewer domains', () => {
    const two: DecisionTable = { domains: TABLE.domains.slice(0, 2), softThreshold: 0.5, quietNovelPrior: null };
    const d = decide(two, [1.0000001, -1e-9], [0, 0], 'top1');
    expect(d.domainScores).toEqual([
      { domain: 'memory', score: 1 },
      { domain: 'network', score: 0 },
    ]);
  });

  it('equal the sorted top 3 (score, then id) of the selection loop on random and tied routers', () => {
    let seed = 7;
    const random = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let i = 0; i < 500; i++) {
      // Coarse values make ties frequent; some fall outside [0, 1] and are clamped.
      const router = TABLE.domains.map(() => Math.round(random() * 6) / 4 - 0.25);
      const expected = TABLE.domains
        .map((dom, k) => ({ domain: dom.id, score: Math.min(1, Math.max(0, router[k]!)) }))
        .sort((a, b) => b.score - a.score || a.domain.localeCompare(b.domain))
        .slice(0, 3);
      expect(decide(TABLE, router, [0, 0, 0, 0], i % 2 ? 'soft' : 'top1').domainScores).toEqual(expected);
    }
  });
});

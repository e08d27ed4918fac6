import { forward, type Bag } from './network';
import { fitNetwork, type FitOptions, type TrainingSample } from './network-fit';
import { createRng } from './rng';

/**
 * A separable toy problem: 3 domains, each with its own feature ids 10d+1..10d+4 (routing), and an "anomaly"
 * feature per domain (id 100+d) present only on anomalous lines (the expert's job). A shared noise feature
 * (id 200..219) is on every line.
 */
function toy(): TrainingSample[] {
  const rng = createRng(3);
  const out: TrainingSample[] = [];
  for (let i = 0; i < 240; i++) {
    const domain = i % 3;
    const label = (Math.floor(i / 3) % 2) as 0 | 1;
    const ids = [10 * domain + 1 + Math.floor(rng() * 4), 200 + Math.floor(rng() * 20)];
    if (label === 1) {
      ids.push(100 + domain);
    }
    out.push({ ids: Int32Array.from(ids), weights: new Float32Array(ids.length).fill(1 / ids.length), domain, label });
  }
  return out;
}

const OPTIONS: FitOptions = {
  buckets: 256,
  dim: 8,
  domains: 3,
  epochs: 30,
  batchSize: 16,
  lr: 0.05,
  weightDecay: 0,
  expertWeight: 1,
  seed: 11,
};

const argmax = (v: ArrayLike<number>) => Array.from(v).indexOf(Math.max(...Array.from(v)));

describe('fitNetwork', () => {
  const samples = toy();

  it('learns a separable toy problem: router and expert accuracy 1', () => {
    const { params, history } = fitNetwork(samples, OPTIONS);
    let routed = 0;
    let expert = 0;
    for (const s of samples) {
      const out = forward(params, s);
      routed += argmax(out.router) === s.domain ? 1 : 0;
      expert += (out.expert[s.domain]! >= 0.5 ? 1 : 0) === s.label ? 1 : 0;
    }
    expect(routed / samples.length).toBe(1);
    expect(expert / samples.length).toBe(1);
    expect(history).toHaveLength(OPTIONS.epochs);
    expect(history.at(-1)!.routerLoss).toBeLessThan(history[0]!.routerLoss);
    expect(history.at(-1)!.expertLoss).toBeLessThan(history[0]!.expertLoss);
    // Padding row 0 is never touched.
    expect(params.embedding.subarray(0, OPTIONS.dim).every((v) => v === 0)).toBe(true);
  });

  it('is reproducible from its seed', () => {
    const a = fitNetwork(samples, { ...OPTIONS, epochs: 3 }).params;
    const b = fitNetwork(samples, { ...OPTIONS, epochs: 3 }).params;
    const c = fitNetwork(samples, { ...OPTIONS, epochs: 3, seed: 12 }).params;
    for (const key of ['embedding', 'routerW', 'routerB', 'expertW', 'expertB'] as const) {
      expect(Buffer.from(a[key].buffer).equals(Buffer.from(b[key].buffer))).toBe(true);
    }
    expect(Buffer.from(a.routerW.buffer).equals(Buffer.from(c.routerW.buffer))).toBe(false);
    expect(Buffer.from(a.embedding.buffer).equals(Buffer.from(c.embedding.buffer))).toBe(false);
  });

  it('trains the router only on unlabelled lines', () => {
    const unlabelled = samples.map((s) => ({ ...s, label: null }));
    const { params, history } = fitNetwork(unlabelled, { ...OPTIONS, epochs: 2 });
    expect(history.every((h) => h.expertLoss === 0)).toBe(true);
    // Expert biases got no gradient.
    expect(Array.from(params.expertB)).toEqual([0, 0, 0]);
  });

  it('refuses an empty training set', () => {
    expect(() => fitNetwork([], OPTIONS)).toThrow(/no training samples/);
  });

  it('the embedding bag of an empty line is zero (router = softmax of the bias)', () => {
    const { params } = fitNetwork(samples, { ...OPTIONS, epochs: 1 });
    const empty: Bag = { ids: new Int32Array(0), weights: new Float32Array(0) };
    const out = forward(params, empty);
    expect(Array.from(out.hidden).every((v) => v === 0)).toBe(true);
    const e = Array.from(params.routerB).map(Math.exp);
    const sum = e.reduce((a, b) => a + b, 0);
    out.router.forEach((p, d) => expect(p).toBeCloseTo(e[d]! / sum, 6));
  });
});

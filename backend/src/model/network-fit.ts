/**
 * Trains the router and experts jointly: softmax cross-entropy of the router against the line's failure domain,
 * plus the binary cross-entropy of that domain's expert against the line's label (only the true domain's expert
 * sees a line, as in FAME where a line reaches one expert). Mini-batch Adam, lazy on the embedding table.
 */
import { AdamState, type AdamOptions } from './adam';
import { embedBag, initNetwork, sigmoid, softmaxInPlace, type Bag, type NetworkParams } from './network';
import { createRng, shuffle } from './rng';

export interface TrainingSample extends Bag {
  /** Index into the bundle's domain list. */
  domain: number;
  /** 1 = anomaly, 0 = normal, null = unlabelled (teaches the router only). */
  label: 0 | 1 | null;
}

export interface FitOptions {
  buckets: number;
  dim: number;
  domains: number;
  epochs: number;
  batchSize: number;
  lr: number;
  weightDecay: number;
  /** Weight of the expert loss relative to the router loss. */
  expertWeight: number;
  seed: number;
}

export const DEFAULT_FIT: Omit<FitOptions, 'buckets' | 'domains'> = Object.freeze({
  dim: 32,
  epochs: 12,
  batchSize: 32,
  lr: 0.02,
  weightDecay: 0,
  expertWeight: 1,
  seed: 42,
});

export interface EpochStats {
  epoch: number;
  routerLoss: number;
  expertLoss: number;
}

export function fitNetwork(
  samples: readonly TrainingSample[],
  options: FitOptions,
  onEpoch?: (stats: EpochStats) => void
): { params: NetworkParams; history: EpochStats[] } {
  if (samples.length === 0) {
    throw new Error('no training samples');
  }
  const { dim, domains: m } = options;
  const params = initNetwork({ buckets: options.buckets, dim, domains: m }, options.seed);
  const rng = createRng(options.seed ^ 0x9e3779b9);
  const adamOpts: AdamOptions = { lr: options.lr, weightDecay: options.weightDecay };
  const state = {
    embedding: new AdamState(params.embedding.length),
    routerW: new AdamState(params.routerW.length),
    routerB: new AdamState(m),
    expertW: new AdamState(params.expertW.length),
    expertB: new AdamState(m),
  };
  const grad = {
    embedding: new Float32Array(params.embedding.length),
    routerW: new Float32Array(params.routerW.length),
    routerB: new Float32Array(m),
    expertW: new Float32Array(params.expertW.length),
    expertB: new Float32Array(m),
  };
  const hidden = new Float32Array(dim);
  const dHidden = new Float32Array(dim);
  const logits = new Float32Array(m);
  const touched = new Set<number>();
  const order = samples.map((_, i) => i);
  const history: EpochStats[] = [];
  let step = 0;

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, rng);
    let routerLoss = 0;
    let expertLoss = 0;
    for (let start = 0; start < order.length; start += options.batchSize) {
      const batch = order.slice(start, start + options.batchSize);
      const scale = 1 / batch.length;
      for (const index of batch) {
        const s = samples[index]!;
        embedBag(params, s, hidden);
        // Router: dL/dz = softmax(z) - onehot(domain).
        for (let d = 0; d < m; d++) {
          let z = params.routerB[d]!;
          for (let k = 0; k < dim; k++) {
            z += hidden[k]! * params.routerW[k * m + d]!;
          }
          logits[d] = z;
        }
        softmaxInPlace(logits);
        routerLoss -= Math.log(Math.max(logits[s.domain]!, 1e-12));
        logits[s.domain]! -= 1;
        // Expert of the true domain: dL/du = sigmoid(u) - y.
        let du = 0;
        if (s.label !== null) {
          let u = params.expertB[s.domain]!;
          for (let k = 0; k < dim; k++) {
            u += hidden[k]! * params.expertW[k * m + s.domain]!;
          }
          const q = sigmoid(u);
          expertLoss -= s.label === 1 ? Math.log(Math.max(q, 1e-12)) : Math.log(Math.max(1 - q, 1e-12));
          du = (q - s.label) * options.expertWeight;
        }

        for (let k = 0; k < dim; k++) {
          const hk = hidden[k]! * scale;
          let dh = params.expertW[k * m + s.domain]! * du;
          for (let d = 0; d < m; d++) {
            grad.routerW[k * m + d]! += hk * logits[d]!;
            dh += params.routerW[k * m + d]! * logits[d]!;
          }
          grad.expertW[k * m + s.domain]! += hk * du;
          dHidden[k] = dh * scale;
        }
        for (let d = 0; d < m; d++) {
          grad.routerB[d]! += logits[d]! * scale;
        }
        grad.expertB[s.domain]! += du * scale;
        for (let j = 0; j < s.ids.length; j++) {
          const id = s.ids[j]!;
          const w = s.weights[j]!;
          touched.add(id);
          const row = id * dim;
          for (let k = 0; k < dim; k++) {
            grad.embedding[row + k]! += dHidden[k]! * w;
          }
        }
      }
      step += 1;
      state.routerW.update(params.routerW, grad.routerW, step, adamOpts);
      state.routerB.update(params.routerB, grad.routerB, step, adamOpts);
      state.expertW.update(params.expertW, grad.expertW, step, adamOpts);
      state.expertB.update(params.expertB, grad.expertB, step, adamOpts);
      for (const id of touched) {
        state.embedding.update(params.embedding, grad.embedding, step, adamOpts, id * dim, dim);
        grad.embedding.fill(0, id * dim, id * dim + dim);
      }
      touched.clear();
      grad.routerW.fill(0);
      grad.routerB.fill(0);
      grad.expertW.fill(0);
      grad.expertB.fill(0);
    }
    const stats = { epoch, routerLoss: routerLoss / samples.length, expertLoss: expertLoss / samples.length };
    history.push(stats);
    onEpoch?.(stats);
  }
  return { params, history };
}

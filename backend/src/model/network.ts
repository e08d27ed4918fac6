/**
 * The router + experts network as plain arrays: an embedding bag (mean of the rows of a line's hashed features)
 * feeding a softmax router over the domains and one sigmoid expert per domain. The same arithmetic is exported to
 * ONNX (onnx/export.ts); this TypeScript forward pass trains it and checks the exported graph.
 */
import { createRng, gaussian } from './rng';

export interface NetworkShape {
  buckets: number;
  dim: number;
  domains: number;
}

export interface NetworkParams extends NetworkShape {
  /** [buckets, dim], row-major; row 0 is padding and stays zero. */
  embedding: Float32Array;
  /** [dim, domains] */
  routerW: Float32Array;
  routerB: Float32Array;
  /** [dim, domains]: column d is the expert of domain d. */
  expertW: Float32Array;
  expertB: Float32Array;
}

export interface ForwardResult {
  hidden: Float32Array;
  router: Float32Array;
  expert: Float32Array;
}

export function initNetwork(shape: NetworkShape, seed: number): NetworkParams {
  const rng = createRng(seed);
  // Zero rows: a feature never seen in training adds nothing (it only dilutes the mean) instead of random noise,
  // which matters for lines of unseen templates. The random heads break the symmetry between dimensions.
  const embedding = new Float32Array(shape.buckets * shape.dim);
  const scale = 1 / Math.sqrt(shape.dim);
  const routerW = new Float32Array(shape.dim * shape.domains).map(() => gaussian(rng) * scale);
  const expertW = new Float32Array(shape.dim * shape.domains).map(() => gaussian(rng) * scale);
  return {
    ...shape,
    embedding,
    routerW,
    routerB: new Float32Array(shape.domains),
    expertW,
    expertB: new Float32Array(shape.domains),
  };
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** A line's bag: feature ids (all ≥ 1) with their weights (see features/hash.ts). */
export interface Bag {
  ids: Int32Array;
  weights: Float32Array;
}

/** Weighted sum of the embedding rows of the bag's ids (an empty bag gives a zero vector). */
export function embedBag(params: NetworkParams, bag: Bag, out = new Float32Array(params.dim)): Float32Array {
  out.fill(0);
  const { dim, embedding } = params;
  for (let j = 0; j < bag.ids.length; j++) {
    const row = bag.ids[j]! * dim;
    const w = bag.weights[j]!;
    for (let k = 0; k < dim; k++) {
      out[k]! += embedding[row + k]! * w;
    }
  }
  return out;
}

function affine(h: Float32Array, w: Float32Array, b: Float32Array, m: number): Float32Array {
  const out = Float32Array.from(b);
  for (let k = 0; k < h.length; k++) {
    const hk = h[k]!;
    const row = k * m;
    for (let d = 0; d < m; d++) {
      out[d]! += hk * w[row + d]!;
    }
  }
  return out;
}

export function softmaxInPlace(logits: Float32Array): Float32Array {
  let max = -Infinity;
  for (const v of logits) {
    max = Math.max(max, v);
  }
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    logits[i] = Math.exp(logits[i]! - max);
    sum += logits[i]!;
  }
  for (let i = 0; i < logits.length; i++) {
    logits[i]! /= sum;
  }
  return logits;
}

export function forward(params: NetworkParams, bag: Bag): ForwardResult {
  const hidden = embedBag(params, bag);
  const router = softmaxInPlace(affine(hidden, params.routerW, params.routerB, params.domains));
  const expert = affine(hidden, params.expertW, params.expertB, params.domains).map(sigmoid);
  return { hidden, router, expert };
}

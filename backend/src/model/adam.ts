/**
 * Adam (Kingma & Ba) for Float32Array parameters, with a sparse variant for embedding tables ("lazy Adam": only
 * the rows a batch touched are updated, with the global step's bias correction), so an epoch costs the rows it
 * uses rather than the whole table. Written by hand: it is twenty lines and the libraries that have it bring a
 * tensor runtime with them.
 */
export interface AdamOptions {
  lr: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  /** Decoupled weight decay (AdamW), per step. */
  weightDecay?: number;
}

export class AdamState {
  private readonly m: Float32Array;
  private readonly v: Float32Array;

  constructor(size: number) {
    this.m = new Float32Array(size);
    this.v = new Float32Array(size);
  }

  /** Updates `param[offset .. offset+length)` from `grad` at the same positions. */
  update(
    param: Float32Array,
    grad: Float32Array,
    step: number,
    opts: AdamOptions,
    offset = 0,
    length = param.length
  ): void {
    const { lr, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8, weightDecay = 0 } = opts;
    const c1 = 1 - beta1 ** step;
    const c2 = 1 - beta2 ** step;
    const { m, v } = this;
    for (let i = offset; i < offset + length; i++) {
      const g = grad[i]!;
      m[i] = beta1 * m[i]! + (1 - beta1) * g;
      v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
      param[i]! -= lr * (m[i]! / c1 / (Math.sqrt(v[i]! / c2) + epsilon) + weightDecay * param[i]!);
    }
  }
}

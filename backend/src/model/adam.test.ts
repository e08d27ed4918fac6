import { AdamState } from './adam';

describe('AdamState', () => {
  it('minimises a quadratic', () => {
    // f(x) = sum_i c_i (x_i - t_i)^2, gradient 2 c_i (x_i - t_i).
    const target = Float32Array.from([3, -2, 0.5, 10]);
    const curvature = [1, 10, 0.1, 2];
    const x = new Float32Array(4);
    const grad = new Float32Array(4);
    const adam = new AdamState(4);
    for (let step = 1; step <= 3000; step++) {
      x.forEach((v, i) => {
        grad[i] = 2 * curvature[i]! * (v - target[i]!);
      });
      adam.update(x, grad, step, { lr: 0.05 });
    }
    x.forEach((v, i) => expect(v).toBeCloseTo(target[i]!, 2));
  });

  it('takes a first step of lr in the direction against the gradient, whatever its scale', () => {
    for (const g of [1e-4, 1, 1e4]) {
      const x = Float32Array.from([1, 1]);
      new AdamState(2).update(x, Float32Array.from([g, -g]), 1, { lr: 0.1 });
      expect(x[0]).toBeCloseTo(0.9, 4);
      expect(x[1]).toBeCloseTo(1.1, 4);
    }
  });

  it('applies decoupled weight decay', () => {
    const x = Float32Array.from([2]);
    new AdamState(1).update(x, Float32Array.from([0]), 1, { lr: 0.1, weightDecay: 0.5 });
    expect(x[0]).toBeCloseTo(2 - 0.1 * 0.5 * 2, 6);
  });

  it('updates only the rows in [offset, offset + length)', () => {
    const dim = 3;
    const param = new Float32Array(4 * dim).fill(1);
    const grad = new Float32Array(4 * dim).fill(1); // gradients everywhere, but only row 2 is touched
    const adam = new AdamState(param.length);
    adam.update(param, grad, 1, { lr: 0.1 }, 2 * dim, dim);
    for (let i = 0; i < param.length; i++) {
      expect(param[i]).toBe(i >= 2 * dim && i < 3 * dim ? Math.fround(0.9) : 1);
    }
    // The untouched rows' moments stayed zero: updating row 0 later at step 2 moves it like a first step would
    // (bias-corrected by the global step, so slightly less than lr).
    adam.update(param, grad, 2, { lr: 0.1 }, 0, dim);
    expect(param[0]).toBeLessThan(1);
    expect(param[dim]).toBe(1);
    expect(param[3 * dim]).toBe(1);
  });
});

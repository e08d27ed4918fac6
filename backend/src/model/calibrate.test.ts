import { applyPlatt, bestThreshold, fitPlatt } from './calibrate';
import { createRng } from './rng';

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('fitPlatt', () => {
  it('recovers a known slope and intercept from synthetic data', () => {
    // Scores with logit uniform in [-4, 4]; labels drawn from sigmoid(a·logit + b) with a = 2, b = -1.
    const rng = createRng(7);
    const probs: number[] = [];
    const labels: Array<0 | 1> = [];
    for (let i = 0; i < 20000; i++) {
      const x = -4 + 8 * rng();
      probs.push(sigmoid(x));
      labels.push(rng() < sigmoid(2 * x - 1) ? 1 : 0);
    }
    const { a, b } = fitPlatt(probs, labels);
    expect(a).toBeGreaterThan(1.8);
    expect(a).toBeLessThan(2.2);
    expect(b).toBeGreaterThan(-1.15);
    expect(b).toBeLessThan(-0.85);
    // Calibrated probabilities follow the generating curve.
    expect(applyPlatt({ a, b }, sigmoid(0.5))).toBeCloseTo(0.5, 1);
  });

  it('stays finite (and ordered) on separable data, even with saturated scores', () => {
    const probs = [1e-9, 0.01, 0.02, 0.03, 0.97, 0.98, 0.99, 1 - 1e-12];
    const labels: Array<0 | 1> = [0, 0, 0, 0, 1, 1, 1, 1];
    const platt = fitPlatt(probs, labels);
    expect(Number.isFinite(platt.a)).toBe(true);
    expect(Number.isFinite(platt.b)).toBe(true);
    expect(platt.a).toBeGreaterThan(0);
    // Platt's smoothed targets: the calibrated probabilities stay away from 0 and 1.
    const hi = applyPlatt(platt, 0.99);
    const lo = applyPlatt(platt, 0.01);
    expect(hi).toBeGreaterThan(0.5);
    expect(hi).toBeLessThan(1);
    expect(lo).toBeLessThan(0.5);
    expect(lo).toBeGreaterThan(0);
  });

  it('is the identity when one class is missing', () => {
    expect(fitPlatt([0.2, 0.9], [1, 1])).toEqual({ a: 1, b: 0 });
    expect(fitPlatt([0.2, 0.9], [0, 0])).toEqual({ a: 1, b: 0 });
    expect(applyPlatt({ a: 1, b: 0 }, 0.3)).toBeCloseTo(0.3, 10);
  });

  it('handles identical scores (singular Hessian) without NaN', () => {
    const platt = fitPlatt([0.5, 0.5, 0.5, 0.5], [1, 0, 0, 0]);
    expect(Number.isFinite(platt.a)).toBe(true);
    expect(Number.isFinite(platt.b)).toBe(true);
  });
});

describe('applyPlatt', () => {
  it('clamps inputs of exactly 0 and 1', () => {
    expect(applyPlatt({ a: 1, b: 0 }, 0)).toBeCloseTo(1e-6, 9);
    expect(applyPlatt({ a: 1, b: 0 }, 1)).toBeCloseTo(1 - 1e-6, 9);
    expect(applyPlatt({ a: 50, b: 0 }, 1)).toBe(1);
    expect(applyPlatt({ a: 50, b: 0 }, 0)).toBeGreaterThanOrEqual(0);
    expect(applyPlatt({ a: 2, b: 1 }, 0.7)).toBeCloseTo(sigmoid(2 * logit(0.7) + 1), 10);
  });
});

describe('bestThreshold', () => {
  it('picks the F1-optimal cut, midway between neighbouring scores', () => {
    // Sorted: 0.9(1) 0.8(1) 0.6(0) 0.4(1) 0.2(0) 0.1(0).
    // Cut after 0.8: P 1, R 2/3, F1 0.8. Cut after 0.4: P 3/4, R 1, F1 6/7 ≈ 0.857 (best).
    const probs = [0.1, 0.9, 0.4, 0.2, 0.8, 0.6];
    const labels: Array<0 | 1> = [0, 1, 1, 0, 1, 0];
    const best = bestThreshold(probs, labels);
    expect(best.threshold).toBeCloseTo(0.3, 10);
    expect(best.f1).toBeCloseTo(6 / 7, 10);
  });

  it('does not split tied scores', () => {
    const best = bestThreshold([0.7, 0.7, 0.2], [1, 0, 0]);
    expect(best.threshold).toBeCloseTo(0.45, 10);
    expect(best.f1).toBeCloseTo(2 / 3, 10);
  });

  it('below the lowest score when every line must be flagged', () => {
    const best = bestThreshold([0.2, 0.4], [0, 1]);
    expect(best.threshold).toBeCloseTo(0.3, 10);
    // The anomaly has the lowest score: the best cut flags everything, below the lowest score.
    expect(bestThreshold([0.6, 0.4], [0, 1]).threshold).toBeCloseTo(0.2, 10);
  });

  it('falls back to 0.5 with one class only', () => {
    expect(bestThreshold([0.1, 0.9], [0, 0]).threshold).toBe(0.5);
    expect(bestThreshold([0.1, 0.9], [1, 1]).threshold).toBe(0.5);
  });
});

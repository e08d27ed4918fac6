import { fitLogistic } from './weights';

describe('fitLogistic', () => {
  const row = (x: number[], y: 0 | 1) => ({ x: Float64Array.from(x), y });

  it('raises the weight of a feature that marks the positives and keeps weights non-negative', () => {
    const rows = [
      ...Array.from({ length: 50 }, () => row([0, 0], 0)),
      ...Array.from({ length: 10 }, () => row([1, 0], 1)),
      // The second feature fires only on negatives: the labels pull it down from its prior, never below 0.
      ...Array.from({ length: 10 }, () => row([0, 1], 0)),
    ];
    const [marker, against] = fitLogistic(rows, [1, 1], 1);
    expect(marker).toBeGreaterThan(2);
    expect(against).toBeLessThan(1);
    expect(against).toBeGreaterThanOrEqual(0);
    // With a prior of 0 the unconstrained optimum is negative: the projection holds it at exactly 0.
    expect(fitLogistic(rows, [1, 0], 1)[1]).toBe(0);
  });

  it('leaves a weight the data never exercises at its prior', () => {
    const rows = [row([0, 0], 0), row([1, 0], 1)];
    expect(fitLogistic(rows, [1, 2.5], 1)[1]).toBeCloseTo(2.5, 6);
  });
});

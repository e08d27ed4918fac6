import { equalJitterMs, exponentialDelayMs, fullJitterMs } from './backoff';

describe('exponentialDelayMs', () => {
  it('doubles from the base per step', () => {
    expect([0, 1, 2, 3].map((s) => exponentialDelayMs(200, s, 10_000))).toEqual([200, 400, 800, 1600]);
  });

  it('stops at the cap, also for steps whose power overflows to Infinity', () => {
    expect(exponentialDelayMs(200, 6, 10_000)).toBe(10_000);
    expect(exponentialDelayMs(5, 5000, 50)).toBe(50);
  });
});

describe('jitter', () => {
  it('full jitter draws whole milliseconds in [0, cap)', () => {
    expect(fullJitterMs(1000, () => 0)).toBe(0);
    expect(fullJitterMs(1000, () => 0.9999)).toBe(999);
    expect(fullJitterMs(1000, () => 0.5)).toBe(500);
  });

  it('equal jitter draws in [cap/2, cap)', () => {
    expect(equalJitterMs(1000, () => 0)).toBe(500);
    expect(equalJitterMs(1000, () => 0.5)).toBe(750);
    expect(equalJitterMs(1000, () => 0.999)).toBeCloseTo(999.5);
  });
});

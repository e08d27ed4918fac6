import { backoffDelayMs, parseRetryAfter } from './retry';

const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };

describe('backoffDelayMs', () => {
  it('draws below an exponentially growing cap', () => {
    expect([1, 2, 3, 4, 5].map((r) => backoffDelayMs(policy, r, () => 0.999))).toEqual([99, 199, 399, 799, 999]);
    expect(backoffDelayMs(policy, 3, () => 0)).toBe(0);
  });

  it('prefers Retry-After, capped at the maximum delay', () => {
    expect(backoffDelayMs(policy, 1, () => 0.5, 700)).toBe(700);
    expect(backoffDelayMs(policy, 1, () => 0.5, 60_000)).toBe(1000);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('5', 0)).toBe(5000);
    const now = Date.parse('Sun, 22 Nov 2026 14:00:00 GMT');
    expect(parseRetryAfter('Sun, 22 Nov 2026 14:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 13:00:00 GMT', now)).toBe(0);
  });

  it('ignores absent or malformed values', () => {
    expect(parseRetryAfter(null, 0)).toBeUndefined();
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });
});

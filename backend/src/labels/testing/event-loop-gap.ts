/**
 * The longest gap between 5 ms timer ticks while `work` runs: main-thread time in which nothing else (a /healthz
 * probe, another request) could run. For regression tests of event-loop stalls.
 */
export async function worstGapMs<T>(work: () => Promise<T>): Promise<{ result: T; gapMs: number }> {
  let last = performance.now();
  let gapMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gapMs = Math.max(gapMs, now - last);
    last = now;
  }, 5);
  try {
    const result = await work();
    // The last stretch since the final tick counts too.
    gapMs = Math.max(gapMs, performance.now() - last);
    return { result, gapMs };
  } finally {
    clearInterval(timer);
  }
}

import { Counter, Registry } from 'prom-client';
import { createWatchMetrics } from './metrics';

describe('watch metrics', () => {
  it('reuses its metrics on a shared registry', async () => {
    const registry = new Registry();
    const a = createWatchMetrics(registry, () => new Map());
    const b = createWatchMetrics(
      registry,
      () => new Map([['bgl', 1000]]),
      () => 31_000
    );
    expect(b.linesScored).toBe(a.linesScored);
    const lag = await registry.getSingleMetric('anomalylens_watch_lag_seconds')!.get();
    expect(lag.values).toEqual([{ labels: { selector: 'bgl' }, value: 30 }]);
  });

  it('refuses a same-named metric with other labels', () => {
    const registry = new Registry();
    new Counter({ name: 'anomalylens_lines_scored_total', help: 'x', registers: [registry] });
    expect(() => createWatchMetrics(registry, () => new Map())).toThrow(
      'metric anomalylens_lines_scored_total is already registered with labels [], the watcher needs [selector,domain,verdict]'
    );
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { LokiClient, msToNs } from '../loki';
import { FakeLoki } from '../loki/testing/fake-loki';
import { CheckpointStore } from './checkpoint';
import { createWatchMetrics } from './metrics';
import { SelectorWorker } from './selector-worker';
import { KeywordEngine } from './testing/keyword-engine';

const T0 = Date.parse('2026-11-22T12:00:00Z');
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('verdict stream', () => {
  const loki = new FakeLoki();
  afterAll(() => loki.stop());

  it('keeps the verdicts of overlapping selectors apart (the selector is a stream label)', async () => {
    const url = await loki.start();
    for (let i = 0; i < 40; i++) {
      const line = `${i % 3 === 0 ? 'FATAL' : 'INFO'} ${i % 2 ? 'torus link' : 'parity'} event ${i}`;
      loki.add({ job: 'bgl', host: `n${i % 2}` }, [{ ts: msToNs(T0 - 60_000 + i * 100), line }]);
    }
    const registry = new Registry();
    const metrics = createWatchMetrics(registry, () => new Map());
    const client = new LokiClient({ url, retry: { maxAttempts: 1 } });
    const dir = mkdtempSync(path.join(tmpdir(), 'overlap-'));
    const queries = { all: '{job="bgl"}', fatal: '{job="bgl"} |= "FATAL"' };
    for (const [name, query] of Object.entries(queries)) {
      const worker = new SelectorWorker({
        selector: {
          name,
          query,
          pollIntervalMs: 1000,
          lookbackMs: 3_600_000,
          safetyLagMs: 5000,
          latenessMs: 300_000,
          lateAuditMs: 60_000,
          lateRecheckMs: 0,
        },
        client,
        push: { client, verdicts: ['anomaly'] },
        engine: new KeywordEngine(),
        store: new CheckpointStore(dir),
        metrics,
        logger: silent,
        pageSize: 16,
        batchSize: 8,
        maxBackoffMs: 1000,
        checkpointIntervalMs: 0,
        now: () => T0,
      });
      await worker.cycle();
    }
    const pushed = (selector: string) =>
      loki.streamsMatching({ source: 'anomalylens', selector }).reduce((n, s) => n + s.entries.length, 0);
    // 14 FATAL lines; both selectors see every one of them.
    expect(pushed('all')).toBe(14);
    expect(pushed('fatal')).toBe(14);
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { LokiClient, msToNs } from '../loki';
import { FakeLoki } from '../loki/testing/fake-loki';
import { CheckpointStore } from './checkpoint';
import { createWatchMetrics } from './metrics';
import { SelectorWorker, WatchStageError, type SelectorWorkerOptions } from './selector-worker';
import { KeywordEngine, keywordVerdict } from './testing/keyword-engine';

const T0 = Date.parse('2026-11-22T12:00:00Z');
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Lines at T0 + i seconds, several sharing a nanosecond, across two streams. */
function lines(from: number, count: number, offsetMs = 0): Array<{ host: string; ts: string; line: string }> {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const severe = i % 7 === 0 ? 'FATAL' : 'INFO';
    return {
      host: `n${i % 2}`,
      ts: msToNs(T0 + offsetMs + Math.floor(k / 3) * 1000),
      line: `RAS KERNEL ${severe} event ${i} ${i % 5 === 0 ? 'parity error' : 'torus link'}`,
    };
  });
}

function load(loki: FakeLoki, batch: ReturnType<typeof lines>): void {
  for (const l of batch) {
    loki.add({ job: 'bgl', host: l.host }, [{ ts: l.ts, line: l.line }]);
  }
}

function expectedTotals(batch: ReturnType<typeof lines>) {
  const totals = new Map<string, number>();
  for (const l of batch) {
    const v = keywordVerdict(l.line);
    const key = `${v.domain}|${v.anomalous ? 'anomaly' : 'normal'}`;
    totals.set(key, (totals.get(key) ?? 0) + 1);
  }
  return [...totals]
    .map(([k, count]) => ({ domain: k.split('|')[0], verdict: k.split('|')[1], count }))
    .sort((a, b) => a.domain.localeCompare(b.domain) || a.verdict.localeCompare(b.verdict));
}

async function counterValues(registry: Registry) {
  const metric = await registry.getSingleMetric('anomalylens_lines_scored_total')!.get();
  return metric.values
    .map((v) => ({ domain: v.labels.domain, verdict: v.labels.verdict, count: v.value }))
    .sort(
      (a, b) => String(a.domain).localeCompare(String(b.domain)) || String(a.verdict).localeCompare(String(b.verdict))
    );
}

describe('SelectorWorker', () => {
  const loki = new FakeLoki();
  let url: string;
  beforeAll(async () => {
    url = await loki.start();
  });
  afterAll(() => loki.stop());

  function setup(overrides: Partial<SelectorWorkerOptions> = {}, dir = mkdtempSync(path.join(tmpdir(), 'worker-'))) {
    const registry = new Registry();
    let now = T0 + 60_000;
    const workers: SelectorWorker[] = [];
    const metrics = createWatchMetrics(
      registry,
      () => new Map(workers.map((w) => [w.name, w.accountedUpToMs()])),
      () => now
    );
    const engine = new KeywordEngine();
    const client = new LokiClient({ url, retry: { maxAttempts: 2 }, sleep: async () => undefined });
    const worker = new SelectorWorker({
      selector: {
        name: 'bgl',
        query: '{job="bgl"}',
        pollIntervalMs: 1000,
        lookbackMs: 3_600_000,
        safetyLagMs: 5000,
        latenessMs: 300_000,
        lateAuditMs: 60_000,
        lateRecheckMs: 0,
      },
      client,
      push: { client, verdicts: ['anomaly'] },
      engine,
      store: new CheckpointStore(dir),
      metrics,
      logger: silent,
      pageSize: 4,
      batchSize: 3,
      maxBackoffMs: 10_000,
      checkpointIntervalMs: 0,
      now: () => now,
      ...overrides,
    });
    workers.push(worker);
    return { worker, registry, engine, dir, setNow: (ms: number) => (now = ms) };
  }

  it('scores every line exactly once across polls, pushes anomalies and tracks lag', async () => {
    const first = lines(0, 30);
    // Arrives later, with timestamps after the first poll's window (T0 + 55 s).
    const second = lines(30, 25, 60_000);
    load(loki, first);
    const { worker, registry, engine, setNow } = setup();
    // The first poll covers [T0 + 60 s − lookback, T0 + 60 s − safety lag).
    await worker.cycle();
    expect(engine.scoredLines).toBe(30);
    load(loki, second);
    setNow(T0 + 120_000);
    await worker.cycle();
    await worker.cycle();
    expect(engine.scoredLines).toBe(55);
    expect(await counterValues(registry)).toEqual(expectedTotals([...first, ...second]));
    expect(worker.committedTotals()).toEqual(expectedTotals([...first, ...second]));

    const pushed = loki.streamsMatching({ source: 'anomalylens' });
    const pushedLines = pushed.flatMap((s) => s.entries.map((e) => e.line)).sort();
    const anomalies = [...first, ...second].filter((l) => keywordVerdict(l.line).anomalous).map((l) => l.line);
    expect(pushedLines).toEqual(anomalies.sort());
    for (const s of pushed) {
      expect(s.labels).toMatchObject({ source: 'anomalylens', selector: 'bgl' });
      expect(Object.keys(s.labels).sort()).toEqual(['domain', 'selector', 'source', 'verdict']);
      expect(s.entries[0].structuredMetadata).toMatchObject({ score: '0.9000' });
    }
    const lag = await registry.getSingleMetric('anomalylens_watch_lag_seconds')!.get();
    expect(lag.values).toEqual([{ labels: { selector: 'bgl' }, value: 5 }]);
  });

  it('survives a Loki outage without losing lines, with a growing lag', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'worker-'));
    const { worker, registry, engine, setNow } = setup({}, dir);
    const before = loki.streamsMatching({ job: 'bgl' }).reduce((n, s) => n + s.entries.length, 0);
    await worker.cycle();
    loki.startOutage({ status: 503, body: 'Service Unavailable\n' });
    load(loki, lines(55, 20, 120_000));
    setNow(T0 + 600_000);
    const error = await worker.cycle().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatchStageError);
    expect((error as WatchStageError).kind).toBe('query');
    expect((error as Error).message).toContain('HTTP 503: Service Unavailable');
    const lag = await registry.getSingleMetric('anomalylens_watch_lag_seconds')!.get();
    expect(lag.values[0].value).toBeGreaterThan(500);
    loki.endOutage();
    await worker.cycle();
    expect(engine.scoredLines).toBe(before + 20);
  });

  it('does not count scores whose checkpoint could not be written', async () => {
    load(loki, lines(75, 5, 10_000));
    const store = new CheckpointStore(mkdtempSync(path.join(tmpdir(), 'worker-')));
    store.save = () => {
      throw new Error('EROFS: read-only file system');
    };
    const { worker, registry } = setup({ store });
    const error = await worker.cycle().catch((e: unknown) => e);
    expect((error as WatchStageError).kind).toBe('checkpoint');
    expect(await counterValues(registry)).toEqual([]);
  });

  it('resumes from its checkpoint after a restart without re-scoring', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'worker-'));
    const a = setup({}, dir);
    a.setNow(T0 + 600_000);
    await a.worker.cycle();
    const totals = a.worker.committedTotals();
    const b = setup({}, dir);
    b.setNow(T0 + 600_000);
    await b.worker.cycle();
    expect(b.engine.scoredLines).toBe(0);
    expect(await counterValues(b.registry)).toEqual(totals);
  });
});

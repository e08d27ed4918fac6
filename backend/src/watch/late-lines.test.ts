/**
 * Lines that reach Loki after the poll that covered their timestamp (a shipper re-sending its buffer after an
 * outage): within the lateness window each is scored exactly once; later ones are counted and logged.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { entryKey, LokiClient, msToNs } from '../loki';
import { FakeLoki } from '../loki/testing/fake-loki';
import { CheckpointStore } from './checkpoint';
import { createWatchMetrics } from './metrics';
import { SelectorWorker, type SelectorWorkerOptions } from './selector-worker';
import { KeywordEngine } from './testing/keyword-engine';

const T0 = Date.parse('2026-11-22T12:00:00Z');

function logSink() {
  const records: Array<{ level: string; obj: Record<string, unknown>; msg?: string }> = [];
  const at = (level: string) => (obj: object, msg?: string) =>
    void records.push({ level, obj: obj as Record<string, unknown>, msg });
  return { records, logger: { info: at('info'), warn: at('warn'), error: at('error') } };
}

async function counter(registry: Registry, name: string, labels: Record<string, string>): Promise<number> {
  const metric = await registry.getSingleMetric(name)!.get();
  return metric.values
    .filter((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x))
    .reduce((n, v) => n + v.value, 0);
}

describe('late lines', () => {
  let loki: FakeLoki;
  let url: string;
  beforeEach(async () => {
    loki = new FakeLoki();
    url = await loki.start();
  });
  afterEach(() => loki.stop());

  function setup(dir: string, overrides: Partial<SelectorWorkerOptions> = {}) {
    const registry = new Registry();
    let now = T0;
    const { records, logger } = logSink();
    const workers: SelectorWorker[] = [];
    const metrics = createWatchMetrics(registry, () => new Map(workers.map((w) => [w.name, w.accountedUpToMs()])));
    const engine = new KeywordEngine();
    const client = new LokiClient({ url, retry: { maxAttempts: 1 } });
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
      push: null,
      engine,
      store: new CheckpointStore(dir),
      metrics,
      logger,
      pageSize: 7,
      batchSize: 3,
      maxBackoffMs: 10_000,
      checkpointIntervalMs: 0,
      now: () => now,
      ...overrides,
    });
    workers.push(worker);
    return { worker, registry, engine, records, setNow: (ms: number) => (now = ms) };
  }

  function add(host: string, atMs: number, count: number, tag: string): void {
    for (let i = 0; i < count; i++) {
      // Two lines per millisecond: the re-read window crosses same-timestamp groups.
      loki.add({ job: 'bgl', host }, [{ ts: msToNs(atMs + Math.floor(i / 2)), line: `INFO ${tag} event ${i}` }]);
    }
  }

  it('scores lines up to the lateness window late exactly once, across polls and a restart', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'late-'));
    const a = setup(dir);
    add('n0', T0 - 120_000, 40, 'on-time');
    a.setNow(T0);
    await a.worker.cycle();
    expect(a.engine.scoredLines).toBe(40);

    // A shipper re-sends its buffer: 60 s late, timestamps already polled, and some of the lines it had sent.
    add('n1', T0 - 65_000, 25, 'resent');
    add('n0', T0 - 120_000, 10, 'on-time');
    a.setNow(T0 + 10_000);
    await a.worker.cycle();
    expect(a.engine.scoredLines).toBe(65);
    await a.worker.cycle();
    expect(a.engine.scoredLines).toBe(65);
    expect(await counter(a.registry, 'anomalylens_watch_late_lines_total', { outcome: 'scored' })).toBe(25);
    // Logged at each commit that accounted some (here one per page).
    const logged = a.records.filter((r) => r.level === 'info').reduce((n, r) => n + Number(r.obj.late ?? 0), 0);
    expect(logged).toBe(25);

    // After a restart the window is read again from the checkpoint: nothing is scored twice.
    const b = setup(dir);
    b.setNow(T0 + 20_000);
    await b.worker.cycle();
    expect(b.engine.scoredLines).toBe(0);
    expect(b.worker.committedTotals().reduce((n, t) => n + t.count, 0)).toBe(65);
    expect(await counter(b.registry, 'anomalylens_watch_late_lines_total', { outcome: 'scored' })).toBe(25);

    // Four minutes late, still within the five-minute window.
    add('n2', T0 - 215_000, 9, 'resent-later');
    b.setNow(T0 + 30_000);
    await b.worker.cycle();
    expect(b.engine.scoredLines).toBe(9);
    expect(b.worker.committedTotals().reduce((n, t) => n + t.count, 0)).toBe(74);
  });

  it('counts and logs lines later than the window without scoring them', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'late-'));
    const { worker, engine, registry, records, setNow } = setup(dir);
    add('n0', T0 - 600_000, 30, 'on-time');
    setNow(T0);
    await worker.cycle();
    expect(engine.scoredLines).toBe(30);
    // The position is T0 − 5 s, the window starts 5 min before it; these are 5.5 min late.
    add('n1', T0 - 335_000, 6, 'too-late');
    setNow(T0 + 1000);
    await worker.cycle();
    await worker.cycle();
    expect(engine.scoredLines).toBe(30);
    expect(await counter(registry, 'anomalylens_watch_late_lines_total', { outcome: 'dropped' })).toBe(6);
    const warning = records.find((r) => r.level === 'warn');
    expect(warning?.obj).toMatchObject({ selector: 'bgl', dropped: 6, oldest: msToNs(T0 - 335_000) });
    expect(warning?.msg).toContain('later than the lateness window');
  });

  it('re-reads the window once per lateRecheck, reaching lateness before the previous re-read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'late-'));
    const { worker, engine, setNow } = setup(dir, { selector: { ...baseSelector(), lateRecheckMs: 60_000 } });
    add('n0', T0 - 60_000, 20, 'on-time');
    setNow(T0);
    await worker.cycle();
    const starts = () => loki.requests.filter((r) => r.path.endsWith('query_range')).map((r) => r.params.get('start'));
    // Between re-reads a poll asks only for what is newer than the checkpoint.
    add('n1', T0 - 30_000, 4, 'late-a');
    setNow(T0 + 15_000);
    const before = starts().length;
    await worker.cycle();
    expect(starts().slice(before)[0]).toBe(msToNs(T0 - 5000));
    expect(engine.scoredLines).toBe(20);
    // Almost the whole window late, arriving just before the next re-read: still scored.
    add('n2', T0 - 5000 - 295_000, 3, 'late-b');
    setNow(T0 + 60_000);
    await worker.cycle();
    expect(engine.scoredLines).toBe(27);
    await worker.cycle();
    expect(engine.scoredLines).toBe(27);
  });

  it('upgrades a version-1 checkpoint without scoring its position again', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'late-'));
    const a = setup(dir, { selector: { ...baseSelector(), latenessMs: 0, lateAuditMs: 0, lateRecheckMs: 0 } });
    add('n0', T0 - 60_000, 10, 'on-time');
    a.setNow(T0);
    await a.worker.cycle();
    const store = new CheckpointStore(dir);
    const v2 = store.load('bgl')!;
    // What the previous release wrote after a page ending at the last two lines' timestamp.
    const lastTs = msToNs(T0 - 60_000 + 4);
    const atLast = [8, 9].map((i) => entryKey({ labels: { job: 'bgl', host: 'n0' }, line: `INFO on-time event ${i}` }));
    const v1 = { version: 1, selector: 'bgl', query: '{job="bgl"}', ts: lastTs, keys: atLast };
    writeFileSync(store.fileFor('bgl'), JSON.stringify({ ...v1, totals: v2.totals, updatedAt: v2.updatedAt }));
    const b = setup(dir);
    b.setNow(T0 + 1000);
    await b.worker.cycle();
    expect(b.engine.scoredLines).toBe(0);
    expect(store.load('bgl')!.version).toBe(2);
  });
});

function baseSelector() {
  return {
    name: 'bgl',
    query: '{job="bgl"}',
    pollIntervalMs: 1000,
    lookbackMs: 3_600_000,
    safetyLagMs: 5000,
    latenessMs: 300_000,
    lateAuditMs: 60_000,
    lateRecheckMs: 0,
  };
}

/**
 * A label database that is full or locked: the job fails instead of the process, feedback answers 507/503 with
 * the reason, /readyz reports the store degraded while scoring goes on, and no call blocks the event loop while
 * another connection holds the lock.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import request from 'supertest';
import { createApp, type AppDeps } from '../service/app';
import { createMetrics } from '../service/metrics';
import { FakeEngine } from '../service/__fixtures__/fake-engine';
import { RetrainJobManager, type Retrainer } from './retrain-jobs';
import { LabelStore, SERVICE_BUSY_TIMEOUT_MS } from './store';

const TOKEN = 'faults-test-token-0123456789';
const AUTH = { Authorization: `Bearer ${TOKEN}` };

function app(store: LabelStore, jobs?: RetrainJobManager) {
  const deps: AppDeps = {
    models: { current: () => ({ engine: new FakeEngine() }) },
    metrics: createMetrics(undefined, { defaultMetrics: false }),
    logger: pino({ level: 'silent' }),
    limits: { maxBodyBytes: 256 * 1024, maxLinesPerRequest: 50, maxJsonDepth: 8 },
    authTokens: [TOKEN],
    authDisabled: false,
    version: '0.1.0',
    labels: { store, jobs },
  };
  return createApp(deps);
}

/** Caps the file at its current size plus one page and writes until SQLite answers SQLITE_FULL. */
function fillUp(store: LabelStore): void {
  const pages = store.db.pragma('page_count', { simple: true }) as number;
  store.db.pragma(`max_page_count = ${pages + 1}`);
  for (let i = 0; i < 10_000; i++) {
    try {
      store.add([{ line: `filler ${i} ${'x'.repeat(2000)}`, verdict: 'normal' }], { user: 'u', source: 'cli' });
    } catch (err) {
      expect((err as { code?: string }).code).toBe('SQLITE_FULL');
      return;
    }
  }
  throw new Error('the database never filled up');
}

describe('label store faults', () => {
  let dir: string;
  let store: LabelStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'al-faults-'));
    store = LabelStore.open(join(dir, 'labels.sqlite'), { busyTimeoutMs: SERVICE_BUSY_TIMEOUT_MS });
    store.add([{ line: 'a', verdict: 'normal' }], { user: 'u', source: 'cli' });
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a full database during a retrain fails the job, not the process; feedback answers 507; /readyz degraded', async () => {
    let progress!: (p: { stage: string; fraction: number }) => void;
    let finish!: () => void;
    const retrainer: Retrainer = ({ onProgress }) => {
      progress = onProgress;
      return new Promise((resolve) => {
        finish = () =>
          resolve({ candidateDir: '/b/cand', accepted: true, reason: 'ok', metrics: { before: {}, after: {} } });
      });
    };
    let current = '/b/v1';
    const jobs = new RetrainJobManager({
      store,
      retrainer,
      bundles: { current: () => current, activate: async (d) => void (current = d) },
      logger: { info: () => undefined, error: () => undefined },
      persistProgressMs: 0,
    });
    const service = app(store, jobs);
    const job = jobs.start();
    while (progress === undefined) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    fillUp(store);
    // Before: this threw out of the worker's message handler (an uncaught exception in the service).
    expect(() => progress({ stage: 'fit', fraction: 0.5 })).not.toThrow();
    finish();
    await expect(jobs.idle()).resolves.toBeUndefined();
    // The candidate serves; whether the small activation row still fitted in a page is up to SQLite.
    expect(jobs.get(job.id)?.state).toBe('succeeded');

    const feedback = await request(service)
      .post('/api/v1/feedback')
      .set(AUTH)
      .send({ line: `b ${'y'.repeat(3000)}`, verdict: 'anomaly' });
    expect(feedback.status).toBe(507);
    expect(feedback.body.error).toMatchObject({ code: 'insufficient_storage' });
    expect(feedback.body.error.message).toMatch(/SQLITE_FULL/);
    const ready = await request(service).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.labelStore).toMatchObject({ status: 'degraded', reason: expect.stringMatching(/SQLITE_FULL/) });
    await request(service)
      .post('/api/v1/score')
      .set(AUTH)
      .send({ lines: [{ line: 'x' }] })
      .expect(200);
    await jobs.close();
  });

  it('a job whose every write fails ends failed in memory and never rejects', async () => {
    const jobs = new RetrainJobManager({
      store,
      retrainer: async () => {
        throw new Error('training failed');
      },
      bundles: { current: () => '/b/v1', activate: async () => undefined },
      logger: { info: () => undefined, error: () => undefined },
    });
    const job = jobs.start();
    fillUp(store);
    await expect(jobs.idle()).resolves.toBeUndefined();
    expect(jobs.get(job.id)).toMatchObject({ state: 'failed', error: 'training failed' });
    await jobs.close();
  });

  it('waits for a lock held by another connection on timers, not inside SQLite', async () => {
    const service = app(store);
    const other = new Database(join(dir, 'labels.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    // Released by a timer: with a 10 s busy_timeout inside the synchronous call this timer could not fire.
    setTimeout(() => other.exec('COMMIT'), 300);
    let last = performance.now();
    let worstGap = 0;
    const ticker = setInterval(() => {
      const t = performance.now();
      worstGap = Math.max(worstGap, t - last);
      last = t;
    }, 5);
    try {
      const res = await request(service).post('/api/v1/feedback').set(AUTH).send({ line: 'c', verdict: 'anomaly' });
      expect(res.status).toBe(201);
    } finally {
      clearInterval(ticker);
      other.close();
    }
    // Each attempt blocks for the 20 ms busy timeout at most (the held lock lasted 300 ms).
    expect(worstGap).toBeLessThan(150);
  });

  it('a lock held past the retry deadline answers 503 with Retry-After and the reason', async () => {
    const other = new Database(join(dir, 'labels.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    try {
      await expect(
        store.retrying(() => store.add([{ line: 'd', verdict: 'normal' }], { user: 'u', source: 'cli' }), 100)
      ).rejects.toMatchObject({
        code: 'SQLITE_BUSY',
      });
      expect(store.health.status()).toMatchObject({ status: 'degraded', reason: expect.stringMatching(/SQLITE_BUSY/) });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    await store.retrying(() => store.add([{ line: 'e', verdict: 'normal' }], { user: 'u', source: 'cli' }));
    expect(store.health.status()).toEqual({ status: 'ok' });
  });
});

describe('label stats off the event loop', () => {
  it('computes stats on a worker for a file, cached until a label is added', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'al-stats-'));
    const store = LabelStore.open(join(dir, 'labels.sqlite'));
    try {
      store.add(
        [
          { line: 'a', verdict: 'normal', templateId: 't1' },
          { line: 'b', verdict: 'anomaly', templateId: 't1' },
        ],
        { user: 'u', source: 'cli' }
      );
      const spy = jest.spyOn(store, 'stats');
      const first = await store.statsOffThread();
      expect(first).toEqual(store.stats());
      spy.mockClear();
      // Not the store's own connection: the main thread ran no stats query.
      const [again, concurrent] = await Promise.all([store.statsOffThread(), store.statsOffThread()]);
      expect(again).toBe(concurrent);
      expect(spy).not.toHaveBeenCalled();
      store.add([{ line: 'c', verdict: 'anomaly', templateId: 't2' }], { user: 'u', source: 'cli' });
      expect((await store.statsOffThread()).total).toBe(3);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

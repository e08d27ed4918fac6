import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  NoRollbackError,
  boundedLabels,
  pruneCandidates,
  RetrainBusyError,
  RetrainJobManager,
  type BundleSwitch,
  type Retrainer,
  type RetrainOutput,
} from './retrain-jobs';
import { LabelStore } from './store';

/** A Retrainer whose progress and outcome the test drives step by step. */
function fakeRetrainer() {
  const calls: Array<{ bundleDir: string; lines: string[]; signal: AbortSignal }> = [];
  let finish!: (output: RetrainOutput | Error) => void;
  const retrainer: Retrainer = ({ bundleDir, labels, onProgress, signal }) => {
    calls.push({ bundleDir, lines: labels.map((l) => l.line), signal });
    onProgress({ stage: 'router', fraction: 0.25 });
    return new Promise((resolve, reject) => {
      finish = (output) => (output instanceof Error ? reject(output) : resolve(output));
      signal.addEventListener('abort', () => reject(signal.reason as Error));
    });
  };
  let awaited = 0;
  /** Resolves once the job started last has reached the retrainer (its labels are read asynchronously first). */
  const started = async () => {
    awaited++;
    while (calls.length < awaited) {
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  };
  return { retrainer, calls, started, finish: (o: RetrainOutput | Error) => finish(o) };
}

function bundles(initial = '/b/v1', failOn?: string) {
  let dir = initial;
  const activated: string[] = [];
  const sw: BundleSwitch = {
    current: () => dir,
    activate: async (d) => {
      if (d === failOn) {
        throw new Error('model.json: unsupported format');
      }
      activated.push(d);
      dir = d;
    },
  };
  return { sw, activated, current: () => dir };
}

const output = (accepted: boolean, candidateDir = '/b/cand'): RetrainOutput => ({
  candidateDir,
  accepted,
  reason: accepted ? 'macro-F1 0.91 >= 0.90' : 'macro-F1 0.85 < 0.90 on the held-out set',
  metrics: { before: { macroF1: 0.9 }, after: { macroF1: accepted ? 0.91 : 0.85 } },
});

describe('RetrainJobManager', () => {
  let dir: string;
  let store: LabelStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'al-retrain-'));
    store = LabelStore.open(join(dir, 'labels.sqlite'));
    store.add(
      [
        { line: 'a', verdict: 'normal' },
        { line: 'b', verdict: 'anomaly' },
      ],
      { user: 'u', source: 'cli' }
    );
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs queued -> running -> succeeded, passes labels and the bundle, swaps the candidate in', async () => {
    const fake = fakeRetrainer();
    const b = bundles();
    const jobs = new RetrainJobManager({ store, retrainer: fake.retrainer, bundles: b.sw, persistProgressMs: 0 });
    const queued = jobs.start();
    expect(queued).toMatchObject({ state: 'queued', bundleDir: '/b/v1', progress: { fraction: 0 } });
    expect(store.getJob(queued.id)!.state).toBe('queued');
    await fake.started();
    // The 'running' row is written off the call path (store.retrying): let it land.
    await new Promise((resolve) => setImmediate(resolve));

    expect(fake.calls).toEqual([{ bundleDir: '/b/v1', lines: ['a', 'b'], signal: expect.any(AbortSignal) }]);
    expect(jobs.get(queued.id)).toMatchObject({ state: 'running', labelCount: 2, progress: { stage: 'router' } });
    // Progress reaches SQLite too (throttle off here).
    expect(store.getJob(queued.id)!.progress).toEqual({ stage: 'router', fraction: 0.25 });
    expect(() => jobs.start()).toThrow(RetrainBusyError);

    fake.finish(output(true));
    await jobs.idle();
    const done = jobs.get(queued.id)!;
    expect(done).toMatchObject({ state: 'succeeded', error: null, progress: { stage: 'done', fraction: 1 } });
    expect(done.result).toEqual({ ...output(true), activated: true });
    expect(b.activated).toEqual(['/b/cand']);
    expect(store.getJob(queued.id)).toEqual(done);
    // A new job may start now, from the new bundle.
    expect(jobs.start().bundleDir).toBe('/b/cand');
    await jobs.close();
  });

  it('a rejected candidate is reported with the reason and never activated', async () => {
    const fake = fakeRetrainer();
    const b = bundles();
    const jobs = new RetrainJobManager({ store, retrainer: fake.retrainer, bundles: b.sw });
    const { id } = jobs.start();
    await fake.started();
    fake.finish(output(false));
    await jobs.idle();
    expect(jobs.get(id)).toMatchObject({
      state: 'rejected',
      result: { accepted: false, activated: false, reason: 'macro-F1 0.85 < 0.90 on the held-out set' },
    });
    expect(b.activated).toEqual([]);
    await expect(jobs.rollback()).rejects.toThrow(NoRollbackError);
  });

  it('fails when the Retrainer throws, or when the accepted candidate does not load', async () => {
    const fake = fakeRetrainer();
    const b = bundles('/b/v1', '/b/broken');
    const jobs = new RetrainJobManager({ store, retrainer: fake.retrainer, bundles: b.sw });
    const first = jobs.start();
    await fake.started();
    fake.finish(new Error('not enough labelled lines for domain memory'));
    await jobs.idle();
    expect(jobs.get(first.id)).toMatchObject({ state: 'failed', error: 'not enough labelled lines for domain memory' });

    const second = jobs.start();
    await fake.started();
    fake.finish(output(true, '/b/broken'));
    await jobs.idle();
    expect(jobs.get(second.id)).toMatchObject({
      state: 'failed',
      error: 'the accepted candidate /b/broken could not be loaded: model.json: unsupported format',
      result: { accepted: true, activated: false },
    });
    expect(b.current()).toBe('/b/v1');
  });

  it('close() aborts a running job through its signal and records it as failed', async () => {
    const fake = fakeRetrainer();
    const jobs = new RetrainJobManager({ store, retrainer: fake.retrainer, bundles: bundles().sw });
    const { id } = jobs.start();
    await fake.started();
    await jobs.close();
    expect(fake.calls[0]!.signal.aborted).toBe(true);
    expect(store.getJob(id)).toMatchObject({ state: 'failed', error: 'aborted: the service is shutting down' });
    expect(() => jobs.start()).toThrow(/closed/);
  });

  it('rollback swaps back through every retrained bundle in turn', async () => {
    const fake = fakeRetrainer();
    const b = bundles();
    const jobs = new RetrainJobManager({ store, retrainer: fake.retrainer, bundles: b.sw });
    for (const candidate of ['/b/v2', '/b/v3']) {
      jobs.start();
      await fake.started();
      fake.finish(output(true, candidate));
      await jobs.idle();
    }
    expect(b.current()).toBe('/b/v3');
    expect(store.activeBundles('/b/v1').map((a) => a.dir)).toEqual(['/b/v3', '/b/v2']);
    expect(await jobs.rollback()).toEqual({ from: '/b/v3', to: '/b/v2' });
    // The history is in the store: a restarted service (a new manager) continues from it.
    const restarted = new RetrainJobManager({
      store,
      retrainer: fake.retrainer,
      bundles: b.sw,
      baseBundleDir: '/b/v1',
    });
    expect(store.activeBundles('/b/v1').map((a) => a.dir)).toEqual(['/b/v2']);
    expect(await restarted.rollback()).toEqual({ from: '/b/v2', to: '/b/v1' });
    await expect(restarted.rollback()).rejects.toThrow(NoRollbackError);
    expect(store.activeBundles('/b/v1')).toEqual([]);
  });

  it('a job left running by a previous process is failed when the next one starts, and still readable', async () => {
    const fake = fakeRetrainer();
    const first = new RetrainJobManager({ store, retrainer: fake.retrainer, bundles: bundles().sw });
    const { id } = first.start();
    // The process "dies" here: the manager is dropped without close().
    const second = new RetrainJobManager({ store, retrainer: fake.retrainer, bundles: bundles().sw });
    expect(second.get(id)).toMatchObject({
      state: 'failed',
      error: 'interrupted: the service stopped while the job ran',
      finishedAt: expect.any(String),
    });
    expect(second.get('unknown')).toBeNull();
    await first.close();
  });
});

describe('pruneCandidates', () => {
  it('keeps the newest N and every protected candidate, deletes the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'al-prune-'));
    try {
      const names = Array.from({ length: 8 }, (_, i) => `candidate-2026-12-0${i + 1}T00-00-00-000Z`);
      names.forEach((n) => mkdirSync(join(dir, n)));
      mkdirSync(join(dir, 'not-a-candidate'));
      const removed = pruneCandidates(dir, 3, new Set([join(dir, names[0]!)]));
      expect(removed).toHaveLength(4);
      expect(readdirSync(dir).sort()).toEqual([names[0], names[5], names[6], names[7], 'not-a-candidate'].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('boundedLabels', () => {
  it('keeps the newest N per template and verdict and M in all, and counts what it considered', async () => {
    const store = LabelStore.open(':memory:');
    let t = 0;
    const at = () => new Date(Date.UTC(2026, 0, 1, 0, 0, t++));
    const timed = LabelStore.open(':memory:', { now: at });
    for (let i = 0; i < 10; i++) {
      timed.add([{ line: `x ${i}`, templateId: 't1', verdict: 'normal' }], { user: 'u', source: 'cli' });
      timed.add([{ line: `y ${i}`, templateId: 't2', verdict: 'anomaly' }], { user: 'u', source: 'cli' });
    }
    const { labels, considered } = await boundedLabels(timed, {}, 3, 5);
    expect(considered).toBe(20);
    // t1: x 7-9, t2: y 7-9, newest 5 of those six in time order.
    expect(labels.map((l) => l.line)).toEqual(['y 7', 'x 8', 'y 8', 'x 9', 'y 9']);
    store.close();
    timed.close();
  });
});

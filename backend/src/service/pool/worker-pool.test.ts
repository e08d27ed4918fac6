import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { HttpError } from '../errors';
import { PooledEngine } from '../pooled-engine';
import { WorkerPool } from './worker-pool';
import { fakeInfo, fakeTemplates } from '../__fixtures__/fake-detector';

const FAKE_DETECTOR = join(__dirname, '..', '__fixtures__', 'fake-detector.ts');
const logger = pino({ level: 'silent' });

let bundleDir: string;
beforeAll(() => {
  bundleDir = mkdtempSync(join(tmpdir(), 'al-pool-'));
  writeFileSync(join(bundleDir, 'model.json'), JSON.stringify({ id: 'fake', version: '2.0.0' }));
});
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

async function startEngine(
  options: { size?: number; timeoutMs?: number; maxQueueLines?: number; hungBatchMs?: number } = {}
) {
  const restarts: string[] = [];
  const pool = await WorkerPool.start({
    bundleDir,
    device: 'cpu',
    size: options.size ?? 2,
    logger,
    detectorModule: FAKE_DETECTOR,
    hungBatchMs: options.hungBatchMs,
    onRestart: (reason) => restarts.push(reason),
  });
  const engine = new PooledEngine(
    pool,
    { info: () => fakeInfo('fake', '2.0.0'), templates: fakeTemplates },
    {
      maxBatchLines: 64,
      maxDelayMs: 1,
      maxQueueLines: options.maxQueueLines ?? 10_000,
      timeoutMs: options.timeoutMs ?? 10_000,
      retryAfterSeconds: 1,
      maxLineLength: 32,
    }
  );
  return { pool, engine, restarts };
}

const waitFor = async (predicate: () => boolean, ms = 10_000) => {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) {
      throw new Error('condition not reached');
    }
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('WorkerPool + PooledEngine (worker threads, fake detector)', () => {
  it('scores through worker threads with order preserved across concurrent requests', async () => {
    const { engine, pool } = await startEngine();
    try {
      expect(pool.readyCount()).toBe(2);
      const requests = Array.from({ length: 20 }, (_, r) =>
        Array.from({ length: 1 + ((r * 7) % 50) }, (_, i) => ({
          line: `req ${r} line ${i} disk full`,
          id: `${r}:${i}`,
        }))
      );
      const all = await Promise.all(requests.map((lines) => engine.score(lines)));
      all.forEach((results, r) => {
        expect(results.map((x) => x.id)).toEqual(requests[r]!.map((l) => l.id));
        expect(results.map((x) => x.index)).toEqual(requests[r]!.map((_, i) => i));
      });
    } finally {
      await engine.close();
    }
  });

  it('truncates long lines and flags them', async () => {
    const { engine } = await startEngine({ size: 1 });
    try {
      const results = await engine.score([{ line: 'short' }, { line: 'y'.repeat(100) }]);
      expect(results.map((r) => r.truncated)).toEqual([false, true]);
      expect(results[1]!.template.text).toBe('y'.repeat(32));
    } finally {
      await engine.close();
    }
  });

  it.each(['__exit__', '__throw__'])(
    'a worker that dies (%s) fails its requests with 503, is replaced and counted',
    async (poison) => {
      const { engine, pool, restarts } = await startEngine();
      try {
        const failed = engine.score([{ line: 'ok' }, { line: poison }]);
        await expect(failed).rejects.toBeInstanceOf(HttpError);
        await expect(failed).rejects.toMatchObject({ status: 503, code: 'unavailable' });
        await waitFor(() => pool.readyCount() === 2);
        expect(restarts).toHaveLength(1);
        const results = await engine.score([{ line: 'after the crash' }]);
        expect(results).toHaveLength(1);
      } finally {
        await engine.close();
      }
    }
  );

  it('a batch the detector rejects fails without killing the worker', async () => {
    const { engine, restarts } = await startEngine({ size: 1 });
    try {
      await expect(engine.score([{ line: '__reject__' }])).rejects.toThrow('deliberate batch failure');
      await expect(engine.score([{ line: 'fine' }])).resolves.toHaveLength(1);
      expect(restarts).toHaveLength(0);
    } finally {
      await engine.close();
    }
  });

  it('times out with 504 while a worker is stuck, then recovers', async () => {
    const { engine } = await startEngine({ size: 1, timeoutMs: 100 });
    try {
      const slow = engine.score([{ line: '__slow__' }]);
      const queued = engine.score([{ line: 'waits behind the slow batch' }]);
      // The slow batch itself finishes (300 ms) after its 100 ms deadline; both report 504.
      await expect(slow).rejects.toMatchObject({ status: 504, code: 'timeout' });
      await expect(queued).rejects.toMatchObject({ status: 504 });
      await new Promise((r) => setTimeout(r, 300));
      await expect(engine.score([{ line: 'fine' }])).resolves.toHaveLength(1);
    } finally {
      await engine.close();
    }
  });

  it('terminates and replaces a hung worker', async () => {
    const { engine, pool, restarts } = await startEngine({ size: 1, timeoutMs: 100, hungBatchMs: 200 });
    try {
      await expect(engine.score([{ line: '__hang__' }])).rejects.toMatchObject({ status: 504 });
      await waitFor(() => restarts.length === 1 && pool.readyCount() === 1);
      expect(restarts[0]).toContain('more than 200 ms');
      await expect(engine.score([{ line: 'fine' }])).resolves.toHaveLength(1);
    } finally {
      await engine.close();
    }
  });

  it('refuses with 429 when the queue is full', async () => {
    const { engine } = await startEngine({ size: 1, maxQueueLines: 10 });
    try {
      const slow = engine.score([{ line: '__slow__' }]);
      await new Promise((r) => setTimeout(r, 20));
      const first = engine.score(Array.from({ length: 8 }, () => ({ line: 'x' })));
      await expect(engine.score(Array.from({ length: 5 }, () => ({ line: 'x' })))).rejects.toMatchObject({
        status: 429,
      });
      await expect(slow).resolves.toHaveLength(1);
      await expect(first).resolves.toHaveLength(8);
    } finally {
      await engine.close();
    }
  });

  it('start() rejects with the load error of a corrupt bundle and leaves no worker behind', async () => {
    const corrupt = mkdtempSync(join(tmpdir(), 'al-corrupt-'));
    writeFileSync(join(corrupt, 'model.json'), '{ not json');
    try {
      await expect(
        WorkerPool.start({ bundleDir: corrupt, device: 'cpu', size: 2, logger, detectorModule: FAKE_DETECTOR })
      ).rejects.toThrow(/JSON/);
    } finally {
      rmSync(corrupt, { recursive: true, force: true });
    }
  });

  it('close() drains in-flight work before stopping the workers', async () => {
    const { engine } = await startEngine({ size: 1 });
    const pending = engine.score([{ line: '__slow__' }]);
    await new Promise((r) => setTimeout(r, 20));
    await engine.close();
    await expect(pending).resolves.toHaveLength(1);
    await expect(engine.score([{ line: 'x' }])).rejects.toMatchObject({ status: 503 });
  });
});

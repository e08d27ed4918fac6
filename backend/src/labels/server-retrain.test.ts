/**
 * Retraining through the real server (startServer, worker threads, the fake detector): a retrain swaps the
 * candidate bundle in, the swap survives a restart, rollback swaps the previous bundle back, and a candidate that
 * does not load leaves the serving bundle alone.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { Registry } from 'prom-client';
import { loadConfig } from '../service/config';
import { startServer, type RunningServer } from '../service/server';
import type { Retrainer } from './retrain-jobs';
import { RetrainJobSchema, type RetrainJob } from './schemas';

const FAKE_DETECTOR = join(__dirname, '..', 'service', '__fixtures__', 'fake-detector.ts');
const TOKEN = 'retrain-test-token-0123456789';
const ADMIN_KEY = 'retrain-admin-key-0123456789';

function bundle(dir: string, version: string | null): string {
  mkdirSync(dir, { recursive: true });
  if (version) {
    writeFileSync(join(dir, 'model.json'), JSON.stringify({ id: 'fake', version }));
  }
  return dir;
}

async function call(server: RunningServer, method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${TOKEN}`,
      'X-Anomaly-Lens-Admin-Key': ADMIN_KEY,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

async function finished(server: RunningServer, location: string): Promise<RetrainJob> {
  for (;;) {
    const job = RetrainJobSchema.parse((await call(server, 'GET', location)).body);
    if (job.state !== 'queued' && job.state !== 'running') {
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('retrain through the real server', () => {
  let dir: string;
  const running: RunningServer[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'al-retrain-server-'));
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.shutdown('test done')));
    rmSync(dir, { recursive: true, force: true });
  });

  it('swaps the candidate in, keeps it across a restart, rolls back, and refuses a candidate that does not load', async () => {
    const base = bundle(join(dir, 'v1'), '1.0.0');
    const candidate = bundle(join(dir, 'v2'), '2.0.0');
    const broken = bundle(join(dir, 'broken'), null);
    let next = candidate;
    const seen: number[] = [];
    const retrainer: Retrainer = async ({ labels, onProgress }) => {
      seen.push(labels.length);
      onProgress({ stage: 'experts', fraction: 0.5 });
      return { candidateDir: next, accepted: true, reason: 'not worse', metrics: { before: {}, after: {} } };
    };
    const start = async () => {
      const server = await startServer({
        config: loadConfig({
          PORT: '0',
          HOST: '127.0.0.1',
          MODEL_DIR: base,
          WORKERS: '1',
          AUTH_TOKENS: TOKEN,
          ANOMALYLENS_ADMIN_KEY: ADMIN_KEY,
          LABELS_DB: join(dir, 'labels.sqlite'),
        }),
        registry: new Registry(),
        logger: pino({ level: 'silent' }),
        detectorModule: FAKE_DETECTOR,
        retrainer,
      });
      running.push(server);
      return server;
    };
    const version = async (server: RunningServer) => (await call(server, 'GET', '/api/v1/model')).body.version;

    const first = await start();
    expect(await version(first)).toBe('1.0.0');
    expect((await call(first, 'POST', '/api/v1/feedback', { line: 'disk full', verdict: 'anomaly' })).status).toBe(201);
    const started = await call(first, 'POST', '/api/v1/retrain');
    expect(started.status).toBe(202);
    const location = started.headers.get('location')!;
    const job = await finished(first, location);
    expect(job).toMatchObject({ state: 'succeeded', labelCount: 1, bundleDir: base, result: { activated: true } });
    expect(seen).toEqual([1]);
    expect(await version(first)).toBe('2.0.0');

    await first.shutdown('restart');
    const second = await start();
    expect(await version(second)).toBe('2.0.0');
    // The finished job is read back from SQLite.
    expect((await call(second, 'GET', location)).body).toMatchObject({ id: job.id, state: 'succeeded' });

    expect((await call(second, 'POST', '/api/v1/admin/rollback')).body).toEqual({ from: candidate, to: base });
    expect(await version(second)).toBe('1.0.0');

    next = broken;
    const failing = await call(second, 'POST', '/api/v1/retrain', {});
    const failed = await finished(second, failing.headers.get('location')!);
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatch(/^the accepted candidate .*broken could not be loaded: /);
    expect(await version(second)).toBe('1.0.0');
  });
});

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { Registry } from 'prom-client';
import { ErrorResponseSchema, ScoreResponseSchema } from '../contract';
import { loadConfig } from './config';
import { startServer, type RunningServer } from './server';
import { tsRequireHookSource } from './pool/spawn';

const FAKE_DETECTOR = join(__dirname, '__fixtures__', 'fake-detector.ts');
const TOKEN = 'server-test-token-0123456789';
const ADMIN_KEY = 'server-test-admin-key-0123456789';

function writeBundle(dir: string, version: string): void {
  writeFileSync(join(dir, 'model.json'), JSON.stringify({ id: 'fake', version }));
}

async function post(base: string, path: string, body: unknown, token = TOKEN) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
      'X-Anomaly-Lens-Admin-Key': ADMIN_KEY,
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as unknown };
}

describe('startServer (fake detector in real worker threads)', () => {
  let dir: string;
  let server: RunningServer;
  const stopped: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'al-server-'));
    writeBundle(dir, '1.0.0');
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      MODEL_DIR: dir,
      WORKERS: '2',
      AUTH_TOKENS: TOKEN,
      ANOMALYLENS_ADMIN_KEY: ADMIN_KEY,
      BATCH_MAX_DELAY_MS: '1',
      BATCH_MAX_LINES: '256',
    });
    server = await startServer({
      config,
      registry: new Registry(),
      logger: pino({ level: 'silent' }),
      detectorModule: FAKE_DETECTOR,
      background: [
        {
          name: 'probe',
          start: ({ engine }) => {
            expect(engine.model.version).toBe('1.0.0');
            return { stop: async () => void stopped.push('probe') };
          },
        },
      ],
    });
  });

  afterAll(async () => {
    await server.shutdown('test over');
    rmSync(dir, { recursive: true, force: true });
  });

  it('is ready and serves the model', async () => {
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', model: { id: 'fake', version: '1.0.0' }, device: 'cpu' });
  });

  it('answers 200 concurrent requests correctly and in order', async () => {
    const requests = Array.from({ length: 200 }, (_, r) =>
      Array.from({ length: 1 + ((r * 13) % 40) }, (_, i) => ({
        line: `r${r} l${i} ${i % 3 ? 'ok' : 'disk full'}`,
        id: `${r}.${i}`,
      }))
    );
    const responses = await Promise.all(requests.map((lines) => post(server.url, '/api/v1/score', { lines })));
    responses.forEach((res, r) => {
      expect(res.status).toBe(200);
      const body = ScoreResponseSchema.parse(res.body);
      expect(body.results.map((x) => x.id)).toEqual(requests[r]!.map((l) => l.id));
      expect(body.results.map((x) => x.verdict)).toEqual(
        requests[r]!.map((l) => (l.line.includes('disk full') ? 'anomaly' : 'normal'))
      );
    });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/anomalylens_batch_lines_count \d+/);
    expect(metrics).toContain('anomalylens_model_info{model_id="fake",model_version="1.0.0",device="cpu"} 1');
  });

  it('a crashing worker fails its request with 503, is replaced, and is counted', async () => {
    const res = await post(server.url, '/api/v1/score', { lines: [{ line: '__exit__' }] });
    expect(res.status).toBe(503);
    expect(ErrorResponseSchema.parse(res.body).error.code).toBe('unavailable');
    const until = Date.now() + 10_000;
    let metrics = '';
    while (Date.now() < until) {
      metrics = await (await fetch(`${server.url}/metrics`)).text();
      if (metrics.includes('anomalylens_workers_ready 2')) {
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(metrics).toContain('anomalylens_worker_restarts_total 1');
    expect(metrics).toContain('anomalylens_workers_ready 2');
    expect((await post(server.url, '/api/v1/score', { lines: [{ line: 'fine' }] })).status).toBe(200);
  });

  it('reload with a corrupt bundle answers reload_failed and keeps the old model serving', async () => {
    writeFileSync(join(dir, 'model.json'), '{"id": "fake", "vers');
    const res = await post(server.url, '/api/v1/admin/reload', {});
    expect(res.status).toBe(422);
    const error = ErrorResponseSchema.parse(res.body).error;
    expect(error.code).toBe('reload_failed');
    expect(error.message).toMatch(/JSON/);
    const scored = await post(server.url, '/api/v1/score', { lines: [{ line: 'still serving' }] });
    expect(scored.status).toBe(200);
    expect(ScoreResponseSchema.parse(scored.body).model.version).toBe('1.0.0');
  });

  it('a worker restart reads the verified copy, not the corrupt bundle now in MODEL_DIR', async () => {
    // A restart that read MODEL_DIR again would never come up.
    writeFileSync(join(dir, 'model.json'), '{"id": "fake", "vers');
    const res = await post(server.url, '/api/v1/score', { lines: [{ line: '__exit__' }] });
    expect(res.status).toBe(503);
    const until = Date.now() + 10_000;
    let metrics = '';
    while (Date.now() < until) {
      metrics = await (await fetch(`${server.url}/metrics`)).text();
      if (metrics.includes('anomalylens_worker_restarts_total 2') && metrics.includes('anomalylens_workers_ready 2')) {
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(metrics).toContain('anomalylens_workers_ready 2');
    const scored = await post(server.url, '/api/v1/score', { lines: [{ line: 'fine' }, { line: 'fine too' }] });
    expect(scored.status).toBe(200);
    expect(ScoreResponseSchema.parse(scored.body).model.version).toBe('1.0.0');
  });

  it('reload with a good bundle swaps atomically; the live engine follows', async () => {
    writeBundle(dir, '1.1.0');
    const inFlight = post(server.url, '/api/v1/score', { lines: [{ line: '__slow__' }] });
    await new Promise((r) => setTimeout(r, 20));
    const res = await post(server.url, '/api/v1/admin/reload', {});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ previous: { version: '1.0.0' }, model: { version: '1.1.0' }, device: 'cpu' });
    // The request that started on the old model finishes on it.
    const old = await inFlight;
    expect(old.status).toBe(200);
    expect(ScoreResponseSchema.parse(old.body).model.version).toBe('1.0.0');
    expect(server.engine.model.version).toBe('1.1.0');
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toContain('anomalylens_model_reloads_total{outcome="failure"} 1');
    expect(metrics).toContain('anomalylens_model_reloads_total{outcome="success"} 1');
    expect(metrics).toContain('model_version="1.1.0"');
    expect(metrics).not.toContain('model_version="1.0.0"');
  });

  it('stops background tasks on shutdown', async () => {
    const other = mkdtempSync(join(tmpdir(), 'al-server2-'));
    writeBundle(other, '3.0.0');
    const events: string[] = [];
    const s = await startServer({
      config: loadConfig({ PORT: '0', HOST: '127.0.0.1', MODEL_DIR: other, WORKERS: '1', AUTH_DISABLED: 'true' }),
      logger: pino({ level: 'silent' }),
      detectorModule: FAKE_DETECTOR,
      background: [{ name: 't', start: () => ({ stop: async () => void events.push('stopped') }) }],
    });
    await s.shutdown('test');
    await s.closed;
    expect(events).toEqual(['stopped']);
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
    rmSync(other, { recursive: true, force: true });
  });
});

describe('slow clients', () => {
  it('a body that trickles in is cut off after BODY_TIMEOUT_MS with 408 (Node waited 300 s)', async () => {
    const other = mkdtempSync(join(tmpdir(), 'al-server-slow-'));
    writeBundle(other, '1.0.0');
    const s = await startServer({
      config: loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        MODEL_DIR: other,
        WORKERS: '1',
        AUTH_DISABLED: 'true',
        BODY_TIMEOUT_MS: '400',
      }),
      logger: pino({ level: 'silent' }),
      detectorModule: FAKE_DETECTOR,
    });
    try {
      const { port } = new URL(s.url);
      const started = Date.now();
      const answer = await new Promise<string>((resolveAnswer) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(
            'POST /api/v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{'
          );
        });
        let text = '';
        socket.on('data', (d) => (text += d.toString()));
        socket.on('close', () => resolveAnswer(text));
        socket.on('error', () => resolveAnswer(text));
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await s.shutdown('test');
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('a background task that fails to start', () => {
  it('fails the start and releases the port, workers and label store', async () => {
    const other = mkdtempSync(join(tmpdir(), 'al-server3-'));
    writeBundle(other, '1.0.0');
    const events: string[] = [];
    const start = startServer({
      config: loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        MODEL_DIR: other,
        WORKERS: '1',
        AUTH_DISABLED: 'true',
        LABELS_DB: join(other, 'labels.sqlite'),
      }),
      logger: pino({ level: 'silent' }),
      detectorModule: FAKE_DETECTOR,
      background: [
        { name: 'ok', start: () => ({ stop: async () => void events.push('ok stopped') }) },
        {
          name: 'watcher',
          start: () => {
            throw new Error('metric anomalylens_lines_scored_total is already registered');
          },
        },
      ],
    });
    await expect(start).rejects.toThrow(/already registered/);
    expect(events).toEqual(['ok stopped']);
    rmSync(other, { recursive: true, force: true });
  });
});

describe('SIGTERM in a child process', () => {
  it('finishes the in-flight request, refuses new connections, exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'al-sigterm-'));
    writeBundle(dir, '1.0.0');
    const child = spawn(
      process.execPath,
      [
        '-e',
        `${tsRequireHookSource(require.resolve('@swc/core'))}\nrequire(${JSON.stringify(join(__dirname, '__fixtures__', 'serve-child.ts'))});`,
      ],
      { env: { ...process.env, MODEL_DIR: dir, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] }
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const line = out.split('\n').find((l) => l.startsWith('{'));
          if (line) {
            resolve((JSON.parse(line) as { url: string }).url);
          }
        });
        child.on('exit', () => reject(new Error(`child exited early: ${stderr}`)));
      });
      // A slow request (the fake detector blocks 300 ms) is in flight when SIGTERM arrives.
      const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(
          `${url}/api/v1/score`,
          { method: 'POST', headers: { 'Content-Type': 'application/json' } },
          (res) => {
            let body = '';
            res.on('data', (d: Buffer) => (body += d.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          }
        );
        req.on('error', reject);
        req.end(JSON.stringify({ lines: [{ line: '__slow__' }, { line: 'disk full' }] }));
      });
      await new Promise((r) => setTimeout(r, 100));
      child.kill('SIGTERM');
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(ScoreResponseSchema.parse(JSON.parse(res.body)).results).toHaveLength(2);
      expect(await exited).toBe(0);
      expect(stderr).toContain('shutdown complete');
      expect(stderr).toContain('AUTHENTICATION IS DISABLED');
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import pino from 'pino';
import request from 'supertest';
import { createApp } from './app';
import { Admission } from './admission';
import { createMetrics } from './metrics';
import { FakeEngine } from './__fixtures__/fake-engine';

const TOKEN = 'admission-token-0123456789abcdef';

function appWith(stats: { queuedLines: number; readyWorkers: number }, admission?: Admission) {
  const engine = new FakeEngine();
  return createApp({
    models: { current: () => ({ engine, stats: () => stats }) },
    metrics: createMetrics(undefined, { defaultMetrics: false }),
    logger: pino({ level: 'silent' }),
    limits: { maxBodyBytes: 1024 * 1024, maxLinesPerRequest: 1000, maxJsonDepth: 8, queueMaxLines: 2000 },
    authTokens: [TOKEN],
    authDisabled: false,
    version: '0.1.0',
    admission,
  });
}

describe('admission before the body is parsed', () => {
  it('429 with Retry-After from the headers alone when the queue has no room (the body is never parsed)', async () => {
    // Not JSON at all: before, the body was read and parsed first (a 400); now the queue decides first.
    const body = `{"lines": [${'x'.repeat(50_000)}`;
    const res = await request(appWith({ queuedLines: 1990, readyWorkers: 2 }))
      .post('/api/v1/score')
      .set('Authorization', `Bearer ${TOKEN}`)
      .set('Content-Type', 'application/json')
      .send(body);
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toMatch(/^\d+$/);
    expect(res.body.error.details).toMatchObject({ queuedLines: 1990, retryAfterSeconds: expect.any(Number) });
  });

  it('503 at once when no worker is ready, instead of waiting for the request timeout', async () => {
    const res = await request(appWith({ queuedLines: 0, readyWorkers: 0 }))
      .post('/api/v1/score')
      .set('Authorization', `Bearer ${TOKEN}`)
      .send({ lines: [{ line: 'x' }] });
    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(/no inference worker is ready/);
  });

  it('admits into an empty queue and scores', async () => {
    await request(appWith({ queuedLines: 0, readyWorkers: 2 }))
      .post('/api/v1/score')
      .set('Authorization', `Bearer ${TOKEN}`)
      .send({ lines: [{ line: 'x' }] })
      .expect(200);
  });
});

describe('Admission', () => {
  const state = (queuedLines: number) => ({ queuedLines, readyWorkers: 2 });

  it('bounds the bodies in parse and counts reservations as queued', () => {
    const a = new Admission({
      maxQueueLines: 100_000,
      maxLinesPerRequest: 5000,
      maxBodiesInParse: 2,
      initialBytesPerLine: 100,
    });
    const t1 = a.admit(100_000, state(0));
    a.admit(100_000, state(0));
    expect(() => a.admit(100, state(0))).toThrow(/bodies are being parsed/);
    t1.parsed(1000);
    expect(() => a.admit(100, state(0))).not.toThrow();
  });

  it('sizes the room from the measured rate and derives Retry-After from the backlog', () => {
    let t = 0;
    const a = new Admission({ maxQueueLines: 1_000_000, maxLinesPerRequest: 1000, targetWaitSeconds: 1, now: () => t });
    a.completed(10_000);
    t = 1000;
    expect(a.rate).toBe(10_000);
    // 9,500 waiting + ~1,000 estimated > 10,000 lines of room.
    expect(() => a.admit(100_000, state(9500))).toThrow(/9500 lines are waiting, room for 10000/);
    expect(a.retryAfterSeconds(25_000)).toBe(3);
    expect(() => a.admit(100_000, state(5000))).not.toThrow();
  });

  it('learns bytes per line from parsed requests', () => {
    const a = new Admission({ maxQueueLines: 10_000, maxLinesPerRequest: 10_000, initialBytesPerLine: 100 });
    for (let i = 0; i < 30; i++) {
      const ticket = a.admit(50_000, state(0));
      ticket.parsed(100); // 500 bytes a line
      ticket.release();
    }
    // 50,000 bytes are now ~100 lines, not 500: a queue of 9,850 has room for it.
    expect(() => a.admit(50_000, state(9850))).not.toThrow();
  });
});

describe('room from measured latency (latencyTargetMs)', () => {
  it('shrinks the wait while accepted requests are slower than the target, grows it back when they are fast', () => {
    let t = 0;
    const a = new Admission({
      maxQueueLines: 1_000_000,
      maxLinesPerRequest: 1000,
      latencyTargetMs: 1500,
      now: () => t,
    });
    expect(a.waitSeconds).toBe(1);
    // Ten windows in which the slowest accepted request took 3 s: 1 s x 0.7^n, floored at 0.25 s.
    for (let w = 0; w < 10; w++) {
      const ticket = a.admit(1000, { queuedLines: 0, readyWorkers: 2 });
      ticket.release();
      t += 1001;
      a.completed(1000, ticket.admittedAt - 2000);
    }
    expect(a.waitSeconds).toBe(0.25);
    // Fast windows (slowest 0.2 s, under 60 % of the target): +0.1 s each, capped at 2 s.
    for (let w = 0; w < 30; w++) {
      const ticket = a.admit(1000, { queuedLines: 0, readyWorkers: 2 });
      ticket.release();
      t += 200;
      a.completed(1000, ticket.admittedAt);
      t += 801;
    }
    expect(a.waitSeconds).toBe(2);
  });

  it('keeps the fixed wait without a target', () => {
    let t = 0;
    const a = new Admission({ maxQueueLines: 1_000_000, maxLinesPerRequest: 1000, now: () => t });
    for (let w = 0; w < 5; w++) {
      const ticket = a.admit(1000, null);
      ticket.release();
      t += 1001;
      a.completed(1000, ticket.admittedAt - 5000);
    }
    expect(a.waitSeconds).toBe(1);
  });
});

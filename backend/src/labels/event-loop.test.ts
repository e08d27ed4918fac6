/**
 * Label import over HTTP on a seeded store must leave the event loop free (issue 14: /healthz waited up to 170 ms
 * behind it). Measures the longest main-thread stretch while the route runs.
 */
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../service/app';
import { createMetrics } from '../service/metrics';
import { FakeEngine } from '../service/__fixtures__/fake-engine';
import { LabelStore } from './store';
import { worstGapMs } from './testing/event-loop-gap';

const TOKEN = 'event-loop-token-0123456789';
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const LABELS = 20_000;

function appWith(store: LabelStore) {
  return createApp({
    models: { current: () => ({ engine: new FakeEngine() }) },
    metrics: createMetrics(undefined, { defaultMetrics: false }),
    logger: pino({ level: 'silent' }),
    limits: { maxBodyBytes: 256 * 1024, maxLinesPerRequest: 50, maxJsonDepth: 8 },
    authTokens: [TOKEN],
    authDisabled: false,
    version: '0.1.0',
    labels: { store },
  });
}

function seeded(): LabelStore {
  const store = LabelStore.open(':memory:');
  for (let from = 0; from < LABELS; from += 5000) {
    store.insertRecords(
      Array.from({ length: 5000 }, (_, k) => ({
        id: `seed-${from + k}`,
        line: `seed line ${from + k} user=u${k % 97} took ${k % 1000} ms on host-${k % 13}`,
        verdict: k % 3 ? ('normal' as const) : ('anomaly' as const),
        domain: 'memory',
        user: 'seed',
        createdAt: '2026-12-01T00:00:00.000Z',
        source: 'import' as const,
      }))
    );
  }
  return store;
}

describe('label import on a seeded store keeps the event loop free', () => {
  it('import of 5,000 lines: no stretch over 50 ms', async () => {
    const store = seeded();
    const app = appWith(store);
    const body = Array.from({ length: 5000 }, (_, i) =>
      JSON.stringify({ line: `imported line ${i} took ${i % 700} ms`, verdict: 'normal', domain: 'memory' })
    ).join('\n');
    const { result, gapMs } = await worstGapMs(() =>
      request(app).post('/api/v1/labels/import').set(AUTH).set('Content-Type', 'application/x-ndjson').send(body)
    );
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ lines: 5000, imported: 5000, invalid: 0 });
    expect(gapMs).toBeLessThan(50);
    store.close();
  }, 60_000);
});

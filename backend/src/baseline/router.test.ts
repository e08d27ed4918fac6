import pino from 'pino';
import request from 'supertest';
import { ScoreResponseSchema } from '../contract';
import { createApp } from '../service/app';
import { createMetrics } from '../service/metrics';
import { FakeEngine } from '../service/__fixtures__/fake-engine';
import { BaselinedEngine } from './engine';
import { BaselineScorer } from './scorer';
import { BaselineStore } from './store';

const TOKEN = 'test-token-0123456789abcdef';
const AUTH = { Authorization: `Bearer ${TOKEN}` };

function setup(withStore: boolean) {
  const store = BaselineStore.open(':memory:', { flushMs: 0 });
  const scorer = new BaselineScorer(store);
  const inner = new FakeEngine();
  const engine = withStore ? new BaselinedEngine(inner, scorer) : inner;
  const app = createApp({
    models: { current: () => ({ engine }) },
    metrics: createMetrics(undefined, { defaultMetrics: false }),
    logger: pino({ level: 'silent' }),
    limits: { maxBodyBytes: 1024 * 1024, maxLinesPerRequest: 500, maxJsonDepth: 8 },
    authTokens: [TOKEN],
    authDisabled: false,
    version: '0.1.0',
    baseline: withStore ? scorer : undefined,
  });
  return { app, store };
}

const T0 = Date.UTC(2026, 0, 5);
const history = Array.from({ length: 300 }, (_, i) => ({
  line: i % 3 === 0 ? 'disk /var/log full' : 'user 42 logged in',
  timestamp: `${T0 + i * 60_000}000000`,
}));

describe('/api/v1/baseline', () => {
  it('learns a stream, then scores its routine error as chronic and a new one as new', async () => {
    const { app, store } = setup(true);
    const learnt = await request(app)
      .post('/api/v1/baseline/learn')
      .set(AUTH)
      .send({ labels: { service_name: 'api' }, lines: history });
    expect(learnt.status).toBe(200);
    expect(learnt.body).toMatchObject({ stream: 'service_name=api', lines: 300 });

    const labels = { service_name: 'api' };
    const ts = `${T0 + 400 * 60_000}000000`;
    const res = await request(app)
      .post('/api/v1/score')
      .set(AUTH)
      .send({
        lines: [
          { line: 'disk /var/log full', labels, timestamp: ts },
          { line: 'kernel oom fail now', labels, timestamp: ts },
          { line: 'disk /var/log full' },
        ],
      });
    expect(res.status).toBe(200);
    const body = ScoreResponseSchema.parse(res.body);
    expect(body.results[0]).toMatchObject({ verdict: 'normal', baseline: { state: 'chronic', seen: 100 } });
    expect(body.results[1]).toMatchObject({ verdict: 'anomaly', baseline: { state: 'new' } });
    expect(body.results[2]).toMatchObject({ verdict: 'anomaly' });
    expect(body.results[2]!.baseline).toBeUndefined();
    expect(body.chronicErrors).toEqual([expect.objectContaining({ stream: 'service_name=api', lines: [0] })]);

    const streams = await request(app).get('/api/v1/baseline/streams').set(AUTH);
    expect(streams.body.streams).toEqual([expect.objectContaining({ key: 'service_name=api', linesInWindow: 300 })]);
    store.close();
  });

  it('validates input and answers 503 without a store', async () => {
    const { app } = setup(true);
    const bad = await request(app).post('/api/v1/baseline/learn').set(AUTH).send({ labels: {}, lines: history });
    expect(bad.status).toBe(400);
    const tooMany = await request(app)
      .post('/api/v1/baseline/learn')
      .set(AUTH)
      .send({ labels: { job: 'x' }, lines: Array.from({ length: 501 }, () => ({ line: 'x' })) });
    expect(tooMany.status).toBe(413);
    const none = setup(false);
    const off = await request(none.app).get('/api/v1/baseline/streams').set(AUTH);
    expect(off.status).toBe(503);
    const unauth = await request(app).get('/api/v1/baseline/streams');
    expect(unauth.status).toBe(401);
  });
});

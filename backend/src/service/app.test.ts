import fc from 'fast-check';
import pino from 'pino';
import request from 'supertest';
import {
  ErrorResponseSchema,
  HealthResponseSchema,
  ModelInfoSchema,
  ModelTemplatesResponseSchema,
  ScoreResponseSchema,
} from '../contract';
import { buildOpenApiDocument } from '../api/openapi';
import { createApp, type AppDeps } from './app';
import { HttpError, OverloadedError, TimeoutError, WorkerCrashedError } from './errors';
import { createMetrics } from './metrics';
import type { LoadedModel, ModelSource, ReloadResult } from './models';
import { FakeEngine } from './__fixtures__/fake-engine';
import { explainSequence } from '../reasoning/explain';

// The real builder, counted (openapi.json must be built once per app, not per request).
jest.mock('../api/openapi', () => {
  const actual = jest.requireActual('../api/openapi');
  return { ...actual, buildOpenApiDocument: jest.fn(actual.buildOpenApiDocument) };
});
import { knowledgeFromTables } from '../reasoning/knowledge';

const TOKEN = 'test-token-0123456789abcdef';
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const ADMIN_KEY = 'app-admin-key-0123456789abcdef';
const ADMIN = { ...AUTH, 'X-Anomaly-Lens-Admin-Key': ADMIN_KEY };

function setup(overrides: Partial<AppDeps> & { model?: LoadedModel | null; reload?: ModelSource['reload'] } = {}) {
  const logs: string[] = [];
  const logger = pino({ level: 'info' }, { write: (s: string) => void logs.push(s) });
  const engine = new FakeEngine();
  const model: LoadedModel | null = overrides.model === undefined ? { engine } : overrides.model;
  const deps: AppDeps = {
    models: { current: () => model, reload: overrides.reload },
    metrics: createMetrics(undefined, { defaultMetrics: false }),
    logger,
    limits: { maxBodyBytes: 64 * 1024, maxLinesPerRequest: 50, maxJsonDepth: 8 },
    authTokens: [TOKEN],
    authDisabled: false,
    adminKeys: [ADMIN_KEY],
    version: '0.1.0',
    ...overrides,
  };
  return { app: createApp(deps), engine, logs, deps };
}

function expectError(res: request.Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = ErrorResponseSchema.parse(res.body);
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body.error;
}

describe('POST /api/v1/score', () => {
  it('scores lines in order and echoes ids, validated against the contract', async () => {
    const { app } = setup();
    const lines = [{ line: 'disk /var full', id: 'a' }, { line: 'user 1 logged in' }, { line: 'OOM killer', id: 'c' }];
    const res = await request(app).post('/api/v1/score').set(AUTH).send({ lines });
    expect(res.status).toBe(200);
    const body = ScoreResponseSchema.parse(res.body);
    expect(body.model).toEqual({ id: 'fake', version: '1.0.0' });
    expect(body.results.map((r) => [r.index, r.id, r.verdict])).toEqual([
      [0, 'a', 'anomaly'],
      [1, undefined, 'normal'],
      [2, 'c', 'anomaly'],
    ]);
  });

  it('passes the combine option through', async () => {
    const { app, engine } = setup();
    await request(app)
      .post('/api/v1/score')
      .set(AUTH)
      .send({ lines: [{ line: 'x' }], options: { combine: 'soft' } })
      .expect(200);
    expect(engine.calls[0]!.options).toEqual({ combine: 'soft' });
  });

  it('401 without a token, with WWW-Authenticate', async () => {
    const { app } = setup();
    const res = await request(app)
      .post('/api/v1/score')
      .send({ lines: [{ line: 'x' }] });
    expectError(res, 401, 'unauthorized');
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('401 with a wrong token, including a prefix of the right one', async () => {
    const { app } = setup();
    for (const token of ['nope', TOKEN.slice(0, -1), `${TOKEN}x`]) {
      const res = await request(app)
        .post('/api/v1/score')
        .set('Authorization', `Bearer ${token}`)
        .send({ lines: [{ line: 'x' }] });
      const error = expectError(res, 401, 'unauthorized');
      expect(error.message).toBe('invalid bearer token');
      expect(res.headers['www-authenticate']).toContain('invalid_token');
    }
  });

  it('accepts any request when auth is disabled', async () => {
    const { app } = setup({ authDisabled: true });
    await request(app)
      .post('/api/v1/score')
      .send({ lines: [{ line: 'x' }] })
      .expect(200);
  });

  it('415 for a non-JSON content type', async () => {
    const { app } = setup();
    const res = await request(app).post('/api/v1/score').set(AUTH).set('Content-Type', 'text/plain').send('hello');
    expectError(res, 415, 'unsupported_media_type');
  });

  it('400 with the position for invalid JSON', async () => {
    const { app } = setup();
    const res = await request(app)
      .post('/api/v1/score')
      .set(AUTH)
      .set('Content-Type', 'application/json')
      .send('{"lines": [\n  {"line": "a",}]}');
    const error = expectError(res, 400, 'bad_request');
    expect(error.details).toMatchObject({ line: 2, column: 16, position: 27 });
    expect(error.message).toContain('line 2');
  });

  it('413 for a body over the byte limit', async () => {
    const { app } = setup();
    const res = await request(app)
      .post('/api/v1/score')
      .set(AUTH)
      .send({ lines: [{ line: 'x'.repeat(70 * 1024) }] });
    expectError(res, 413, 'payload_too_large');
  });

  it('413 too_many_lines over the line limit', async () => {
    const { app } = setup();
    const res = await request(app)
      .post('/api/v1/score')
      .set(AUTH)
      .send({ lines: Array.from({ length: 51 }, () => ({ line: 'x' })) });
    const error = expectError(res, 413, 'too_many_lines');
    expect(error.details).toEqual({ lines: 51, maxLinesPerRequest: 50 });
  });

  it('413 for JSON nested deeper than the limit, without parsing it', async () => {
    const { app } = setup();
    const res = await request(app)
      .post('/api/v1/score')
      .set(AUTH)
      .set('Content-Type', 'application/json')
      .send('['.repeat(20000) + ']'.repeat(20000));
    expectError(res, 413, 'payload_too_large');
  });

  it('400 validation_failed with the path of the problem', async () => {
    const { app } = setup();
    const res = await request(app)
      .post('/api/v1/score')
      .set(AUTH)
      .send({ lines: [{ line: 'ok' }, { line: 42 }] });
    const error = expectError(res, 400, 'validation_failed');
    expect(error.message).toContain('lines.1.line');
  });

  it('400 for an empty line list and for unknown options', async () => {
    const { app } = setup();
    expectError(await request(app).post('/api/v1/score').set(AUTH).send({ lines: [] }), 400, 'validation_failed');
    expectError(
      await request(app)
        .post('/api/v1/score')
        .set(AUTH)
        .send({ lines: [{ line: 'x' }], options: { speed: 'max' } }),
      400,
      'validation_failed'
    );
  });

  it.each([
    [new OverloadedError(10, 5, 12, 1), 429, 'overloaded'],
    [new TimeoutError(50), 504, 'timeout'],
    [new WorkerCrashedError('worker 0 exited with code 3'), 503, 'unavailable'],
  ])('maps engine failure %p to its status', async (err, status, code) => {
    const { app, engine } = setup();
    engine.behaviour = () => Promise.reject(err);
    const res = await request(app)
      .post('/api/v1/score')
      .set(AUTH)
      .send({ lines: [{ line: 'x' }] });
    expectError(res, status, code);
    if (status === 429) {
      expect(res.headers['retry-after']).toBe('1');
      expect(res.body.error.details).toMatchObject({ retryAfterSeconds: 1, queueMaxLines: 12 });
    }
  });

  it('500 internal for an unexpected engine error, without leaking its message', async () => {
    const { app, engine, logs } = setup();
    engine.behaviour = () => Promise.reject(new Error('secret internals'));
    const res = await request(app)
      .post('/api/v1/score')
      .set(AUTH)
      .send({ lines: [{ line: 'x' }] });
    const error = expectError(res, 500, 'internal');
    expect(error.message).not.toContain('secret');
    expect(logs.join('')).toContain('secret internals');
  });

  it('503 when no model is loaded', async () => {
    const { app } = setup({ model: null });
    const res = await request(app)
      .post('/api/v1/score')
      .set(AUTH)
      .send({ lines: [{ line: 'x' }] });
    expectError(res, 503, 'unavailable');
  });

  it('never writes raw log lines to the info log', async () => {
    const { app, logs } = setup();
    const secret = 'password=hunter2 for user alice';
    await request(app)
      .post('/api/v1/score')
      .set(AUTH)
      .send({ lines: [{ line: secret }] })
      .expect(200);
    await request(app)
      .post('/api/v1/score')
      .set(AUTH)
      .send({ lines: [{ line: secret, id: 7 }] })
      .expect(400);
    const output = logs.join('');
    expect(output).toContain('"route":"/api/v1/score"');
    expect(output).not.toContain('hunter2');
  });

  it('counts scored lines and anomalies per domain in /metrics', async () => {
    const { app } = setup();
    await request(app)
      .post('/api/v1/score')
      .set(AUTH)
      .send({ lines: [{ line: 'disk full' }, { line: 'OOM' }, { line: 'fine' }] })
      .expect(200);
    const res = await request(app).get('/metrics').expect(200);
    expect(res.text).toContain('anomalylens_api_lines_scored_total 3');
    expect(res.text).toContain('anomalylens_anomalies_total{domain="storage"} 1');
    expect(res.text).toContain('anomalylens_anomalies_total{domain="memory"} 1');
    expect(res.text).toMatch(
      /anomalylens_http_request_duration_seconds_count\{route="\/api\/v1\/score",method="POST",status="200"\} 1/
    );
  });
});

describe('POST /api/v1/explain', () => {
  const body = { lines: [{ line: 'a' }, { line: 'b' }], focus: 1 };

  it('501 not_implemented when the loaded model carries no explainer (a bundle-less test double)', async () => {
    const { app } = setup();
    const res = await request(app).post('/api/v1/explain').set(AUTH).send(body);
    expect(expectError(res, 501, 'not_implemented').message).toContain('no sequence explainer');
  });

  it('delegates to the model-bound explainer', async () => {
    const engine = new FakeEngine();
    const explain = jest.fn().mockResolvedValue({ sentinel: true });
    const { app } = setup({ model: { engine, explain } });
    const res = await request(app).post('/api/v1/explain').set(AUTH).send(body).expect(200);
    expect(res.body).toEqual({ sentinel: true });
    expect(explain).toHaveBeenCalledWith(body);
  });

  it('400 for a focus outside the lines, 401 without a token', async () => {
    const { app } = setup();
    expectError(
      await request(app)
        .post('/api/v1/explain')
        .set(AUTH)
        .send({ ...body, focus: 2 }),
      400,
      'validation_failed'
    );
    expectError(await request(app).post('/api/v1/explain').send(body), 401, 'unauthorized');
  });
});

describe('POST /api/v1/sequences', () => {
  const body = { lines: [{ line: 'a blk_1' }, { line: 'b' }], window: { lines: 50 } };

  it('delegates to the model-bound lister, 501 without one', async () => {
    expectError(await request(setup().app).post('/api/v1/sequences').set(AUTH).send(body), 501, 'not_implemented');
    const sequences = jest.fn().mockResolvedValue({ sentinel: true });
    const { app } = setup({ model: { engine: new FakeEngine(), sequences } });
    const res = await request(app).post('/api/v1/sequences').set(AUTH).send(body).expect(200);
    expect(res.body).toEqual({ sentinel: true });
    expect(sequences).toHaveBeenCalledWith(body);
  });

  it('400 with the offending field, 401 without a token, 405 on GET', async () => {
    const { app } = setup();
    const bad = await request(app)
      .post('/api/v1/sequences')
      .set(AUTH)
      .send({ ...body, window: { lines: 10, seconds: 5 } });
    expect(expectError(bad, 400, 'validation_failed').message).toContain('give lines or seconds, not both');
    const unknown = await request(app)
      .post('/api/v1/sequences')
      .set(AUTH)
      .send({ ...body, limt: 3 });
    expect(expectError(unknown, 400, 'validation_failed').message).toContain('limt');
    expectError(await request(app).post('/api/v1/sequences').send(body), 401, 'unauthorized');
    expectError(await request(app).get('/api/v1/sequences').set(AUTH), 405, 'method_not_allowed');
  });
});

describe('POST /api/v1/explain: hostile session and window options', () => {
  // The real reasoning engine over the fake scorer: the route's validation and the engine's behaviour together.
  const realExplain = () => {
    const engine = new FakeEngine();
    return setup({
      model: { engine, explain: (r) => explainSequence(engine, knowledgeFromTables([], []), null, r) },
    }).app;
  };
  const post = (app: ReturnType<typeof realExplain>, extra: object) =>
    request(app)
      .post('/api/v1/explain')
      .set(AUTH)
      .send({ lines: [{ line: 'a id=1' }, { line: 'b id=1', timestamp: '1000' }], focus: 1, ...extra });

  it.each(['(', '[z-a]', '(a)\\1', '(?=x)y'])('400 with the path for the session regex %s', async (regex) => {
    const error = expectError(await post(realExplain(), { session: { regex } }), 400, 'validation_failed');
    expect(error.message).toContain('session.regex');
    expect(error.details).toEqual({ issues: [expect.objectContaining({ path: 'session.regex' })] });
  });

  it('400 with the path for window.seconds 1e300 (BigInt(Infinity) answered 500)', async () => {
    const error = expectError(
      await post(realExplain(), { session: 'none', window: { seconds: 1e300 } }),
      400,
      'validation_failed'
    );
    expect(error.message).toContain('window.seconds');
  });

  it('a catastrophic-backtracking regex answers at once (V8 took 19 s on this input)', async () => {
    const lines = Array.from({ length: 8 }, () => ({ line: `${'a'.repeat(26)}!` }));
    const started = performance.now();
    const res = await request(realExplain())
      .post('/api/v1/explain')
      .set(AUTH)
      .send({ lines, focus: 0, session: { regex: '(a+)+$' } });
    // Exponential (V8: 6.5 s on this 2-core VM, 19 s elsewhere) against linear (RE2: ~20 ms): a wide margin.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(res.status).toBe(200);
    expect(res.body.sequence).toMatchObject({ keyType: 'window' });
  });
});

describe('model routes', () => {
  it('GET /api/v1/model returns the model card', async () => {
    const { app } = setup();
    const res = await request(app).get('/api/v1/model').set(AUTH).expect(200);
    expect(ModelInfoSchema.parse(res.body).id).toBe('fake');
  });

  it('GET /api/v1/model/templates pages and filters', async () => {
    const { app } = setup();
    const res = await request(app).get('/api/v1/model/templates?offset=1&limit=1').set(AUTH).expect(200);
    const page = ModelTemplatesResponseSchema.parse(res.body);
    expect(page).toMatchObject({ total: 3, offset: 1 });
    expect(page.templates.map((t) => t.id)).toEqual(['t2']);
    const byDomain = await request(app).get('/api/v1/model/templates?domain=memory').set(AUTH).expect(200);
    expect(byDomain.body.templates.map((t: { id: string }) => t.id)).toEqual(['t3']);
  });

  it('400 for bad template queries', async () => {
    const { app } = setup();
    for (const q of ['limit=0', 'limit=5000', 'offset=-1', 'domain=toaster', 'offset=abc', 'sort=id']) {
      expectError(await request(app).get(`/api/v1/model/templates?${q}`).set(AUTH), 400, 'validation_failed');
    }
  });

  it('503 without a model, 401 without a token', async () => {
    expectError(
      await request(setup({ model: null }).app)
        .get('/api/v1/model')
        .set(AUTH),
      503,
      'unavailable'
    );
    expectError(await request(setup().app).get('/api/v1/model/templates'), 401, 'unauthorized');
  });
});

describe('health, readiness, metrics, openapi', () => {
  it('healthz is ok without auth, with the model when loaded', async () => {
    const res = await request(setup().app).get('/healthz').expect(200);
    expect(HealthResponseSchema.parse(res.body)).toEqual({
      status: 'ok',
      model: { id: 'fake', version: '1.0.0' },
      device: 'cpu',
    });
    const starting = await request(setup({ model: null }).app)
      .get('/healthz')
      .expect(200);
    expect(HealthResponseSchema.parse(starting.body).model).toBeNull();
  });

  it('readyz is 503 until a model is loaded', async () => {
    const res = await request(setup({ model: null }).app)
      .get('/readyz')
      .expect(503);
    expect(HealthResponseSchema.parse(res.body).status).toBe('starting');
    await request(setup().app).get('/readyz').expect(200);
  });

  it('readyz is 503 unavailable while every worker is down', async () => {
    const engine = new FakeEngine();
    const stats = { queuedLines: 0, readyWorkers: 0 };
    const { app } = setup({ model: { engine, stats: () => stats } });
    const res = await request(app).get('/readyz').expect(503);
    expect(HealthResponseSchema.parse(res.body).status).toBe('unavailable');
    stats.readyWorkers = 1;
    await request(app).get('/readyz').expect(200);
  });

  it('metrics are in Prometheus text format without auth', async () => {
    const res = await request(setup().app).get('/metrics').expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toContain('# TYPE anomalylens_http_request_duration_seconds histogram');
  });

  it('openapi.json is the generated document', async () => {
    const { app } = setup();
    expectError(await request(app).get('/api/v1/openapi.json'), 401, 'unauthorized');
    const res = await request(app).get('/api/v1/openapi.json').set(AUTH).expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toContain('/api/v1/score');
  });

  it('openapi.json is built once, with the app, not while a request waits', async () => {
    // Building it takes 20-55 ms of main thread; the first request after every start paid it, /healthz waiting.
    const build = jest.mocked(buildOpenApiDocument);
    build.mockClear();
    {
      const { app } = setup();
      expect(build).toHaveBeenCalledTimes(1);
      for (let i = 0; i < 3; i++) {
        const res = await request(app).get('/api/v1/openapi.json').set(AUTH).expect(200);
        expect(res.headers['content-type']).toContain('application/json');
        expect(res.body.openapi).toBe('3.1.0');
      }
      expect(build).toHaveBeenCalledTimes(1);
    }
  });

  it('404 for unknown paths, 405 with Allow for wrong methods', async () => {
    const { app } = setup();
    expectError(await request(app).get('/api/v2/nothing'), 404, 'not_found');
    const res = await request(app).get('/api/v1/score').set(AUTH);
    expectError(res, 405, 'method_not_allowed');
    expect(res.headers.allow).toBe('POST');
  });
});

describe('privilege: exact paths and the admin key', () => {
  it.each([
    ['POST', '/API/V1/ADMIN/RELOAD'],
    ['POST', '/api/v1/Admin/Reload'],
    ['POST', '/api/v1/admin/reload/'],
    ['POST', '/api/v1/RETRAIN'],
    ['POST', '/API/V1/ADMIN/ROLLBACK'],
    ['GET', '/API/V1/MODEL'],
    ['POST', '/API/V1/BASELINE/LEARN'],
    ['GET', '/api/v1/baseline/streams/'],
    ['POST', '/API/V1/QUERY'],
    ['POST', '/api/v1/query/'],
  ])('%s %s matches no route (Grafana matches proxy paths case-sensitively)', async (method, path) => {
    const reload = jest.fn();
    const { app } = setup({ reload });
    const res = await request(app)[method === 'GET' ? 'get' : 'post'](path).set(ADMIN);
    expect(res.status).toBe(404);
    expect(reload).not.toHaveBeenCalled();
  });

  it('reload needs the admin key besides the bearer token; 403 without one configured', async () => {
    const reload = jest.fn();
    const { app } = setup({ reload });
    expect(expectError(await request(app).post('/api/v1/admin/reload').set(AUTH), 403, 'forbidden').message).toMatch(
      /X-Anomaly-Lens-Admin-Key/
    );
    expectError(
      await request(app)
        .post('/api/v1/admin/reload')
        .set({ ...AUTH, 'X-Anomaly-Lens-Admin-Key': 'wrong-key-0123456789' }),
      403,
      'forbidden'
    );
    const none = setup({ reload, adminKeys: [] }).app;
    expect(expectError(await request(none).post('/api/v1/admin/reload').set(ADMIN), 403, 'forbidden').message).toMatch(
      /ANOMALYLENS_ADMIN_KEY/
    );
    expect(reload).not.toHaveBeenCalled();
  });

  it('/metrics needs the token with metricsAuth', async () => {
    const { app } = setup({ metricsAuth: true });
    expectError(await request(app).get('/metrics'), 401, 'unauthorized');
    await request(app).get('/metrics').set(AUTH).expect(200);
  });
});

describe('POST /api/v1/admin/reload', () => {
  const result: ReloadResult = {
    previous: { id: 'fake', version: '1.0.0' },
    model: { id: 'fake', version: '1.1.0' },
    device: 'cpu',
    loadMs: 5,
  };

  it('requires auth and reports the swap', async () => {
    const reload = jest.fn().mockResolvedValue(result);
    const { app } = setup({ reload });
    expectError(await request(app).post('/api/v1/admin/reload'), 401, 'unauthorized');
    expect(reload).not.toHaveBeenCalled();
    const res = await request(app).post('/api/v1/admin/reload').set(ADMIN).expect(200);
    expect(res.body).toEqual(result);
  });

  it('passes reload_failed through with its reason', async () => {
    const reload = jest.fn().mockRejectedValue(new HttpError(422, 'reload_failed', 'bundle rejected: bad manifest'));
    const res = await request(setup({ reload }).app).post('/api/v1/admin/reload').set(ADMIN);
    expect(expectError(res, 422, 'reload_failed').message).toContain('bad manifest');
  });
});

describe('fuzzing request bodies', () => {
  it('always answers a valid success or error, never crashes', async () => {
    const { app } = setup();
    const json = fc.oneof(
      fc.jsonValue({ maxDepth: 6 }),
      fc.record({ lines: fc.array(fc.record({ line: fc.string() }), { maxLength: 60 }) }),
      fc.record({
        lines: fc.array(
          fc.record(
            {
              line: fc.oneof(fc.string(), fc.integer()),
              id: fc.oneof(fc.string({ maxLength: 300 }), fc.constant(null)),
              timestamp: fc.oneof(fc.stringMatching(/^\d{1,20}$/), fc.string()),
              labels: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())),
            },
            { requiredKeys: ['line'] }
          ),
          { maxLength: 5 }
        ),
        options: fc.oneof(fc.constant({ combine: 'soft' }), fc.object({ maxDepth: 1 })),
      })
    );
    const raw = fc.oneof(
      json.map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 })
    );
    await fc.assert(
      fc.asyncProperty(raw, async (text) => {
        const res = await request(app)
          .post('/api/v1/score')
          .set(AUTH)
          .set('Content-Type', 'application/json')
          .send(text);
        if (res.status === 200) {
          ScoreResponseSchema.parse(res.body);
        } else {
          expect([400, 413]).toContain(res.status);
          ErrorResponseSchema.parse(res.body);
        }
      }),
      { numRuns: 300, seed: 42 }
    );
  });
});

import pino from 'pino';
import request from 'supertest';
import { ErrorResponseSchema, QueryResponseSchema, type ExplainRequest, type ExplainResponse } from '../contract';
import { FakeLoki } from '../loki/testing/fake-loki';
import { createApp, type AppDeps } from './app';
import { createMetrics } from './metrics';
import type { LoadedModel } from './models';
import { FakeEngine } from './__fixtures__/fake-engine';

const TOKEN = 'test-token-0123456789abcdef';
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const T0_MS = 1_795_344_960_000; // a minute boundary
const ns = (ms: number) => `${ms}000000`;
const STREAM = { job: 'app', host: 'h1' };

/** One line a second: every 10th an error (the fake engine calls "error" lines anomalous). */
function seed(loki: FakeLoki, seconds: number, fromMs = T0_MS) {
  loki.add(
    STREAM,
    Array.from({ length: seconds }, (_, i) => ({
      ts: ns(fromMs + i * 1000),
      line: i % 10 === 0 ? `request ${i} failed with error 500` : `request ${i} served in 12 ms`,
    }))
  );
}

let loki: FakeLoki;
let lokiUrl: string;

beforeEach(async () => {
  loki = new FakeLoki([
    {
      method: 'GET',
      path: '/loki/api/v1/query_range',
      params: { query: '{job="bgl"' },
      fixture: 'query_range_bad_logql.txt',
    },
    {
      method: 'GET',
      path: '/loki/api/v1/query_range',
      params: { query: 'sum by (job) (count_over_time({job="bgl"} |= "error" [1m]))' },
      fixture: 'query_range_matrix.json',
    },
    { method: 'GET', path: '/loki/api/v1/labels', fixture: 'labels.json' },
  ]);
  lokiUrl = await loki.start();
});

afterEach(async () => {
  await loki.stop();
});

function setup(overrides: Partial<AppDeps> & { explain?: LoadedModel['explain'] } = {}) {
  const engine = new FakeEngine();
  const model: LoadedModel = { engine, explain: overrides.explain };
  const deps: AppDeps = {
    models: { current: () => model },
    metrics: createMetrics(undefined, { defaultMetrics: false }),
    logger: pino({ level: 'silent' }),
    limits: { maxBodyBytes: 64 * 1024, maxLinesPerRequest: 50, maxJsonDepth: 8 },
    authTokens: [TOKEN],
    authDisabled: false,
    version: '0.1.0',
    ...overrides,
  };
  return { app: createApp(deps), engine };
}

const linesScored = (engine: FakeEngine) => engine.calls.reduce((a, c) => a + c.lines, 0);

function body(extra: Record<string, unknown> = {}) {
  return {
    loki: { url: lokiUrl },
    query: '{job="app"}',
    type: 'rate',
    start: ns(T0_MS),
    end: ns(T0_MS + 120_000),
    stepMs: 60_000,
    ...extra,
  };
}

function expectError(res: request.Response, status: number, code: string) {
  expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status });
  const parsed = ErrorResponseSchema.parse(res.body);
  expect(parsed.error.code).toBe(code);
  return parsed.error;
}

describe('POST /api/v1/query: rate', () => {
  it('reads every line of the range from Loki and answers the anomaly rate per domain and step', async () => {
    seed(loki, 180);
    const { app } = setup();
    const res = await request(app).post('/api/v1/query').set(AUTH).send(body());
    expect(res.status).toBe(200);
    const answer = QueryResponseSchema.parse(res.body);
    expect(answer.rate!.times).toEqual([T0_MS, T0_MS + 60_000]);
    // The fake engine: "failed with error" lines are anomalies routed to application, like the others.
    expect(answer.rate!.series).toEqual([
      { domain: 'application', totals: [60, 60], anomalies: [6, 6], rates: [0.1, 0.1] },
    ]);
    expect(answer.stats).toMatchObject({ lines: 120, scored: 120, cached: 0, truncated: false });
  });

  it('scores a line once however many evaluations cover it', async () => {
    seed(loki, 240);
    const { app, engine } = setup();
    await request(app).post('/api/v1/query').set(AUTH).send(body()).expect(200);
    const again = await request(app).post('/api/v1/query').set(AUTH).send(body()).expect(200);
    expect(again.body.stats).toMatchObject({ lines: 120, scored: 0, cached: 120 });
    // The next evaluation a minute later: only its new minute is scored.
    const later = await request(app)
      .post('/api/v1/query')
      .set(AUTH)
      .send(body({ start: ns(T0_MS + 60_000), end: ns(T0_MS + 180_000) }))
      .expect(200);
    expect(later.body.stats).toMatchObject({ lines: 120, scored: 60, cached: 60 });
    expect(linesScored(engine)).toBe(180);
    // Chunks never exceed the per-request line limit the engine's queue admits.
    expect(Math.max(...engine.calls.map((c) => c.lines))).toBeLessThanOrEqual(50);
  });

  it('scores again after the model changes', async () => {
    seed(loki, 60);
    const { app, engine } = setup();
    await request(app).post('/api/v1/query').set(AUTH).send(body()).expect(200);
    (engine as { model: { id: string; version: string } }).model = { id: 'fake', version: '2.0.0' };
    const res = await request(app).post('/api/v1/query').set(AUTH).send(body()).expect(200);
    expect(res.body.stats).toMatchObject({ scored: 60, cached: 0 });
    expect(res.body.model).toEqual({ id: 'fake', version: '2.0.0' });
  });

  it('picks a round step when none is given', async () => {
    seed(loki, 10);
    const { app } = setup();
    const res = await request(app)
      .post('/api/v1/query')
      .set(AUTH)
      .send(body({ stepMs: undefined, end: ns(T0_MS + 3_600_000) }))
      .expect(200);
    expect(res.body.rate.stepMs).toBe(60_000);
    expect(res.body.rate.times).toHaveLength(60);
  });

  it('413 when the range holds more lines than the limit, instead of a rate over a sample', async () => {
    seed(loki, 120);
    const { app } = setup();
    const res = await request(app)
      .post('/api/v1/query')
      .set(AUTH)
      .send(body({ limit: 100 }));
    expect(expectError(res, 413, 'too_many_lines').message).toMatch(/more than 100 lines/);
  });

  it('sends the tenant and the credentials of the request to Loki', async () => {
    seed(loki, 10);
    const { app } = setup();
    await request(app)
      .post('/api/v1/query')
      .set(AUTH)
      .send(body({ loki: { url: lokiUrl, tenant: 'team-a', auth: { type: 'basic', username: 'u', password: 'p' } } }))
      .expect(200);
    const sent = loki.requests.find((r) => r.path === '/loki/api/v1/query_range')!;
    expect(sent.headers['x-scope-orgid']).toBe('team-a');
    expect(sent.headers.authorization).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
  });
});

describe('POST /api/v1/query: lines', () => {
  it('answers the newest lines oldest first, scored, and says when the range held more', async () => {
    seed(loki, 30);
    const { app } = setup();
    const res = await request(app)
      .post('/api/v1/query')
      .set(AUTH)
      .send(body({ type: 'lines', limit: 5 }))
      .expect(200);
    const answer = QueryResponseSchema.parse(res.body);
    expect(answer.lines!.map((l) => l.ts)).toEqual([25, 26, 27, 28, 29].map((s) => ns(T0_MS + s * 1000)));
    expect(answer.lines![0]).toMatchObject({ labels: STREAM, verdict: 'normal', domain: 'application' });
    expect(answer.stats.truncated).toBe(true);
    const sent = loki.requests.find((r) => r.path === '/loki/api/v1/query_range')!;
    expect(sent.params.get('direction')).toBe('backward');
  });

  it('anomaliesOnly keeps the anomalous lines', async () => {
    seed(loki, 30);
    const { app } = setup();
    const res = await request(app)
      .post('/api/v1/query')
      .set(AUTH)
      .send(body({ type: 'lines', anomaliesOnly: true }))
      .expect(200);
    expect(res.body.lines.map((l: { line: string }) => l.line)).toEqual([
      'request 0 failed with error 500',
      'request 10 failed with error 500',
      'request 20 failed with error 500',
    ]);
    expect(res.body.stats.truncated).toBe(false);
  });

  it('400 for a lines limit above one Loki page', async () => {
    const { app } = setup();
    const res = await request(app)
      .post('/api/v1/query')
      .set(AUTH)
      .send(body({ type: 'lines', limit: 5001 }));
    expect(expectError(res, 400, 'validation_failed').message).toMatch(/at most 5000/);
  });
});

describe('POST /api/v1/query: sequences', () => {
  it('explains anomalous lines one sequence at a time and skips lines a sequence covers', async () => {
    seed(loki, 40);
    const calls: ExplainRequest[] = [];
    const explain = async (req: ExplainRequest): Promise<ExplainResponse> => {
      calls.push(req);
      // A session of the focus line and the next two lines.
      const indices = [req.focus!, req.focus! + 1, req.focus! + 2];
      return {
        model: { id: 'fake', version: '1.0.0' },
        sequence: {
          key: `r${req.focus}`,
          keyType: 'request-id',
          lineIndices: indices,
          start: req.lines[indices[0]!]!.timestamp!,
          end: req.lines[indices[2]!]!.timestamp!,
          score: 0.97,
          verdict: req.focus === 20 ? 'normal' : 'anomaly',
          findings: [],
        },
        results: [],
        reasoning: {
          eventWise: [],
          stageWise: [],
          pattern: [],
          indicators: [],
          summary: {
            verdict: 'anomaly',
            domains: ['network'],
            rootCause: { events: [1], description: 'x' },
            affectedComponents: [],
            confidence: 0.9,
            text: `summary of ${req.focus}`,
          },
        },
        narrative: { source: 'grounded' },
      };
    };
    const { app } = setup({ explain });
    const res = await request(app)
      .post('/api/v1/query')
      .set(AUTH)
      .send(body({ type: 'sequences', maxSequences: 10 }))
      .expect(200);
    const answer = QueryResponseSchema.parse(res.body);
    expect(calls.map((c) => c.focus)).toEqual([0, 10, 20, 30]);
    expect(answer.sequences!.map((s) => [s.title, s.text, s.start, s.end, s.events])).toEqual([
      ['Anomalous request-id r0', 'summary of 0', ns(T0_MS), ns(T0_MS + 2000), 3],
      ['Anomalous request-id r10', 'summary of 10', ns(T0_MS + 10_000), ns(T0_MS + 12_000), 3],
      ['Anomalous request-id r30', 'summary of 30', ns(T0_MS + 30_000), ns(T0_MS + 32_000), 3],
    ]);
    expect(answer.sequences![0]!.tags).toEqual(['anomaly-lens', 'network']);
  });

  it('501 when the model has no explainer', async () => {
    seed(loki, 10);
    const { app } = setup();
    expectError(
      await request(app)
        .post('/api/v1/query')
        .set(AUTH)
        .send(body({ type: 'sequences' })),
      501,
      'not_implemented'
    );
  });
});

describe('POST /api/v1/query: Loki failures and validation', () => {
  it("400 with Loki's own message for a query Loki rejects (recorded response)", async () => {
    const { app } = setup();
    const res = await request(app)
      .post('/api/v1/query')
      .set(AUTH)
      .send(body({ query: '{job="bgl"' }));
    expect(expectError(res, 400, 'bad_request').message).toBe(
      'Loki rejected the query: parse error at line 1, col 11: syntax error: unexpected $end, expecting } or ,'
    );
  });

  it('400 for a metric query (recorded matrix response)', async () => {
    const { app } = setup();
    const res = await request(app)
      .post('/api/v1/query')
      .set(AUTH)
      .send(body({ query: 'sum by (job) (count_over_time({job="bgl"} |= "error" [1m]))' }));
    expect(expectError(res, 400, 'bad_request').message).toMatch(/log query/);
  });

  it('502 with a hint when Loki refuses the credentials', async () => {
    loki.failNext({ status: 401, body: 'no org id\n' });
    const { app } = setup();
    const res = await request(app).post('/api/v1/query').set(AUTH).send(body());
    expect(expectError(res, 502, 'bad_gateway').message).toMatch(/HTTP 401 \(check the Loki credentials.*no org id/);
  });

  it('502 when Loki keeps failing after one retry, and when it is unreachable', async () => {
    loki.failNext({ status: 500, body: 'boom' }, 2);
    const { app } = setup();
    expectError(await request(app).post('/api/v1/query').set(AUTH).send(body()), 502, 'bad_gateway');
    const down = await request(app)
      .post('/api/v1/query')
      .set(AUTH)
      .send(body({ loki: { url: 'http://127.0.0.1:9' } }));
    expect(expectError(down, 502, 'bad_gateway').message).toMatch(/127\.0\.0\.1:9/);
  });

  it('400 for an empty range, a bad URL, an unknown type or an unknown field', async () => {
    const { app } = setup();
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ end: ns(T0_MS) }, /start must be before end/],
      [{ loki: { url: 'file:///etc/passwd' } }, /loki\.url/],
      [{ type: 'metrics' }, /type/],
      [{ extra: 1 }, /extra|unrecognized/i],
      [{ start: '17e17' }, /start/],
      [{ stepMs: 1000, end: ns(T0_MS + 86_400_000) }, /86400 steps; at most 11000/],
    ];
    for (const [extra, message] of cases) {
      const res = await request(app).post('/api/v1/query').set(AUTH).send(body(extra));
      expect(expectError(res, 400, 'validation_failed').message).toMatch(message);
    }
    expect(loki.requests).toHaveLength(0);
  });

  it('400 for a Loki URL outside QUERY_LOKI_URLS', async () => {
    seed(loki, 10);
    const { app } = setup({ query: { allowedLokiUrls: [`${lokiUrl}/`] } });
    await request(app).post('/api/v1/query').set(AUTH).send(body()).expect(200);
    const res = await request(app)
      .post('/api/v1/query')
      .set(AUTH)
      .send(body({ loki: { url: 'http://169.254.169.254' } }));
    expect(expectError(res, 400, 'bad_request').message).toMatch(/QUERY_LOKI_URLS/);
  });

  it('401 without the bearer token; 405 for GET', async () => {
    const { app } = setup();
    expectError(await request(app).post('/api/v1/query').send(body()), 401, 'unauthorized');
    expectError(await request(app).get('/api/v1/query').set(AUTH), 405, 'method_not_allowed');
  });
});

describe('POST /api/v1/query/check-loki', () => {
  it('answers the label names Loki reports (recorded response)', async () => {
    const { app } = setup();
    const res = await request(app)
      .post('/api/v1/query/check-loki')
      .set(AUTH)
      .send({ loki: { url: lokiUrl, auth: { type: 'bearer', token: 'tok' } } })
      .expect(200);
    expect(res.body).toMatchObject({ ok: true, labels: ['job', 'system'] });
    expect(loki.requests[0]!.headers.authorization).toBe('Bearer tok');
  });

  it('502 when Loki is unreachable', async () => {
    const { app } = setup();
    const res = await request(app)
      .post('/api/v1/query/check-loki')
      .set(AUTH)
      .send({ loki: { url: 'http://127.0.0.1:9' } });
    expectError(res, 502, 'bad_gateway');
  });
});

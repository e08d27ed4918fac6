/** The feedback API through the real createApp (auth, body parsing, error rendering, 405s) with supertest. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import request from 'supertest';
import { ErrorResponseSchema } from '../contract';
import { createApp, type AppDeps } from '../service/app';
import { createMetrics } from '../service/metrics';
import { FakeEngine } from '../service/__fixtures__/fake-engine';
import { RetrainJobManager, type Retrainer } from './retrain-jobs';
import {
  FeedbackResponseSchema,
  ImportReportSchema,
  LabelRecordSchema,
  LabelsPageSchema,
  LabelStatsSchema,
  RetrainJobSchema,
  RollbackResponseSchema,
} from './schemas';
import { LabelStore } from './store';

const TOKEN = 'labels-test-token-0123456789';
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const ADMIN_KEY = 'labels-admin-key-0123456789';
const ADMIN = { ...AUTH, 'X-Anomaly-Lens-Admin-Key': ADMIN_KEY };

function setup(options: { store?: LabelStore | null; jobs?: RetrainJobManager; maxImportBytes?: number } = {}) {
  const store = options.store === undefined ? LabelStore.open(':memory:') : options.store;
  const deps: AppDeps = {
    models: { current: () => ({ engine: new FakeEngine() }) },
    metrics: createMetrics(undefined, { defaultMetrics: false }),
    logger: pino({ level: 'silent' }),
    limits: { maxBodyBytes: 256 * 1024, maxLinesPerRequest: 50, maxJsonDepth: 8 },
    authTokens: [TOKEN],
    authDisabled: false,
    // The test token plays Grafana's proxy token: its requests may name the user.
    grafanaProxyTokens: [TOKEN],
    adminKeys: [ADMIN_KEY],
    version: '0.1.0',
    labels: store ? { store, jobs: options.jobs, maxImportBytes: options.maxImportBytes } : undefined,
  };
  return { app: createApp(deps), store: store!, deps };
}

function expectError(res: request.Response, status: number, code: string): string {
  expect(res.status).toBe(status);
  const body = ErrorResponseSchema.parse(res.body);
  expect(body.error.code).toBe(code);
  return body.error.message;
}

describe('identity and trained templates', () => {
  const OTHER = 'another-client-token-0123456789';
  function twoTokens(templates: Array<{ id: string; count: number; anomalyRate: number | null }> = []) {
    const store = LabelStore.open(':memory:');
    const engine = new FakeEngine();
    // The fake engine's catalog, with training counts for the template the test's lines get.
    engine.templates = () => ({
      total: templates.length,
      offset: 0,
      templates: templates.map((t) => ({ ...t, text: t.id, domain: 'storage', gloss: '' })),
    });
    const deps: AppDeps = {
      models: { current: () => ({ engine }) },
      metrics: createMetrics(undefined, { defaultMetrics: false }),
      logger: pino({ level: 'silent' }),
      limits: { maxBodyBytes: 256 * 1024, maxLinesPerRequest: 50, maxJsonDepth: 8 },
      authTokens: [TOKEN, OTHER],
      authDisabled: false,
      grafanaProxyTokens: [TOKEN],
      version: '0.1.0',
      labels: { store },
    };
    return { app: createApp(deps), store, engine };
  }

  it('believes X-Grafana-User only with a Grafana proxy token', async () => {
    const { app, store } = twoTokens();
    const res = await request(app)
      .post('/api/v1/feedback')
      .set({ Authorization: `Bearer ${OTHER}`, 'X-Grafana-User': 'admin' })
      .send({ line: 'x', verdict: 'anomaly' })
      .expect(201);
    expect(store.get(res.body.ids[0])!.user).toBe('anonymous');
  });

  it('flipping a template with training labels needs the Editor role (the role the proxy route states)', async () => {
    const { app, store, engine } = twoTokens();
    const [scored] = await engine.score([{ line: 'disk /var full' }]);
    const trained = twoTokens([{ id: scored!.template.id, count: 236, anomalyRate: 1 }]);
    const label = { line: 'disk /var full', verdict: 'normal' };
    const viewer = await request(trained.app)
      .post('/api/v1/feedback')
      .set({ ...AUTH, 'X-Anomaly-Lens-Role': 'Viewer' })
      .send(label);
    expect(expectError(viewer, 403, 'forbidden')).toMatch(/needs the Editor role/);
    // A role header with a token that is not Grafana's is not believed either.
    expectError(
      await request(trained.app)
        .post('/api/v1/feedback')
        .set({ Authorization: `Bearer ${OTHER}`, 'X-Anomaly-Lens-Role': 'Editor' })
        .send(label),
      403,
      'forbidden'
    );
    expect(trained.store.count()).toBe(0);
    await request(trained.app)
      .post('/api/v1/feedback')
      .set({ ...AUTH, 'X-Anomaly-Lens-Role': 'Editor' })
      .send(label)
      .expect(201);
    // Agreeing with the training labels, or a template without them, is open to Viewers.
    await request(trained.app)
      .post('/api/v1/feedback')
      .set(AUTH)
      .send({ line: 'disk /var full', verdict: 'anomaly' })
      .expect(201);
    await request(app).post('/api/v1/feedback').set(AUTH).send(label).expect(201);
    expect(store.count()).toBe(1);
  });
});

describe('POST /api/v1/feedback', () => {
  it('stores one label with the Grafana user from the proxy header and answers 201 with its id', async () => {
    const { app, store } = setup();
    const res = await request(app)
      .post('/api/v1/feedback')
      .set(AUTH)
      .set('X-Grafana-User', 'sre-jane')
      .send({ line: 'kernel: Out of memory: Kill process 42', verdict: 'anomaly', domain: 'memory', templateId: 't9' });
    expect(res.status).toBe(201);
    const body = FeedbackResponseSchema.parse(res.body);
    expect(body).toEqual({ ids: [expect.any(String)], created: 1, duplicates: 0 });
    // Committed before the answer: readable at once, with who and when.
    const stored = store.get(body.ids[0]!)!;
    expect(stored).toMatchObject({ user: 'sre-jane', source: 'grafana', verdict: 'anomaly', templateId: 't9' });
    expect(Date.now() - Date.parse(stored.createdAt)).toBeLessThan(10_000);
  });

  it('counts stored and duplicate labels on /metrics', async () => {
    const { app } = setup();
    const label = { line: 'x', verdict: 'normal', idempotencyKey: 'm1' };
    await request(app).post('/api/v1/feedback').set(AUTH).send(label).expect(201);
    await request(app).post('/api/v1/feedback').set(AUTH).send(label).expect(201);
    await request(app)
      .post('/api/v1/labels/import')
      .set(AUTH)
      .set('Content-Type', 'application/x-ndjson')
      .send('{"line":"y","domain":"auth"}\nnope\n')
      .expect(200);
    const metrics = (await request(app).get('/metrics').expect(200)).text;
    expect(metrics).toContain('anomalylens_labels_stored_total{source="grafana"} 1');
    expect(metrics).toContain('anomalylens_labels_duplicates_total{source="grafana"} 1');
    expect(metrics).toContain('anomalylens_labels_stored_total{source="import"} 1');
    expect(metrics).toContain('anomalylens_labels_import_invalid_lines_total 1');
  });

  it('without the proxy header the user is "anonymous"', async () => {
    const { app, store } = setup();
    const res = await request(app).post('/api/v1/feedback').set(AUTH).send({ line: 'x', verdict: 'normal' });
    expect(store.get(res.body.ids[0])!.user).toBe('anonymous');
  });

  it('a single label with stream labels is one label, not a batch', async () => {
    const { app, store } = setup();
    const res = await request(app)
      .post('/api/v1/feedback')
      .set(AUTH)
      .send({ line: 'x', verdict: 'normal', labels: { job: 'varlogs', host: 'a' } });
    expect(res.status).toBe(201);
    expect(store.get(res.body.ids[0])!.labels).toEqual({ job: 'varlogs', host: 'a' });
  });

  it('stores a batch in request order', async () => {
    const { app, store } = setup();
    const labels = Array.from({ length: 30 }, (_, i) => ({ line: `line ${i}`, verdict: 'normal' }));
    const res = await request(app).post('/api/v1/feedback').set(AUTH).send({ labels });
    expect(res.status).toBe(201);
    expect(res.body.ids.map((id: string) => store.get(id)!.line)).toEqual(labels.map((l) => l.line));
  });

  it('a retried POST with the same idempotency key returns the stored id and stores nothing new', async () => {
    const { app, store } = setup();
    const label = { line: 'disk full', verdict: 'anomaly', idempotencyKey: 'click-123' };
    const first = await request(app).post('/api/v1/feedback').set(AUTH).send(label);
    const retry = await request(app).post('/api/v1/feedback').set(AUTH).send(label);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual({ ids: first.body.ids, created: 0, duplicates: 1 });
    expect(store.count()).toBe(1);
    const conflict = await request(app)
      .post('/api/v1/feedback')
      .set(AUTH)
      .send({ ...label, verdict: 'normal' });
    expect(expectError(conflict, 422, 'validation_failed')).toMatch(/idempotency key "click-123" was already used/);
    expect(conflict.body.error.details).toEqual({ idempotencyKey: 'click-123', existingId: first.body.ids[0] });
  });

  it.each([
    [{ line: 'x' }, 'invalid label: verdict: a label needs a verdict, a domain or both'],
    [{ line: '', verdict: 'normal' }, 'invalid label: line: must not be empty'],
    [{ line: 'x', verdict: 'bad' }, 'invalid label: verdict: Invalid option: expected one of "anomaly"|"normal"'],
    [{ line: 'x', domain: 'gpu' }, 'invalid label: domain: Invalid option: expected one of'],
    [{ line: 'x', verdict: 'normal', timestamp: '12:00' }, 'invalid label: timestamp: must be a nanosecond Unix epoch'],
    [{ line: 'x', verdict: 'normal', user: 'mallory' }, 'invalid label: Unrecognized key: "user"'],
    [
      {
        labels: [
          { line: 'a', verdict: 'normal' },
          { line: 'b', domain: 'nope' },
        ],
      },
      'invalid feedback batch: labels.1.domain: Invalid option',
    ],
    [{ labels: [] }, 'invalid feedback batch: labels: at least one label is required'],
  ])('400 with a precise message for %j', async (body, message) => {
    const { app, store } = setup();
    const res = await request(app).post('/api/v1/feedback').set(AUTH).send(body);
    expect(expectError(res, 400, 'validation_failed')).toContain(message);
    expect(store.count()).toBe(0);
  });

  it('413 for a batch over 1000 labels, before validating them', async () => {
    const { app } = setup({});
    const labels = Array.from({ length: 1001 }, () => ({ line: 'x' }));
    const res = await request(app).post('/api/v1/feedback').set(AUTH).send({ labels });
    expect(expectError(res, 413, 'too_many_lines')).toBe('request has 1001 labels; the limit is 1000 per request');
  });

  it('401 without a token, 415 for a non-JSON body, 405 for GET', async () => {
    const { app } = setup();
    expectError(
      await request(app).post('/api/v1/feedback').send({ line: 'x', verdict: 'normal' }),
      401,
      'unauthorized'
    );
    expectError(
      await request(app).post('/api/v1/feedback').set(AUTH).set('Content-Type', 'text/plain').send('x'),
      415,
      'unsupported_media_type'
    );
    const res = await request(app).get('/api/v1/feedback').set(AUTH);
    expectError(res, 405, 'method_not_allowed');
    expect(res.headers.allow).toBe('POST');
  });

  it('503 naming the setting when no store is configured (after auth)', async () => {
    const { app } = setup({ store: null });
    expectError(await request(app).get('/api/v1/labels'), 401, 'unauthorized');
    const res = await request(app).post('/api/v1/feedback').set(AUTH).send({ line: 'x', verdict: 'normal' });
    expect(expectError(res, 503, 'unavailable')).toMatch(/LABELS_DB.*--labels-db/);
  });
});

describe('GET /api/v1/labels', () => {
  it('pages with a cursor and filters, validated against the schema', async () => {
    const { app } = setup();
    const labels = Array.from({ length: 7 }, (_, i) => ({
      line: `l${i}`,
      verdict: i % 2 ? 'normal' : 'anomaly',
      templateId: 'T',
    }));
    await request(app).post('/api/v1/feedback').set(AUTH).set('X-Grafana-User', 'bob').send({ labels }).expect(201);
    const first = LabelsPageSchema.parse(
      (await request(app).get('/api/v1/labels?limit=3&verdict=anomaly&user=bob').set(AUTH).expect(200)).body
    );
    expect(first.labels.map((l) => l.line)).toEqual(['l6', 'l4', 'l2']);
    expect(first.total).toBe(4);
    const second = LabelsPageSchema.parse(
      (
        await request(app)
          .get(`/api/v1/labels?limit=3&verdict=anomaly&user=bob&cursor=${first.nextCursor}`)
          .set(AUTH)
          .expect(200)
      ).body
    );
    expect(second.labels.map((l) => l.line)).toEqual(['l0']);
    expect(second.nextCursor).toBeNull();
  });

  it.each([
    ['limit=0', 'invalid labels query: limit: Too small: expected number to be >=1'],
    ['verdict=maybe', 'invalid labels query: verdict: Invalid option: expected one of "anomaly"|"normal"'],
    ['since=yesterday', 'invalid labels query: since: must be an ISO 8601 date-time such as 2026-01-31T12:00:00Z'],
    ['cursor=abc', 'invalid labels query: cursor: must be the nextCursor of a previous page'],
    ['cursor=5&offset=2', 'invalid labels query: cursor: use either cursor or offset, not both'],
    ['colour=red', 'invalid labels query: Unrecognized key: "colour"'],
  ])('400 for %s', async (query, message) => {
    const { app } = setup();
    expect(expectError(await request(app).get(`/api/v1/labels?${query}`).set(AUTH), 400, 'validation_failed')).toBe(
      message
    );
  });
});

describe('export, import and stats', () => {
  it('exports NDJSON that imports into another store unchanged', async () => {
    const { app, store } = setup();
    const labels = Array.from({ length: 2500 }, (_, i) => ({
      line: `line ${i} with "quotes" and ünïcödé`,
      domain: 'network',
      labels: { job: 'x' },
      idempotencyKey: `k${i}`,
    }));
    for (let i = 0; i < labels.length; i += 1000) {
      await request(app)
        .post('/api/v1/feedback')
        .set(AUTH)
        .send({ labels: labels.slice(i, i + 1000) })
        .expect(201);
    }
    const exported = await request(app).get('/api/v1/labels/export').set(AUTH).buffer(true);
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const lines = exported.text.trimEnd().split('\n');
    expect(lines).toHaveLength(2500);
    lines.forEach((l) => LabelRecordSchema.parse(JSON.parse(l)));

    const other = setup();
    const imported = await request(other.app)
      .post('/api/v1/labels/import')
      .set(AUTH)
      .set('Content-Type', 'application/x-ndjson')
      .send(exported.text);
    expect(imported.status).toBe(200);
    expect(ImportReportSchema.parse(imported.body)).toEqual({
      lines: 2500,
      imported: 2500,
      duplicates: 0,
      invalid: 0,
      errors: [],
    });
    // The labels come across; who labelled and when are the importing request's (a client cannot set them).
    const strip = (l: Record<string, unknown>) => ({ ...l, user: undefined, createdAt: undefined, source: undefined });
    expect(other.store.all().map(strip)).toEqual(store.all().map(strip));
    expect(new Set(other.store.all().map((l) => `${l.user}/${l.source}`))).toEqual(new Set(['anonymous/import']));
    // Importing the same file again is harmless.
    const again = await request(other.app)
      .post('/api/v1/labels/import')
      .set(AUTH)
      .set('Content-Type', 'application/x-ndjson')
      .send(exported.text);
    expect(again.body).toMatchObject({ imported: 0, duplicates: 2500 });
  });

  it('exports only the filtered labels', async () => {
    const { app } = setup();
    await request(app)
      .post('/api/v1/feedback')
      .set(AUTH)
      .send({
        labels: [
          { line: 'a', verdict: 'normal' },
          { line: 'b', verdict: 'anomaly' },
        ],
      });
    const res = await request(app).get('/api/v1/labels/export?verdict=anomaly').set(AUTH).buffer(true);
    expect(
      res.text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).line)
    ).toEqual(['b']);
  });

  it('keeps good lines and reports bad ones with their line numbers', async () => {
    const { app, store } = setup();
    const body = [
      JSON.stringify({ line: 'ok 1', verdict: 'normal' }),
      '{not json',
      JSON.stringify({ line: 'no verdict' }),
      '',
      JSON.stringify({ line: 'ok 2', domain: 'auth', user: 'carol', source: 'cli' }),
      JSON.stringify({ line: 'bad domain', domain: 'gpu' }),
    ].join('\r\n');
    const res = await request(app)
      .post('/api/v1/labels/import')
      .set(AUTH)
      .set('X-Grafana-User', 'importer')
      .set('Content-Type', 'application/x-ndjson')
      .send(body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ lines: 6, imported: 2, duplicates: 0, invalid: 3 });
    expect(res.body.errors.map((e: { line: number }) => e.line)).toEqual([2, 3, 6]);
    expect(res.body.errors[0].message).toMatch(/^invalid JSON: /);
    expect(res.body.errors[1].message).toBe('verdict: a label needs a verdict, a domain or both');
    expect(res.body.errors[2].message).toMatch(/^domain: Invalid option/);
    // Over HTTP the importing user and `import` always: a line's own user/source (carol, cli) are dropped.
    expect(store.all().map((l) => [l.line, l.user, l.source])).toEqual([
      ['ok 1', 'importer', 'import'],
      ['ok 2', 'importer', 'import'],
    ]);
  });

  it('415 for a JSON body, 413 over the import limit', async () => {
    const { app } = setup({ maxImportBytes: 2048 });
    expectError(
      await request(app).post('/api/v1/labels/import').set(AUTH).send({ line: 'x' }),
      415,
      'unsupported_media_type'
    );
    const big = `${JSON.stringify({ line: 'x'.repeat(100), verdict: 'normal' })}\n`.repeat(40);
    const res = await request(app)
      .post('/api/v1/labels/import')
      .set(AUTH)
      .set('Content-Type', 'application/x-ndjson')
      .send(big);
    expect(expectError(res, 413, 'payload_too_large')).toMatch(/exceeds the limit of 2048 bytes/);
  });

  it('413 mid-stream for a chunked body over the limit, saying how many labels went in before', async () => {
    const { app, store } = setup({ maxImportBytes: 200_000 });
    const server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          {
            port,
            host: '127.0.0.1',
            path: '/api/v1/labels/import',
            method: 'POST',
            headers: { ...AUTH, 'Content-Type': 'application/x-ndjson', 'Transfer-Encoding': 'chunked' },
          },
          (r) => {
            let body = '';
            r.on('data', (d: Buffer) => (body += d.toString()));
            r.on('end', () => resolve({ status: r.statusCode!, body }));
          }
        );
        req.on('error', reject);
        // 3,000 lines of ~130 bytes: the limit trips after ~1,500, when the first 1,250 are committed (chunks of 250).
        let i = 0;
        const write = () => {
          while (i < 3000) {
            const ok = req.write(`${JSON.stringify({ id: `id-${i++}`, line: 'x'.repeat(90), verdict: 'normal' })}\n`);
            if (!ok) {
              req.once('drain', write);
              return;
            }
          }
          req.end();
        };
        write();
      });
      expect(res.status).toBe(413);
      const error = ErrorResponseSchema.parse(JSON.parse(res.body)).error;
      expect(error.message).toBe('import body exceeds the limit of 200000 bytes; 1250 labels were imported before it');
      expect(store.count()).toBe(1250);
    } finally {
      server.close();
    }
  });

  it('stats: counts per template, verdict and domain; below=K lists templates needing labels', async () => {
    const { app } = setup();
    const labels = [
      ...Array.from({ length: 5 }, () => ({ line: 'a', templateId: 'A', template: 'a <*>', verdict: 'normal' })),
      ...Array.from({ length: 2 }, () => ({ line: 'b', templateId: 'B', verdict: 'anomaly', domain: 'storage' })),
    ];
    await request(app).post('/api/v1/feedback').set(AUTH).send({ labels }).expect(201);
    const all = LabelStatsSchema.parse((await request(app).get('/api/v1/labels/stats').set(AUTH).expect(200)).body);
    expect(all).toEqual({
      total: 7,
      verdicts: { anomaly: 2, normal: 5, none: 0 },
      domains: { storage: 2 },
      withoutTemplate: 0,
      templates: [
        { templateId: 'B', template: null, count: 2, anomaly: 2, normal: 0 },
        { templateId: 'A', template: 'a <*>', count: 5, anomaly: 0, normal: 5 },
      ],
      templateCount: 2,
    });
    const below = await request(app).get('/api/v1/labels/stats?below=3').set(AUTH).expect(200);
    expect(below.body.templates.map((t: { templateId: string }) => t.templateId)).toEqual(['B']);
    expectError(await request(app).get('/api/v1/labels/stats?below=0').set(AUTH), 400, 'validation_failed');
  });
});

describe('retrain and rollback routes', () => {
  it('501 naming the missing Retrainer when none is configured', async () => {
    const { app } = setup();
    const res = await request(app).post('/api/v1/retrain').set(ADMIN);
    expect(expectError(res, 501, 'not_implemented')).toMatch(/without a Retrainer/);
    expectError(await request(app).post('/api/v1/admin/rollback').set(ADMIN), 501, 'not_implemented');
  });

  it('202 with Location, progress while running, 409 while busy, then the result; rollback swaps back', async () => {
    const store = LabelStore.open(':memory:');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const retrainer: Retrainer = async ({ labels, onProgress, bundleDir }) => {
      onProgress({ stage: 'experts', fraction: 0.5 });
      await gate;
      return {
        candidateDir: `${bundleDir}-r1`,
        accepted: true,
        reason: `trained on ${labels.length} labels`,
        metrics: { before: { f1: 0.8 }, after: { f1: 0.85 } },
      };
    };
    let dir = '/bundles/v1';
    const activated: string[] = [];
    const jobs = new RetrainJobManager({
      store,
      retrainer,
      bundles: {
        current: () => dir,
        activate: async (d) => void activated.push((dir = d)),
      },
    });
    const { app } = setup({ store, jobs });
    await request(app).post('/api/v1/feedback').set(AUTH).send({ line: 'x', verdict: 'normal' }).expect(201);
    expectError(await request(app).post('/api/v1/admin/rollback').set(ADMIN), 409, 'reload_failed');

    const started = await request(app).post('/api/v1/retrain').set(ADMIN);
    expect(started.status).toBe(202);
    const job = RetrainJobSchema.parse(started.body);
    expect(started.headers.location).toBe(`/api/v1/retrain/${job.id}`);
    expect(job.state).toBe('queued');

    await new Promise((resolve) => setTimeout(resolve, 20));
    const running = await request(app).get(started.headers.location!).set(AUTH).expect(200);
    expect(running.body).toMatchObject({
      state: 'running',
      labelCount: 1,
      progress: { stage: 'experts', fraction: 0.5 },
    });
    const busy = await request(app).post('/api/v1/retrain').set(ADMIN).send({});
    expect(expectError(busy, 409, 'overloaded')).toMatch(new RegExp(`retrain job ${job.id} is still running`));

    release();
    await jobs.idle();
    const done = RetrainJobSchema.parse((await request(app).get(started.headers.location!).set(AUTH)).body);
    expect(done).toMatchObject({
      state: 'succeeded',
      result: { candidateDir: '/bundles/v1-r1', accepted: true, activated: true, reason: 'trained on 1 labels' },
    });
    expect(activated).toEqual(['/bundles/v1-r1']);

    const rollback = await request(app).post('/api/v1/admin/rollback').set(ADMIN).expect(200);
    expect(RollbackResponseSchema.parse(rollback.body)).toEqual({ from: '/bundles/v1-r1', to: '/bundles/v1' });
    expect(dir).toBe('/bundles/v1');

    expectError(await request(app).get('/api/v1/retrain/nope').set(AUTH), 404, 'not_found');
    expect(
      expectError(
        await request(app).post('/api/v1/retrain').set(ADMIN).send({ since: 'monday' }),
        400,
        'validation_failed'
      )
    ).toMatch(/^invalid retrain request: since: /);
  });
});

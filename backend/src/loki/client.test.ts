import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LokiClient } from './client';
import { LokiHttpError, LokiNetworkError } from './errors';
import { FakeLoki, LOKI_FIXTURE_DIR, readFixture, type FixtureRoute } from './testing/fake-loki';

const FIXTURE_ROUTES: FixtureRoute[] = [
  {
    method: 'GET',
    path: '/loki/api/v1/query_range',
    params: { query: '{job="bgl"}', limit: '5', direction: 'forward' },
    fixture: 'query_range_streams_limit5.json',
  },
  {
    method: 'GET',
    path: '/loki/api/v1/query_range',
    params: { query: '{job="bgl"} |= "FATAL"', limit: '3', direction: 'backward' },
    fixture: 'query_range_streams_filter_backward_limit3.json',
  },
  {
    method: 'GET',
    path: '/loki/api/v1/query_range',
    params: { query: 'sum by (job) (count_over_time({job="bgl"} |= "error" [1m]))', step: '60' },
    fixture: 'query_range_matrix.json',
  },
  {
    method: 'GET',
    path: '/loki/api/v1/query_range',
    params: { query: '{job="bgl"' },
    fixture: 'query_range_bad_logql.txt',
  },
  { method: 'GET', path: '/loki/api/v1/labels', fixture: 'labels.json' },
  { method: 'GET', path: '/loki/api/v1/series', fixture: 'series.json' },
];

const START = '1795345000000000000';
const END = '1795346000000000000';
const noSleep = { sleep: async () => undefined, random: () => 0.5 };

describe('LokiClient against recorded Loki responses', () => {
  const loki = new FakeLoki(FIXTURE_ROUTES);
  let url: string;
  beforeAll(async () => {
    url = await loki.start();
  });
  afterAll(() => loki.stop());
  beforeEach(() => {
    loki.requests.length = 0;
  });

  it('parses a forward streams page and keeps nanosecond timestamps exact', async () => {
    const client = new LokiClient({ url, ...noSleep });
    const res = await client.queryRange({
      query: '{job="bgl"}',
      start: START,
      end: END,
      limit: 5,
      direction: 'forward',
    });
    expect(res.data.resultType).toBe('streams');
    if (res.data.resultType !== 'streams') {
      throw new Error('unreachable');
    }
    const recorded = JSON.parse(readFileSync(path.join(LOKI_FIXTURE_DIR, 'query_range_streams_limit5.json'), 'utf8'));
    expect(res.data.result).toEqual(recorded.data.result);
    expect(res.data.result[0].values[0][0]).toBe('1795345011865057024');
  });

  it('parses a backward filtered page and a matrix result', async () => {
    const client = new LokiClient({ url, ...noSleep });
    const back = await client.queryRange({
      query: '{job="bgl"} |= "FATAL"',
      start: START,
      end: END,
      limit: 3,
      direction: 'backward',
    });
    if (back.data.resultType !== 'streams') {
      throw new Error('expected streams');
    }
    expect(back.data.result[0].values.map((v) => v[0])).toEqual([
      '1795345310865057024',
      '1795345309865057024',
      '1795345308865057024',
    ]);
    const matrix = await client.queryRange({
      query: 'sum by (job) (count_over_time({job="bgl"} |= "error" [1m]))',
      start: START,
      end: END,
      step: '60',
    });
    if (matrix.data.resultType !== 'matrix') {
      throw new Error('expected matrix');
    }
    expect(matrix.data.result[0]).toEqual({
      metric: { job: 'bgl' },
      values: [
        [1795345020, '4'],
        [1795345080, '8'],
        [1795345140, '27'],
        [1795345200, '34'],
        [1795345320, '1'],
      ],
    });
  });

  it('surfaces Loki error bodies verbatim and does not retry a 400', async () => {
    const client = new LokiClient({ url, ...noSleep });
    const error = await client.queryRange({ query: '{job="bgl"', start: START, end: END }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LokiHttpError);
    const http = error as LokiHttpError;
    expect(http.status).toBe(400);
    expect(http.body).toBe(readFixture('query_range_bad_logql.txt').body);
    expect(http.message).toBe(
      'Loki query_range failed with HTTP 400: parse error at line 1, col 11: syntax error: unexpected $end, expecting } or ,'
    );
    expect(loki.requests).toHaveLength(1);
  });

  it('reads labels and series', async () => {
    const client = new LokiClient({ url, ...noSleep });
    await expect(client.labels()).resolves.toEqual(['job', 'system']);
    await expect(client.series(['{job="bgl"}'])).resolves.toEqual([{ job: 'bgl', system: 'bluegene' }]);
    expect(loki.requests[1].params.getAll('match[]')).toEqual(['{job="bgl"}']);
  });

  it('sends the tenant, basic auth and categorize-labels headers', async () => {
    const client = new LokiClient({ url, tenant: 'team-a', auth: { type: 'basic', username: 'u', password: 'p:w' } });
    await client.labels();
    const headers = loki.requests[0].headers;
    expect(headers['x-scope-orgid']).toBe('team-a');
    expect(headers.authorization).toBe(`Basic ${Buffer.from('u:p:w').toString('base64')}`);
    expect(headers['x-loki-response-encoding-flags']).toBe('categorize-labels');
  });

  it('sends a bearer token', async () => {
    const client = new LokiClient({ url, auth: { type: 'bearer', token: 'tok' }, categorizeLabels: false });
    await client.labels();
    expect(loki.requests[0].headers.authorization).toBe('Bearer tok');
    expect(loki.requests[0].headers['x-loki-response-encoding-flags']).toBeUndefined();
  });
});

describe('LokiClient push', () => {
  const loki = new FakeLoki();
  let url: string;
  beforeAll(async () => {
    url = await loki.start();
  });
  afterAll(() => loki.stop());

  it('pushes JSON with string timestamps and optional structured metadata', async () => {
    const client = new LokiClient({ url, ...noSleep });
    await client.push([
      {
        labels: { source: 'anomalylens', verdict: 'anomaly' },
        entries: [
          { ts: '1795345011865057024', line: 'a', structuredMetadata: { score: '0.93' } },
          { ts: '1795345011865057025', line: 'b' },
        ],
      },
    ]);
    const sent = JSON.parse(loki.requests.at(-1)!.body);
    expect(sent).toEqual({
      streams: [
        {
          stream: { source: 'anomalylens', verdict: 'anomaly' },
          values: [
            ['1795345011865057024', 'a', { score: '0.93' }],
            ['1795345011865057025', 'b'],
          ],
        },
      ],
    });
    expect(loki.requests.at(-1)!.headers['content-type']).toBe('application/json');
  });

  it('reads structured metadata back in the Loki 3 categorize-labels shape', async () => {
    const client = new LokiClient({ url, ...noSleep });
    const pages = [];
    for await (const page of client.queryRangeAll({ query: '{source="anomalylens"}', start: START, end: END })) {
      pages.push(...page);
    }
    expect(pages).toEqual([
      {
        ts: '1795345011865057024',
        line: 'a',
        labels: { source: 'anomalylens', verdict: 'anomaly' },
        structuredMetadata: { score: '0.93' },
      },
      { ts: '1795345011865057025', line: 'b', labels: { source: 'anomalylens', verdict: 'anomaly' } },
    ]);
  });

  it('rejects a stream without labels with the recorded Loki message', async () => {
    const client = new LokiClient({ url, ...noSleep });
    await expect(client.push([{ labels: {}, entries: [{ ts: '1', line: 'x' }] }])).rejects.toThrow(
      'Loki push failed with HTTP 400: error at least one label pair is required per stream'
    );
  });
});

describe('LokiClient retries', () => {
  const loki = new FakeLoki([{ method: 'GET', path: '/loki/api/v1/labels', fixture: 'labels.json' }]);
  let url: string;
  beforeAll(async () => {
    url = await loki.start();
  });
  afterAll(() => loki.stop());
  beforeEach(() => {
    loki.requests.length = 0;
  });

  it('retries 5xx with exponential, jittered delays', async () => {
    const delays: number[] = [];
    const retries: string[] = [];
    const client = new LokiClient({
      url,
      retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000 },
      sleep: async (ms) => void delays.push(ms),
      random: () => 0.5,
      onRetry: (info) => retries.push(info.reason),
    });
    loki.failNext({ status: 503, body: 'Service Unavailable\n' }, 2);
    await expect(client.labels()).resolves.toEqual(['job', 'system']);
    expect(delays).toEqual([50, 100]);
    expect(retries).toEqual(['HTTP 503', 'HTTP 503']);
    expect(loki.requests).toHaveLength(3);
  });

  it('honours Retry-After on 429', async () => {
    const delays: number[] = [];
    const client = new LokiClient({ url, sleep: async (ms) => void delays.push(ms), random: () => 0 });
    loki.failNext({ status: 429, body: 'Ingestion rate limit exceeded\n', headers: { 'Retry-After': '3' } });
    await client.labels();
    expect(delays).toEqual([3000]);
  });

  it('retries dropped connections and gives up with the last cause', async () => {
    const client = new LokiClient({ url, retry: { maxAttempts: 3 }, ...noSleep });
    loki.failNext({ status: 'drop' }, 1);
    await expect(client.labels()).resolves.toEqual(['job', 'system']);
    loki.failNext({ status: 'drop' }, 3);
    const error = await client.labels().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LokiNetworkError);
    expect((error as LokiNetworkError).attempts).toBe(3);
  });

  it('reports the last HTTP error body verbatim when retries run out', async () => {
    const client = new LokiClient({ url, retry: { maxAttempts: 2 }, ...noSleep });
    loki.failNext({ status: 500, body: 'rpc error: code = Unavailable desc = ingester down\n' }, 2);
    const error = (await client.labels().catch((e: unknown) => e)) as LokiHttpError;
    expect(error).toBeInstanceOf(LokiHttpError);
    expect(error.body).toBe('rpc error: code = Unavailable desc = ingester down\n');
    expect(error.attempts).toBe(2);
  });
});

import { ServiceError, retryAfterFrom, toServiceError, invalidResponse } from './errors';

const fetchError = (status: number, data: unknown, extra: Record<string, unknown> = {}) => ({
  status,
  statusText: 'x',
  data,
  config: { url: '/api/plugin-proxy/anomalylens-explain-app/api/api/v1/score' },
  ...extra,
});

describe('toServiceError', () => {
  it('maps 401 to a hint about the API key in the app configuration', () => {
    const e = toServiceError(
      fetchError(401, { error: { code: 'unauthorized', message: 'missing or invalid bearer token' } })
    );
    expect(e.kind).toBe('unauthorized');
    expect(e.code).toBe('unauthorized');
    expect(e.message).toMatch(/Check the API key in the Anomaly Lens app configuration/);
    expect(e.title).toBe('Anomaly Lens rejected the API key');
  });

  it('maps 429 with Retry-After headers to a retry hint with seconds', () => {
    const e = toServiceError(
      fetchError(
        429,
        {
          error: {
            code: 'overloaded',
            message: 'scoring queue is full (9000 of 10000 lines queued, request has 5000); retry later',
          },
        },
        { headers: new Headers({ 'Retry-After': '7' }) }
      )
    );
    expect(e.kind).toBe('rate_limited');
    expect(e.retryAfterSeconds).toBe(7);
    expect(e.message).toMatch(/Retry after 7 s/);
    expect(e.message).toMatch(/scoring queue is full/);
  });

  it("reads the retry delay from the body's details when Grafana drops the headers", () => {
    const e = toServiceError(
      fetchError(429, {
        error: { code: 'overloaded', message: 'full', details: { queuedLines: 9000, retryAfterSeconds: 2 } },
      })
    );
    expect(e.retryAfterSeconds).toBe(2);
    expect(e.message).toMatch(/Retry after 2 s/);
  });

  it('falls back to a default retry delay when neither headers nor body carry one', () => {
    const e = toServiceError(fetchError(429, { error: { code: 'overloaded', message: 'full' } }));
    expect(e.retryAfterSeconds).toBe(5);
  });

  it('maps a 502 from the plugin proxy to "service unreachable"', () => {
    const e = toServiceError(fetchError(502, { message: 'Bad Gateway' }), 'scoring 10 lines');
    expect(e.kind).toBe('unreachable');
    expect(e.message).toMatch(/could not be reached while scoring 10 lines/);
    expect(e.message).toMatch(/service URL in the app configuration/);
  });

  it('maps connection refused without a status to unreachable', () => {
    const e = toServiceError(new Error('connect ECONNREFUSED 127.0.0.1:8080'));
    expect(e.kind).toBe('unreachable');
    expect(e.message).toMatch(/ECONNREFUSED/);
  });

  it('maps an rxjs timeout and a 504 to timeout', () => {
    const t = new Error('Timeout has occurred');
    t.name = 'TimeoutError';
    expect(toServiceError(t, 'explaining the sequence').kind).toBe('timeout');
    expect(toServiceError(t, 'explaining the sequence').message).toMatch(/No answer while explaining the sequence/);
    const e = toServiceError(
      fetchError(504, { error: { code: 'timeout', message: 'scoring did not finish within 30000 ms' } })
    );
    expect(e.kind).toBe('timeout');
    expect(e.message).toMatch(/30000 ms/);
  });

  it('passes a 4xx service message through', () => {
    const e = toServiceError(
      fetchError(400, {
        error: { code: 'validation_failed', message: 'invalid score request: lines: at least one line is required' },
      }),
      'scoring 0 lines'
    );
    expect(e.kind).toBe('bad_request');
    expect(e.code).toBe('validation_failed');
    expect(e.message).toBe('invalid score request: lines: at least one line is required (while scoring 0 lines).');
  });

  it('maps 413, 501 and 503 to specific kinds', () => {
    expect(
      toServiceError(
        fetchError(413, { error: { code: 'too_many_lines', message: 'request has 20000 lines; the limit is 10000' } })
      ).message
    ).toMatch(/the limit is 10000\. Lower "Max lines"/);
    expect(toServiceError(fetchError(501, { error: { code: 'not_implemented', message: 'no reasoning' } })).kind).toBe(
      'not_implemented'
    );
    const e = toServiceError(
      fetchError(503, { error: { code: 'unavailable', message: 'no model is loaded yet (see /readyz)' } })
    );
    expect(e.kind).toBe('unavailable');
    expect(e.message).toMatch(/^no model is loaded yet/);
  });

  it('maps a 404 without a service body to "not configured"', () => {
    expect(toServiceError(fetchError(404, { message: 'Plugin not found' })).kind).toBe('not_configured');
  });

  it('maps 500 to a server error with the code', () => {
    const e = toServiceError(
      fetchError(500, { error: { code: 'internal', message: 'internal error; see the service log' } })
    );
    expect(e.kind).toBe('server');
    expect(e.message).toMatch(/HTTP 500, internal/);
  });

  it('returns ServiceErrors unchanged', () => {
    const e = new ServiceError('timeout', 'x');
    expect(toServiceError(e)).toBe(e);
  });

  it('reads Retry-After from records and rejects junk', () => {
    expect(retryAfterFrom({ 'retry-after': '2.5' })).toBe(3);
    expect(retryAfterFrom({ 'Retry-After': 'soon' })).toBeUndefined();
    expect(retryAfterFrom(undefined)).toBeUndefined();
  });

  it('describes contract mismatches', () => {
    expect(invalidResponse('reading the model', 'domains.0.id: invalid').kind).toBe('invalid_response');
  });
});

import { of, throwError } from 'rxjs';
import { getBackendSrv } from '@grafana/runtime';
import { bglLokiRows } from '../__fixtures__/bglLokiRows';
import { feedbackBatch, feedbackSingle, labelStats } from '../__fixtures__/labelStats';
import { modelTemplatesPage1 } from '../__fixtures__/modelTemplatesPage1';
import { retrainProgress, retrainQueued, retrainSucceeded, rollbackResponse } from '../__fixtures__/retrainJobs';
import { scoreBgl } from '../__fixtures__/scoreBgl';
import { joinResults, type ScoredLine } from './analysis';
import { APP_PROXY_BASE } from './api';
import type { LineResult } from './contract';
import { ServiceError } from './errors';
import {
  createFeedbackApi,
  isRetrainedVersion,
  labelFor,
  pollRetrainJob,
  PollAbortedError,
  rankTemplatesForLabelling,
  type FeedbackApi,
} from './feedback';
import type { LogLine } from './frames';
import { LabelInputSchema, type LabelStats } from './labels';

jest.mock('@grafana/runtime', () => ({ getBackendSrv: jest.fn() }));

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  jest.mocked(getBackendSrv).mockReturnValue({ fetch: fetchMock } as unknown as ReturnType<typeof getBackendSrv>);
});

const ok = (data: unknown) => of({ data, status: 200, ok: true });
const fail = (status: number, code: string, message: string) =>
  throwError(() => ({ status, data: { error: { code, message } } }));

const bglLines: LogLine[] = bglLokiRows.map((r, index) => ({
  index,
  tsNs: r.tsNs,
  timeMs: Number(BigInt(r.tsNs) / BigInt(1_000_000)),
  line: r.line,
  labels: r.labels,
  id: r.id,
}));
const bglScored = joinResults(bglLines, scoreBgl.results);

describe('feedback api', () => {
  it('posts one label as itself and a batch as { labels }', async () => {
    fetchMock.mockReturnValueOnce(ok(feedbackSingle)).mockReturnValueOnce(ok(feedbackBatch));
    const api = createFeedbackApi();
    const one = labelFor(bglScored[0], bglScored[0].result, { verdict: 'normal' });
    await expect(api.submitLabels([one])).resolves.toEqual(feedbackSingle);
    expect(fetchMock.mock.calls[0][0]).toMatchObject({
      url: `${APP_PROXY_BASE}/api/v1/feedback`,
      method: 'POST',
      data: one,
      showErrorAlert: false,
    });
    await api.submitLabels([one, { ...one, verdict: 'anomaly' }]);
    expect(fetchMock.mock.calls[1][0].data).toEqual({ labels: [one, { ...one, verdict: 'anomaly' }] });
  });

  it('refuses an empty batch without a request', async () => {
    await expect(createFeedbackApi().submitLabels([])).rejects.toMatchObject({ kind: 'bad_request' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('reads label stats with only the given query params', async () => {
    fetchMock.mockReturnValue(ok(labelStats));
    await expect(createFeedbackApi().fetchLabelStats({ below: 5 })).resolves.toEqual(labelStats);
    expect(fetchMock.mock.calls[0][0]).toMatchObject({
      url: `${APP_PROXY_BASE}/api/v1/labels/stats`,
      method: 'GET',
      params: { below: 5 },
    });
  });

  it('starts a retrain, reads a job and rolls back', async () => {
    fetchMock
      .mockReturnValueOnce(ok(retrainQueued))
      .mockReturnValueOnce(ok(retrainSucceeded))
      .mockReturnValueOnce(ok(rollbackResponse));
    const api = createFeedbackApi();
    await expect(api.startRetrain()).resolves.toEqual(retrainQueued);
    expect(fetchMock.mock.calls[0][0]).toMatchObject({ url: `${APP_PROXY_BASE}/api/v1/retrain`, method: 'POST' });
    await expect(api.fetchRetrainJob('job/1')).resolves.toEqual(retrainSucceeded);
    expect(fetchMock.mock.calls[1][0].url).toBe(`${APP_PROXY_BASE}/api/v1/retrain/job%2F1`);
    await expect(api.rollback()).resolves.toEqual(rollbackResponse);
    expect(fetchMock.mock.calls[2][0]).toMatchObject({
      url: `${APP_PROXY_BASE}/api/v1/admin/rollback`,
      method: 'POST',
    });
  });

  it.each([
    [401, 'unauthorized', 'missing or invalid bearer token', 'unauthorized', /Check the API key/],
    [409, 'overloaded', 'retrain job 42 is still running; wait for it to finish', 'bad_request', /still running/],
    [
      503,
      'unavailable',
      'the label store is not configured on this service',
      'unavailable',
      /LABELS_DB|not configured/,
    ],
    [501, 'not_implemented', 'retraining is not available', 'not_implemented', /retraining is not available/],
  ])('maps %s to a typed error carrying the service message', async (status, code, message, kind, text) => {
    fetchMock.mockReturnValue(fail(status, code, message));
    const err = await createFeedbackApi()
      .startRetrain()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect(err).toMatchObject({ kind, status });
    expect((err as ServiceError).message).toMatch(text);
  });

  it('rejects stats that do not match the schema', async () => {
    fetchMock.mockReturnValue(ok({ ...labelStats, templates: [{ templateId: 1 }] }));
    await expect(createFeedbackApi().fetchLabelStats()).rejects.toMatchObject({ kind: 'invalid_response' });
  });
});

describe('pollRetrainJob', () => {
  const fakeApi = (answers: Array<() => Promise<unknown>>): FeedbackApi => {
    let calls = 0;
    const fetchRetrainJob = jest.fn(() => answers[Math.min(calls++, answers.length - 1)]());
    return { fetchRetrainJob } as unknown as FeedbackApi;
  };

  it('polls with a growing delay until the job is final', async () => {
    const answers = [...retrainProgress.slice(0, 3), retrainSucceeded].map((j) => () => Promise.resolve(j));
    const api = fakeApi(answers);
    const delays: number[] = [];
    const updates: string[] = [];
    const final = await pollRetrainJob(api, retrainQueued.id, {
      initialDelayMs: 100,
      maxDelayMs: 250,
      factor: 2,
      sleep: async (ms) => void delays.push(ms),
      onUpdate: (j) => updates.push(`${j.state}:${j.progress.stage}`),
    });
    expect(final).toEqual(retrainSucceeded);
    expect(delays).toEqual([100, 200, 250]);
    expect(updates).toEqual(['running:load', 'running:train', 'running:normalise', 'succeeded:done']);
  });

  it('retries transient failures, honouring Retry-After, and gives up on others', async () => {
    const busy = new ServiceError('rate_limited', 'busy', { status: 429, retryAfterSeconds: 3 });
    const api = fakeApi([() => Promise.reject(busy), () => Promise.resolve(retrainSucceeded)]);
    const delays: number[] = [];
    await expect(
      pollRetrainJob(api, 'x', { initialDelayMs: 100, sleep: async (ms) => void delays.push(ms) })
    ).resolves.toEqual(retrainSucceeded);
    expect(delays).toEqual([3000]);

    const gone = new ServiceError('bad_request', 'no retrain job "x"', { status: 404 });
    await expect(pollRetrainJob(fakeApi([() => Promise.reject(gone)]), 'x', { sleep: async () => {} })).rejects.toBe(
      gone
    );
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const api = fakeApi([() => Promise.resolve(retrainProgress[0])]);
    const p = pollRetrainJob(api, 'x', { signal: controller.signal, initialDelayMs: 10_000 });
    controller.abort();
    await expect(p).rejects.toBeInstanceOf(PollAbortedError);
  });
});

describe('labelFor', () => {
  it('builds a label the service accepts, with template, timestamp and a stable idempotency key', () => {
    // The first line the shipped bundle flags in the recorded BGL stream.
    const line = bglScored.find((l) => l.result.verdict === 'anomaly')!;
    const label = labelFor(line, line.result, { verdict: 'anomaly' });
    expect(LabelInputSchema.safeParse(label).success).toBe(true);
    expect(label).toMatchObject({
      line: line.line,
      verdict: 'anomaly',
      templateId: line.result.template.id,
      template: line.result.template.text,
      timestamp: line.tsNs,
      labels: line.labels,
    });
    expect(labelFor(line, line.result, { verdict: 'anomaly' }).idempotencyKey).toBe(label.idempotencyKey);
    expect(labelFor(line, line.result, { verdict: 'normal' }).idempotencyKey).not.toBe(label.idempotencyKey);
  });

  it('labels a domain alone, and a line without a result', () => {
    const line = bglScored[0];
    const label = labelFor(line, undefined, { domain: 'network' });
    expect(LabelInputSchema.safeParse(label).success).toBe(true);
    expect(label).not.toHaveProperty('templateId');
    expect(label).toMatchObject({ domain: 'network' });
  });

  it('keeps stream labels within the service limits', () => {
    const many = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`k${i}`, 'v']));
    const label = labelFor({ ...bglScored[0], labels: { ...many, huge: 'x'.repeat(5000) } }, undefined, {
      verdict: 'normal',
    });
    expect(Object.keys(label.labels ?? {})).toHaveLength(64);
    expect(LabelInputSchema.safeParse(label).success).toBe(true);
  });
});

describe('rankTemplatesForLabelling', () => {
  let n = 0;
  const line = (template: string, score: number, extra: Partial<LineResult> = {}): ScoredLine => {
    const index = n++;
    return {
      index,
      tsNs: String(1_700_000_000_000_000_000 + index),
      timeMs: 1_700_000_000_000 + index,
      line: `${template} line ${index}`,
      labels: {},
      id: `id-${index}`,
      result: {
        index,
        verdict: score >= 0.5 ? 'anomaly' : 'normal',
        score,
        domain: 'kernel',
        domainScores: [],
        template: { id: template, text: `${template} <NUM>` },
        novel: false,
        truncated: false,
        ...extra,
      },
    };
  };
  const stats = (counts: Record<string, number>): LabelStats => ({
    ...labelStats,
    templates: Object.entries(counts).map(([templateId, count]) => ({
      templateId,
      template: null,
      count,
      anomaly: count,
      normal: 0,
    })),
  });

  it('puts novel templates first, then uncertain scores closest to 0.5, then templates with few labels', () => {
    const lines = [
      line('confident', 0.02),
      line('confident', 0.03),
      line('confident', 0.01),
      line('coin-toss', 0.49),
      line('fairly-sure', 0.75),
      line('fairly-sure', 0.05),
      line('unseen', 0.1, { novel: true }),
      line('done', 0.5),
    ];
    const ranked = rankTemplatesForLabelling([], stats({ done: 5, confident: 1 }), lines, 5);
    expect(ranked.map((c) => [c.templateId, c.reason])).toEqual([
      ['unseen', 'novel'],
      ['coin-toss', 'uncertain'],
      ['fairly-sure', 'uncertain'],
      ['confident', 'few-labels'],
    ]);
    expect(ranked[3].labelled).toEqual({ total: 1, anomaly: 1, normal: 0 });
  });

  it('prefers unlabelled and busier templates within a reason, and honours the limit', () => {
    const lines = [line('a', 0.01), line('b', 0.01), line('b', 0.02), line('c', 0.01)];
    expect(rankTemplatesForLabelling([], stats({ a: 2 }), lines, 3).map((c) => c.templateId)).toEqual(['b', 'c', 'a']);
    expect(rankTemplatesForLabelling([], null, lines, 3, 1).map((c) => c.templateId)).toEqual(['b']);
  });

  it('takes up to three distinct sample lines, least certain first', () => {
    const lines = [line('t', 0.1), line('t', 0.4), line('t', 0.3), line('t', 0.2)];
    const dup = { ...line('t', 0.45), line: lines[1].line };
    const [c] = rankTemplatesForLabelling([], null, [...lines, dup], 5);
    expect(c.samples.map((s) => s.result.score)).toEqual([0.45, 0.3, 0.2]);
  });

  it('ranks the recorded BGL lines: the novel templates lead, fully labelled ones are left out', () => {
    const ranked = rankTemplatesForLabelling(modelTemplatesPage1.templates, labelStats, bglScored, 5);
    expect(ranked.slice(0, 2).map((c) => c.templateId)).toEqual(['179fe5933239fc83', '59b33e7f4f2597c2']);
    expect(ranked.every((c) => c.reason !== 'novel' || c.novel)).toBe(true);
    expect(ranked.some((c) => c.templateId === '03dc46e5a064bb06')).toBe(false);
    const fatal = ranked.find((c) => c.templateId === '7d2ed19aff3bb561')!;
    expect(fatal).toMatchObject({ labelled: { total: 2, anomaly: 1, normal: 1 }, trainingCount: 89 });
    expect(fatal.samples).toHaveLength(3);
  });
});

describe('isRetrainedVersion', () => {
  it('recognises the version a retrain writes', () => {
    expect(isRetrainedVersion('2026.11.28-1+labels.120')).toBe(true);
    expect(isRetrainedVersion('2026.11.28-1')).toBe(false);
    expect(isRetrainedVersion(undefined)).toBe(false);
  });
});

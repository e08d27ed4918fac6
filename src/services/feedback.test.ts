import { of, throwError } from 'rxjs';
import { getBackendSrv } from '@grafana/runtime';
import { feedbackBatch, feedbackSingle, labelStats } from '../__fixtures__/labelStats';
import { retrainQueued, retrainSucceeded, rollbackResponse } from '../__fixtures__/retrainJobs';
import { APP_PROXY_BASE } from './api';
import { bglScored } from './bglScored.test-helper';
import { ServiceError } from './errors';
import { createFeedbackApi } from './feedback';
import { labelFor } from './lineLabels';

jest.mock('@grafana/runtime', () => ({ getBackendSrv: jest.fn() }));

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  jest.mocked(getBackendSrv).mockReturnValue({ fetch: fetchMock } as unknown as ReturnType<typeof getBackendSrv>);
});

const ok = (data: unknown) => of({ data, status: 200, ok: true });
const fail = (status: number, code: string, message: string) =>
  throwError(() => ({ status, data: { error: { code, message } } }));

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

import { NEVER, of, throwError } from 'rxjs';
import { getBackendSrv } from '@grafana/runtime';
import { explainHdfs } from '../__fixtures__/explainHdfs';
import { health } from '../__fixtures__/health';
import { modelInfo } from '../__fixtures__/modelInfo';
import { modelTemplatesPage2 } from '../__fixtures__/modelTemplatesPage2';
import { scoreHdfs } from '../__fixtures__/scoreHdfs';
import { APP_PROXY_BASE, createApiClient, datasourceProxyBase } from './api';
import { ServiceError } from './errors';

jest.mock('@grafana/runtime', () => ({ getBackendSrv: jest.fn() }));

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  jest.mocked(getBackendSrv).mockReturnValue({ fetch: fetchMock } as unknown as ReturnType<typeof getBackendSrv>);
});

const ok = (data: unknown) => of({ data, status: 200, ok: true });

describe('api client', () => {
  it('calls the app plugin proxy route and validates the model', async () => {
    fetchMock.mockReturnValue(ok(modelInfo));
    await expect(createApiClient().model()).resolves.toEqual(modelInfo);
    expect(fetchMock).toHaveBeenCalledWith(
      expect.objectContaining({
        url: '/api/plugin-proxy/anomalylens-explain-app/api/api/v1/model',
        method: 'GET',
        showErrorAlert: false,
      })
    );
    expect(APP_PROXY_BASE).toBe('/api/plugin-proxy/anomalylens-explain-app/api');
  });

  it('posts lines to score and explain requests as given', async () => {
    fetchMock.mockReturnValueOnce(ok(scoreHdfs)).mockReturnValueOnce(ok(explainHdfs));
    const client = createApiClient();
    const lines = [{ line: 'a', timestamp: '1', id: 'x' }];
    await client.score(lines);
    expect(fetchMock.mock.calls[0][0]).toMatchObject({
      url: `${APP_PROXY_BASE}/api/v1/score`,
      method: 'POST',
      data: { lines },
    });
    await client.explain({ lines, focus: 0 });
    expect(fetchMock.mock.calls[1][0]).toMatchObject({
      url: `${APP_PROXY_BASE}/api/v1/explain`,
      data: { lines, focus: 0 },
    });
  });

  it('passes template paging and domain as query params', async () => {
    fetchMock.mockReturnValue(ok(modelTemplatesPage2));
    await createApiClient().templates({ offset: 10, limit: 10, domain: 'storage' });
    expect(fetchMock.mock.calls[0][0]).toMatchObject({ params: { offset: 10, limit: 10, domain: 'storage' } });
  });

  it('uses the data source proxy for the verdict data source', async () => {
    fetchMock.mockReturnValue(ok(health));
    await createApiClient(datasourceProxyBase('anomalylens-verdict')).readyz();
    expect(fetchMock.mock.calls[0][0].url).toBe('/api/datasources/proxy/uid/anomalylens-verdict/api/readyz');
  });

  it('rejects a response that does not match the contract', async () => {
    fetchMock.mockReturnValue(ok({ ...modelInfo, domains: [{ id: 'gpu' }] }));
    const err = await createApiClient()
      .model()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as ServiceError).kind).toBe('invalid_response');
    expect((err as ServiceError).message).toMatch(/domains\.0/);
  });

  it('maps HTTP failures to typed errors', async () => {
    fetchMock.mockReturnValue(
      throwError(() => ({ status: 401, data: { error: { code: 'unauthorized', message: 'no' } } }))
    );
    await expect(createApiClient().score([{ line: 'a' }])).rejects.toMatchObject({ kind: 'unauthorized' });
  });

  it('times out a request that never answers', async () => {
    jest.useFakeTimers();
    fetchMock.mockReturnValue(NEVER);
    const p = createApiClient(APP_PROXY_BASE, 1000).readyz();
    jest.advanceTimersByTime(1001);
    await expect(p).rejects.toMatchObject({ kind: 'timeout' });
    jest.useRealTimers();
  });
});

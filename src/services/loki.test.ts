import { of, throwError } from 'rxjs';
import { config, getBackendSrv } from '@grafana/runtime';
import { bglLokiRows } from '../__fixtures__/bglLokiRows';
import { lokiFrameJSON } from '../__fixtures__/lokiFrames';
import { LokiError, lokiDataSources, queryLoki, resolveLoki } from './loki';

jest.mock('@grafana/runtime', () => ({ getBackendSrv: jest.fn(), config: { datasources: {} } }));

const settings: Record<string, { uid: string; name: string; type: string }> = {
  loki: { uid: 'loki', name: 'Loki', type: 'loki' },
  prometheus: { uid: 'prometheus', name: 'Prometheus', type: 'prometheus' },
};
const fetchMock = jest.fn();

beforeEach(() => {
  fetchMock.mockReset();
  jest.mocked(getBackendSrv).mockReturnValue({ fetch: fetchMock } as unknown as ReturnType<typeof getBackendSrv>);
  // As Grafana boots them: keyed by name.
  config.datasources = Object.fromEntries(
    Object.values(settings).map((d) => [d.name, d])
  ) as unknown as typeof config.datasources;
});

const query = { datasourceUid: 'loki', expr: '{job="bgl"}', fromMs: 1117838570000, toMs: 1117900000000 };

describe('Loki through Grafana', () => {
  it('lists only Loki data sources', () => {
    expect(lokiDataSources()).toEqual([settings.loki]);
  });

  it('queries /api/ds/query with the data source uid and converts the frames', async () => {
    fetchMock.mockReturnValue(
      of({ data: { results: { A: { status: 200, frames: [lokiFrameJSON(bglLokiRows, query.expr)] } } } })
    );
    const result = await queryLoki({ ...query, maxLines: 1000 });
    expect(fetchMock.mock.calls[0][0]).toMatchObject({
      url: '/api/ds/query',
      method: 'POST',
      data: {
        from: '1117838570000',
        to: '1117900000000',
        queries: [{ refId: 'A', datasource: { type: 'loki', uid: 'loki' }, expr: '{job="bgl"}', maxLines: 1001 }],
      },
    });
    expect(result.lines).toHaveLength(bglLokiRows.length);
    expect(result.capped).toBe(false);
    expect(result.lines[0].line).toBe(bglLokiRows[0].line);
  });

  it('caps a huge result and reports it', async () => {
    fetchMock.mockReturnValue(of({ data: { results: { A: { frames: [lokiFrameJSON(bglLokiRows)] } } } }));
    const result = await queryLoki({ ...query, maxLines: 50 });
    expect(result).toMatchObject({ capped: true, total: 400, maxLines: 50 });
    expect(result.lines).toHaveLength(50);
  });

  it('says so when the range has no lines', async () => {
    fetchMock.mockReturnValue(of({ data: { results: { A: { frames: [] } } } }));
    await expect(queryLoki(query)).rejects.toMatchObject({
      kind: 'empty',
      message: expect.stringMatching(/No log lines for \{job="bgl"\}/),
    });
  });

  it('refuses a data source that is not Loki, or unknown', () => {
    expect(() => resolveLoki('prometheus')).toThrow(/"Prometheus" is a prometheus data source/);
    expect(() => resolveLoki('nope')).toThrow(LokiError);
    expect(() => resolveLoki(undefined)).toThrow(/Pick a Loki data source/);
  });

  it('passes LogQL errors and access denial through', async () => {
    fetchMock.mockReturnValue(
      throwError(() => ({
        status: 400,
        data: { results: { A: { error: 'parse error at line 1, col 5: syntax error' } } },
      }))
    );
    await expect(queryLoki(query)).rejects.toMatchObject({
      kind: 'query',
      message: expect.stringMatching(/syntax error/),
    });
    fetchMock.mockReturnValue(throwError(() => ({ status: 403, data: { message: 'denied' } })));
    await expect(queryLoki(query)).rejects.toMatchObject({ kind: 'denied' });
  });

  it('rejects an empty query before calling Loki', async () => {
    await expect(queryLoki({ ...query, expr: '  ' })).rejects.toMatchObject({ kind: 'query' });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

import { throwError } from 'rxjs';
import {
  DataFrameType,
  dateTime,
  type DataQueryRequest,
  type DataSourceInstanceSettings,
  type DataFrame,
} from '@grafana/data';
import { getBackendSrv, config, getTemplateSrv } from '@grafana/runtime';
import { setFakeDataSources, fakeFetch, type FakeOverride } from '../__fixtures__/fakeGrafana';
import { modelInfo } from '../__fixtures__/modelInfo';
import { hdfsLokiRows } from '../__fixtures__/hdfsLokiRows';
import { fromBody } from './backendHealth';
import { bglLokiRows } from '../__fixtures__/bglLokiRows';
import { scoreBgl } from '../__fixtures__/scoreBgl';
import { sequencesHdfs } from '../__fixtures__/sequencesHdfs';
import { VerdictDataSource } from './datasource';
import type { VerdictOptions, VerdictQuery } from './types';

jest.mock('@grafana/runtime', () => ({
  getBackendSrv: jest.fn(),
  config: { datasources: {} },
  getTemplateSrv: jest.fn(),
}));

const settings = {
  uid: 'anomalylens-verdict',
  name: 'Anomaly Lens verdicts',
  type: 'anomalylens-verdict-datasource',
  jsonData: { lokiDatasourceUid: 'loki' },
  meta: { id: 'anomalylens-verdict-datasource' },
} as unknown as DataSourceInstanceSettings<VerdictOptions>;

function setup(override?: FakeOverride, job = 'hdfs') {
  const fetch = jest.fn(fakeFetch(override).fetch);
  jest.mocked(getBackendSrv).mockReturnValue({ fetch } as unknown as ReturnType<typeof getBackendSrv>);
  setFakeDataSources(config);
  jest
    .mocked(getTemplateSrv)
    .mockReturnValue({ replace: (s: string) => s.replace('$job', job) } as unknown as ReturnType<
      typeof getTemplateSrv
    >);
  return { ds: new VerdictDataSource(settings), fetch };
}

const FROM = 1226263000000;
const TO = 1226266000000;
// The recorded BGL stream (2005-06-03 … 2005-06-25): line by line the shipped bundle flags BGL lines, while every
// HDFS line is normal on its own (the recorded HDFS anomaly is a block sequence).
const BGL_FROM = Math.floor(Number(BigInt(bglLokiRows[0].tsNs) / BigInt(1e6)) / 3_600_000) * 3_600_000;
const BGL_TO = Number(BigInt(bglLokiRows[bglLokiRows.length - 1].tsNs) / BigInt(1e6)) + 3_600_000;
const bglAnomalies = scoreBgl.results.filter((r) => r.verdict === 'anomaly');
function request(target: Partial<VerdictQuery>, from = FROM, to = TO): DataQueryRequest<VerdictQuery> {
  return {
    targets: [{ refId: 'A', expr: '{job="$job"}', ...target }],
    range: { from: dateTime(from), to: dateTime(to), raw: { from: dateTime(from), to: dateTime(to) } },
    intervalMs: 60_000,
    scopedVars: {},
  } as unknown as DataQueryRequest<VerdictQuery>;
}

const field = (frame: DataFrame, name: string) => frame.fields.find((f) => f.name === name)!;

describe('VerdictDataSource', () => {
  it('returns scored lines as a logs frame with verdict, score, domain and an Explain link', async () => {
    const { ds, fetch } = setup(undefined, 'bgl');
    const res = await ds.query(request({ queryType: 'lines', anomaliesOnly: true }, BGL_FROM, BGL_TO));
    expect(res.errors).toBeUndefined();
    const [frame] = res.data as DataFrame[];
    expect(frame.meta?.type).toBe(DataFrameType.LogLines);
    expect(bglAnomalies.length).toBeGreaterThan(0);
    expect(bglAnomalies.length).toBeLessThan(scoreBgl.results.length);
    expect(frame.length).toBe(bglAnomalies.length);
    expect(field(frame, 'verdict').values).toEqual(bglAnomalies.map(() => 'anomaly'));
    expect(field(frame, 'score').values).toEqual(bglAnomalies.map((r) => r.score));
    expect(field(frame, 'domain').values).toEqual(bglAnomalies.map((r) => r.domain));
    const link = field(frame, 'body').config.links![0];
    expect(link.title).toBe('Explain');
    expect(link.url).toBe(
      `/a/anomalylens-explain-app/explain?ds=loki&query=%7Bjob%3D%22bgl%22%7D&from=${BGL_FROM}&to=${BGL_TO}&focus=\${__data.fields.tsNs}`
    );
    // Loki through Grafana, scoring through this data source's proxy route.
    expect(fetch.mock.calls.map((c) => c[0].url)).toEqual([
      '/api/ds/query',
      '/api/datasources/proxy/uid/anomalylens-verdict/api/api/v1/score',
    ]);
  });

  it('returns the anomaly rate per domain as time series at the requested interval', async () => {
    const { ds } = setup(undefined, 'bgl');
    const res = await ds.query(request({ queryType: 'rate', interval: '1h' }, BGL_FROM, BGL_TO));
    const frames = res.data as DataFrame[];
    // One series per domain the lines were routed to (the rate's denominator), anomalous or not.
    expect(frames.map((f) => f.name).sort()).toEqual([...new Set(scoreBgl.results.map((r) => r.domain))].sort());
    const times = field(frames[0], 'Time').values as number[];
    expect(times[1] - times[0]).toBe(3_600_000);
    const storage = frames.find((f) => f.name === 'storage')!;
    expect(field(storage, 'anomaly rate').config.unit).toBe('percentunit');
  });

  it('returns the incidents of POST /api/v1/sequences as region annotations, root cause first', async () => {
    const { ds, fetch } = setup();
    const res = await ds.query(request({ queryType: 'annotations', maxSequences: 1 }));
    expect(res.errors).toBeUndefined();
    const [frame] = res.data as DataFrame[];
    // The highest-ranked of the recorded HDFS stream's two anomalous blocks.
    expect(frame.length).toBe(1);
    expect(field(frame, 'time').values[0]).toBe(1226263168000);
    expect(field(frame, 'timeEnd').values[0]).toBe(1226263172000);
    expect(field(frame, 'isRegion').values[0]).toBe(true);
    expect(field(frame, 'title').values[0]).toBe('Anomalous hdfs-block blk_7648436334209344608');
    expect(field(frame, 'text').values[0]).toMatch(/starts at event 4, INFO "writeBlock blk_<BLK> received exception/);
    expect(field(frame, 'tags').values[0]).toEqual(['anomaly-lens', 'storage']);
    expect(field(frame, 'score').values[0]).toBeCloseTo(sequencesHdfs.sequences[0]!.score);
    // Loki through Grafana, then one sequences call (it scores the lines itself) with the limit asked for.
    expect(fetch.mock.calls.map((c) => c[0].url)).toEqual([
      '/api/ds/query',
      '/api/datasources/proxy/uid/anomalylens-verdict/api/api/v1/sequences',
    ]);
    expect(fetch.mock.calls[1][0].data).toMatchObject({ limit: 1 });
    expect(ds.annotations.prepareQuery({ target: { refId: 'A', expr: 'x' } } as never)).toMatchObject({
      queryType: 'annotations',
    });
  });

  it('orders the annotations by time and reports a service without sequences', async () => {
    const { ds } = setup();
    const res = await ds.query(request({ queryType: 'annotations', maxSequences: 10 }));
    const [frame] = res.data as DataFrame[];
    expect(frame.length).toBe(2);
    const times = field(frame, 'time').values as number[];
    expect(times[0]).toBeLessThan(times[1]);
    // The later incident, tagged with its root cause's domain.
    const later = sequencesHdfs.sequences.filter((q) => q.verdict === 'anomaly')[1]!;
    expect(field(frame, 'tags').values[1]).toEqual(['anomaly-lens', later.rootCause!.domain]);
    const { ds: old } = setup((req) =>
      req.url.endsWith('/sequences')
        ? throwError(() => ({ status: 404, data: { error: { code: 'not_found', message: 'no route' } } }))
        : undefined
    );
    const failed = await old.query(request({ queryType: 'annotations' }));
    expect(failed.data).toEqual([]);
    expect(failed.errors?.[0].refId).toBe('A');
  });

  it('reports a non-Loki source and service errors per query', async () => {
    const { ds } = setup((req) =>
      req.url.endsWith('/score')
        ? throwError(() => ({ status: 429, data: { error: { code: 'overloaded', message: 'full' } } }))
        : undefined
    );
    const bad = await ds.query(request({ lokiUid: 'prometheus' }));
    expect(bad.errors?.[0]).toEqual({
      refId: 'A',
      message: expect.stringMatching(/"Prometheus" is a prometheus data source/),
    });
    const busy = await ds.query(request({}));
    expect(busy.errors?.[0].message).toMatch(/Retry after 5 s/);
  });

  it('Save & test checks the service from the browser and the Go backend (service and Loki) through Grafana', async () => {
    const { ds, fetch } = setup();
    // In the service's order, as the message lists them.
    const domains = modelInfo.domains.map((d) => d.id).join(', ');
    await expect(ds.testDatasource()).resolves.toEqual({
      status: 'success',
      message:
        `Dashboards: connected, model ${modelInfo.id} ${modelInfo.version} (ok, cpu), domains: ${domains}. ` +
        `Alert rules (Go backend): Service ok: model ${modelInfo.id} ${modelInfo.version} (cpu, http://anomaly-lens:8080), ` +
        `domains ${domains}. Loki at http://loki:3100 answers the service (3 label names in the last hour).`,
    });
    expect(fetch.mock.calls.map((c) => c[0].url).sort()).toEqual([
      '/api/datasources/proxy/uid/anomalylens-verdict/api/api/v1/model',
      '/api/datasources/proxy/uid/anomalylens-verdict/api/readyz',
      '/api/datasources/uid/anomalylens-verdict/health',
    ]);
  });

  it('warns when only the Go backend fails: dashboards work, alert rules do not', async () => {
    const { ds } = setup((req) =>
      req.url.endsWith('/health')
        ? throwError(() => ({
            status: 400,
            data: {
              status: 'ERROR',
              message: 'Service ready (model m 1), but it cannot query Loki at http://loki:3100: connection refused',
            },
          }))
        : undefined
    );
    const res = await ds.testDatasource();
    expect(res.status).toBe('warning');
    expect(res.message).toMatch(new RegExp(`^Dashboards: connected, model ${modelInfo.id} ${modelInfo.version} `));
    expect(res.message).toMatch(
      /Alert rules \(Go backend\): Service ready \(model m 1\), but it cannot query Loki at http:\/\/loki:3100: connection refused$/
    );
  });

  it('fails when the service refuses the key, and says when the backend check did not run', async () => {
    const failing = setup(() =>
      throwError(() => ({ status: 401, data: { error: { code: 'unauthorized', message: 'no' } } }))
    ).ds;
    const res = await failing.testDatasource();
    expect(res.status).toBe('error');
    expect(res.message).toMatch(/^Dashboards: Anomaly Lens rejected the API key: .*this data source's settings/);
    expect(res.message).toMatch(/Alert rules \(Go backend\): the health check did not run \(HTTP 401\)$/);
    expect(fromBody({ message: 'Plugin unavailable' }, 500)).toEqual({
      ok: false,
      message: 'the health check did not run (Plugin unavailable)',
    });
    expect(fromBody({ status: 'OK' }, 200)).toEqual({ ok: true, message: 'OK' });
  });

  it('skips hidden and empty queries', () => {
    const { ds } = setup();
    expect(ds.filterQuery({ refId: 'A', expr: ' ' })).toBe(false);
    expect(ds.filterQuery({ refId: 'A', expr: '{a="b"}', hide: true })).toBe(false);
    expect(hdfsLokiRows.length).toBe(148);
  });
});

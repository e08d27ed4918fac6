/**
 * Loki through Grafana's own data source (so Grafana permissions apply): POST /api/ds/query with the data source
 * uid, which works from a frontend-only app without building a full DataQueryRequest.
 */
import { lastValueFrom, timeout } from 'rxjs';
import { dataFrameFromJSON, type DataFrameJSON, type DataSourceInstanceSettings } from '@grafana/data';
import { getBackendSrv } from '@grafana/runtime';
import { dataSourceSettings, dataSourcesOfType } from './dataSources';
import { framesToLines, type FramesToLinesResult } from './frames';

export type LokiErrorKind = 'no_datasource' | 'not_loki' | 'empty' | 'query' | 'denied' | 'timeout' | 'failed';

export class LokiError extends Error {
  readonly kind: LokiErrorKind;
  constructor(kind: LokiErrorKind, message: string) {
    super(message);
    this.name = 'LokiError';
    this.kind = kind;
  }
}

export const DEFAULT_MAX_LINES = 5000;
export const LOKI_TIMEOUT_MS = 60_000;

export function lokiDataSources(): DataSourceInstanceSettings[] {
  return dataSourcesOfType('loki');
}

/** The Loki data source for a uid (or name), or a LokiError saying what is wrong with it. */
export function resolveLoki(uid: string | undefined): DataSourceInstanceSettings {
  if (!uid) {
    throw new LokiError('no_datasource', 'Pick a Loki data source.');
  }
  const ds = dataSourceSettings(uid);
  if (!ds) {
    throw new LokiError(
      'no_datasource',
      `Data source "${uid}" was not found or you have no access to it. Pick a Loki data source.`
    );
  }
  if (ds.type !== 'loki') {
    throw new LokiError(
      'not_loki',
      `"${ds.name}" is a ${ds.type} data source. Anomaly Lens explains log lines: pick a Loki data source.`
    );
  }
  return ds;
}

export interface LokiQuery {
  datasourceUid: string;
  expr: string;
  fromMs: number;
  toMs: number;
  maxLines?: number;
}

export interface LokiResult extends FramesToLinesResult {
  maxLines: number;
}

interface DsQueryResponse {
  results?: Record<string, { frames?: DataFrameJSON[]; error?: string; status?: number }>;
}

function errorText(data: unknown): string | undefined {
  const d = data as (DsQueryResponse & { message?: string }) | undefined;
  return d?.results?.A?.error ?? d?.message;
}

export async function queryLoki(q: LokiQuery): Promise<LokiResult> {
  const ds = resolveLoki(q.datasourceUid);
  const maxLines = q.maxLines ?? DEFAULT_MAX_LINES;
  if (!q.expr.trim()) {
    throw new LokiError('query', 'Enter a LogQL query, for example {job="bgl"}.');
  }
  let data: DsQueryResponse;
  try {
    const response = await lastValueFrom(
      getBackendSrv()
        .fetch<DsQueryResponse>({
          url: '/api/ds/query',
          method: 'POST',
          showErrorAlert: false,
          data: {
            from: String(Math.floor(q.fromMs)),
            to: String(Math.ceil(q.toMs)),
            queries: [
              {
                refId: 'A',
                datasource: { type: 'loki', uid: ds.uid },
                expr: q.expr,
                queryType: 'range',
                // One more than the cap tells a capped result from an exact fit.
                maxLines: maxLines + 1,
                direction: 'backward',
              },
            ],
          },
        })
        .pipe(timeout(LOKI_TIMEOUT_MS))
    );
    data = response.data;
  } catch (err) {
    const e = err as { name?: string; status?: number; data?: unknown; message?: string };
    if (e?.name === 'TimeoutError') {
      throw new LokiError(
        'timeout',
        `Loki did not answer within ${LOKI_TIMEOUT_MS / 1000} s. Narrow the time range or the query.`
      );
    }
    if (e?.status === 403 || e?.status === 401) {
      throw new LokiError(
        'denied',
        `You are not allowed to query "${ds.name}" (${e.status}). Ask an admin for data source access.`
      );
    }
    const text = errorText(e?.data) ?? e?.message ?? 'unknown error';
    throw new LokiError(e?.status === 400 ? 'query' : 'failed', `Loki query failed: ${text}`);
  }
  const result = data.results?.A;
  if (result?.error) {
    throw new LokiError('query', `Loki query failed: ${result.error}`);
  }
  const frames = (result?.frames ?? []).map((f) => dataFrameFromJSON(f));
  const converted = framesToLines(frames, maxLines);
  if (converted.total === 0) {
    throw new LokiError(
      'empty',
      `No log lines for ${q.expr} in this time range. Widen the time range or check the stream selector.`
    );
  }
  return { ...converted, maxLines };
}

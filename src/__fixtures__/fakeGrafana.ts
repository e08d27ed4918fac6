/**
 * A fake of the Grafana backend the plugin talks to, answering from recorded fixtures: /api/ds/query (Loki
 * frames), the app's plugin proxy (score, explain, model, templates, readyz) and /api/annotations. Used by the
 * jest tests and by the browser harness, so both drive the real api/Loki code paths.
 */
import { Observable, of, throwError } from 'rxjs';
import type { LineResult, LogLineInput } from '../services/contract';
import { bglLokiRows } from './bglLokiRows';
import { explainHdfs } from './explainHdfs';
import { hdfsLokiRows, type RecordedLokiRow } from './hdfsLokiRows';
import { health } from './health';
import { lokiFrameJSON } from './lokiFrames';
import { modelInfo } from './modelInfo';
import { sequencesBgl } from './sequencesBgl';
import { sequencesHdfs } from './sequencesHdfs';
import { modelTemplatesPage1 } from './modelTemplatesPage1';
import { modelTemplatesPage2 } from './modelTemplatesPage2';
import { scoreBgl } from './scoreBgl';
import { scoreHdfs } from './scoreHdfs';

export interface FakeRequest {
  url: string;
  method?: string;
  data?: unknown;
  params?: Record<string, unknown>;
}

export const LOKI_SETTINGS = { uid: 'loki', name: 'Loki', type: 'loki', meta: { id: 'loki' } };
export const PROM_SETTINGS = { uid: 'prometheus', name: 'Prometheus', type: 'prometheus', meta: { id: 'prometheus' } };
export const VERDICT_SETTINGS = {
  uid: 'anomalylens-verdict',
  name: 'Anomaly Lens verdicts',
  type: 'anomalylens-verdict-datasource',
  meta: { id: 'anomalylens-verdict-datasource' },
};

const resultsById = new Map<string, LineResult>();
for (const [rows, response] of [
  [hdfsLokiRows, scoreHdfs],
  [bglLokiRows, scoreBgl],
] as const) {
  response.results.forEach((r, i) => resultsById.set(rows[i].id, r));
}

/** Rows for a stream selector: {job="hdfs"} or {job="bgl"}; "synthetic:N" repeats BGL rows to N lines. */
export function rowsFor(expr: string): RecordedLokiRow[] {
  const synthetic = /synthetic:(\d+)/.exec(expr);
  if (synthetic) {
    const n = Number(synthetic[1]);
    const base = BigInt(bglLokiRows[0].tsNs);
    return Array.from({ length: n }, (_, i) => {
      const r = bglLokiRows[i % bglLokiRows.length];
      const tsNs = (base + BigInt(i) * BigInt(1_000_000)).toString();
      return { ...r, tsNs, id: `${r.id}~${i}` };
    });
  }
  if (/job\s*=\s*"hdfs"/.test(expr)) {
    return hdfsLokiRows;
  }
  if (/job\s*=\s*"bgl"/.test(expr)) {
    return bglLokiRows;
  }
  return [];
}

function resultFor(line: LogLineInput, index: number): LineResult {
  const id = line.id?.split('~')[0] ?? '';
  const recorded = resultsById.get(id);
  if (!recorded) {
    throw new Error(`no recorded result for line id ${line.id}`);
  }
  return { ...recorded, index, ...(line.id ? { id: line.id } : {}) };
}

export type FakeOverride = (req: FakeRequest) => Observable<unknown> | undefined;

export function fakeFetch(override?: FakeOverride) {
  const annotations: unknown[] = [];
  const fetch = (req: FakeRequest): Observable<{ data: unknown; status: number; ok: boolean }> => {
    const custom = override?.(req);
    if (custom) {
      return custom as Observable<{ data: unknown; status: number; ok: boolean }>;
    }
    const ok = (data: unknown) => of({ data, status: 200, ok: true });
    const path = req.url.replace(/^\/api\/(plugin-proxy\/[^/]+|datasources\/proxy\/uid\/[^/]+)\/api/, '');
    if (req.url === '/api/ds/query') {
      const body = req.data as { queries: Array<{ expr: string; maxLines: number; datasource: { uid: string } }> };
      const q = body.queries[0];
      const rows = rowsFor(q.expr);
      // Loki returns the newest maxLines rows.
      return ok({
        results: { A: { status: 200, frames: rows.length ? [lokiFrameJSON(rows.slice(-q.maxLines), q.expr)] : [] } },
      });
    }
    const resource = /^\/api\/datasources\/uid\/([^/]+)\/resources\/(labels|label\/([^/]+)\/values)$/.exec(req.url);
    if (resource) {
      // Loki's label API over the recorded streams (both jobs), as Grafana's Loki data source proxies it.
      if (resource[1] !== LOKI_SETTINGS.uid) {
        return throwError(() => ({ status: 404, data: { message: 'Data source not found' } }));
      }
      const labels = [...hdfsLokiRows, ...bglLokiRows].map((r) => r.labels);
      const label = resource[3] === undefined ? undefined : decodeURIComponent(resource[3]);
      const values = label
        ? labels.flatMap((l) => (l[label] === undefined ? [] : [l[label]]))
        : labels.flatMap((l) => Object.keys(l));
      return ok({ status: 'success', data: [...new Set(values)].sort() });
    }
    const healthOf = /^\/api\/datasources\/uid\/([^/]+)\/health$/.exec(req.url);
    if (healthOf) {
      // Grafana running the verdict data source's Go CheckHealth; its message as pkg/plugin formats it.
      if (healthOf[1] !== VERDICT_SETTINGS.uid) {
        return throwError(() => ({ status: 404, data: { message: 'Data source not found' } }));
      }
      return ok({
        status: 'OK',
        message:
          `Service ${health.status}: model ${modelInfo.id} ${modelInfo.version} (${modelInfo.device}, ` +
          `http://anomaly-lens:8080), domains ${modelInfo.domains.map((d) => d.id).join(', ')}. ` +
          'Loki at http://loki:3100 answers the service (3 label names in the last hour).',
      });
    }
    if (req.url === '/api/annotations') {
      annotations.push(req.data);
      return ok({ id: annotations.length, message: 'Annotation added' });
    }
    switch (path) {
      case '/readyz':
        return ok(health);
      case '/api/v1/model':
        return ok(modelInfo);
      case '/api/v1/model/templates':
        return ok(Number(req.params?.offset ?? 0) >= 20 ? modelTemplatesPage2 : modelTemplatesPage1);
      case '/api/v1/score': {
        const { lines } = req.data as { lines: LogLineInput[] };
        return ok({ model: scoreHdfs.model, results: lines.map(resultFor) });
      }
      case '/api/v1/sequences': {
        // Recorded for the whole HDFS and BGL streams (scripts/record-fixtures.js); anything else gets the
        // 501 of a service without a bundle.
        const { lines, limit = 100 } = req.data as { lines: LogLineInput[]; limit?: number };
        for (const [rows, recorded] of [
          [hdfsLokiRows, sequencesHdfs],
          [bglLokiRows, sequencesBgl],
        ] as const) {
          if (lines.length === rows.length && lines[0].id === rows[0].id) {
            // The service returns the `limit` highest-ranked sequences and says when it left some out.
            return ok({
              ...recorded,
              sequences: recorded.sequences.slice(0, limit),
              truncated: recorded.truncated || recorded.sequences.length > limit,
            });
          }
        }
        return throwError(() => ({
          status: 501,
          data: { error: { code: 'not_implemented', message: 'no recorded incidents for these lines' } },
        }));
      }
      case '/api/v1/explain': {
        const { lines, focus } = req.data as { lines: LogLineInput[]; focus?: number };
        // Recorded for the HDFS stream with the focus on block blk_7648436334209344608; the service builds the
        // same sequence for any focus line of that block. Anything else gets the 501 of a build without reasoning.
        const whole = lines.length === hdfsLokiRows.length && lines[0].id === hdfsLokiRows[0].id;
        if (whole && focus !== undefined && explainHdfs.sequence.lineIndices.includes(focus)) {
          return ok(explainHdfs);
        }
        return throwError(() => ({
          status: 501,
          data: { error: { code: 'not_implemented', message: 'no recorded explanation for this line' } },
        }));
      }
    }
    return throwError(() => ({ status: 404, data: { message: `fake Grafana: no route ${req.url}` } }));
  };
  return { fetch, annotations };
}

/** Puts data sources into (mocked) `config.datasources` of @grafana/runtime, keyed by name as Grafana boots them. */
export function setFakeDataSources(
  config: { datasources: Record<string, unknown> },
  list: Array<{ uid: string; name: string; type: string }> = [LOKI_SETTINGS, PROM_SETTINGS, VERDICT_SETTINGS]
) {
  config.datasources = Object.fromEntries(list.map((d) => [d.name, d]));
}

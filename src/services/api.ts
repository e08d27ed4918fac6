/**
 * Client for the Anomaly Lens service, reached only through a Grafana proxy route (the app's plugin proxy, or the
 * verdict data source's data proxy), which injects the API key server-side. Every response is validated against
 * the contract; every failure becomes a ServiceError with an actionable message.
 */
import { lastValueFrom, timeout } from 'rxjs';
import type { ZodType } from 'zod';
import { getBackendSrv } from '@grafana/runtime';
import { PLUGIN_ID } from '../constants';
import {
  ExplainResponseSchema,
  HealthResponseSchema,
  ModelInfoSchema,
  ModelTemplatesResponseSchema,
  ScoreResponseSchema,
  SequencesResponseSchema,
  type DomainId,
  type ExplainRequest,
  type ExplainResponse,
  type HealthResponse,
  type LogLineInput,
  type ModelInfo,
  type ModelTemplatesResponse,
  type ScoreResponse,
  type SequencesRequest,
  type SequencesResponse,
} from './contract';
import { invalidResponse, toServiceError } from './errors';

/** The app's proxy route `api` (src/plugin.json) forwards to the service URL from the app's jsonData. */
export const APP_PROXY_BASE = `/api/plugin-proxy/${PLUGIN_ID}/api`;

/** The verdict data source's route `api` (src/datasource/plugin.json), through Grafana's data proxy. */
export function datasourceProxyBase(uid: string): string {
  return `/api/datasources/proxy/uid/${encodeURIComponent(uid)}/api`;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

export interface ApiClient {
  readyz(): Promise<HealthResponse>;
  model(): Promise<ModelInfo>;
  templates(query?: { offset?: number; limit?: number; domain?: DomainId }): Promise<ModelTemplatesResponse>;
  score(lines: LogLineInput[]): Promise<ScoreResponse>;
  explain(request: ExplainRequest): Promise<ExplainResponse>;
  /** The anomalous sequences (incidents) among the posted lines, ranked by score. */
  sequences(request: SequencesRequest): Promise<SequencesResponse>;
}

export interface ServiceRequest {
  path: string;
  method?: 'GET' | 'POST';
  data?: unknown;
  params?: Record<string, string | number>;
}

/**
 * One request to the service through a proxy route, its answer validated by `schema`; every failure becomes a
 * ServiceError. Exported so other service modules (feedback.ts) share the transport, timeout and error mapping.
 * @param what what is being done, for error messages ("scoring 1,200 lines")
 */
export async function callService<T>(
  what: string,
  schema: ZodType<T>,
  request: ServiceRequest,
  base = APP_PROXY_BASE,
  timeoutMs = DEFAULT_TIMEOUT_MS
): Promise<T> {
  let body: unknown;
  try {
    const response = await lastValueFrom(
      getBackendSrv()
        .fetch<unknown>({
          url: `${base}${request.path}`,
          method: request.method ?? 'GET',
          data: request.data,
          params: request.params,
          // The UI shows our own message; Grafana's generic toast would duplicate it.
          showErrorAlert: false,
        })
        .pipe(timeout(timeoutMs))
    );
    body = response.data;
  } catch (err) {
    throw toServiceError(err, what);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidResponse(what, issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'unknown shape');
  }
  return parsed.data;
}

export function createApiClient(base = APP_PROXY_BASE, timeoutMs = DEFAULT_TIMEOUT_MS): ApiClient {
  const call = <T>(what: string, schema: ZodType<T>, request: ServiceRequest) =>
    callService(what, schema, request, base, timeoutMs);

  return {
    readyz: () => call('checking readiness (/readyz)', HealthResponseSchema, { path: '/readyz' }),
    model: () => call('reading the model (/api/v1/model)', ModelInfoSchema, { path: '/api/v1/model' }),
    templates: (query = {}) => {
      const params: Record<string, string | number> = {};
      if (query.offset !== undefined) {
        params.offset = query.offset;
      }
      if (query.limit !== undefined) {
        params.limit = query.limit;
      }
      if (query.domain) {
        params.domain = query.domain;
      }
      return call('listing templates', ModelTemplatesResponseSchema, { path: '/api/v1/model/templates', params });
    },
    score: (lines) =>
      call(`scoring ${lines.length.toLocaleString('en-US')} lines`, ScoreResponseSchema, {
        path: '/api/v1/score',
        method: 'POST',
        data: { lines },
      }),
    explain: (request) =>
      call('explaining the sequence', ExplainResponseSchema, {
        path: '/api/v1/explain',
        method: 'POST',
        data: request,
      }),
    sequences: (request) =>
      call(`finding incidents among ${request.lines.length.toLocaleString('en-US')} lines`, SequencesResponseSchema, {
        path: '/api/v1/sequences',
        method: 'POST',
        data: request,
      }),
  };
}

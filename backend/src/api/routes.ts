/**
 * Every HTTP route of the service, declared once. Express registration (`register`), the metric route label, the
 * 405 method tables (`methodsByPath`) and the OpenAPI document (openapi.ts) all derive from this list, so a route
 * cannot be served without being counted, answered 405 on the wrong method, or documented under another path.
 */
import type { RequestHandler, Router } from 'express';
import { z, type ZodType } from 'zod';
import * as C from '../contract';
import * as L from '../labels/schemas';

export type Method = 'get' | 'post';

/** What the OpenAPI document says about a route. */
export interface RouteDoc {
  summary: string;
  request?: ZodType;
  /** Body content type when it is not JSON (the JSONL import). */
  requestType?: string;
  response: ZodType;
  /** Response content type when it is not JSON (the JSONL export). */
  responseType?: string;
  /** 201/202 for routes that create. */
  status?: number;
  responseDescription: string;
  errors: number[];
  auth: boolean;
}

export interface RouteSpec {
  method: Method;
  /** The express pattern (`:id` parameters), also the metric route label; OpenAPI writes `{id}`. */
  path: string;
  /** Absent: served but not in the OpenAPI document (the reason is at the route). */
  doc?: RouteDoc;
}

/** The reload answer (service/models.ts ReloadResult); documented here, as only this route returns it. */
const ReloadResultSchema = z.object({
  previous: C.ModelRefSchema.nullable(),
  model: C.ModelRefSchema,
  device: z.enum(['cpu', 'cuda']),
  loadMs: z.number(),
});

/** In the OpenAPI document's order. */
export const ROUTES = {
  score: {
    method: 'post',
    path: '/api/v1/score',
    doc: {
      summary: 'Score log lines: verdict, calibrated score, failure domain, template and novelty per line',
      request: C.ScoreRequestSchema,
      response: C.ScoreResponseSchema,
      responseDescription: 'One result per line, in request order',
      errors: [400, 401, 413, 415, 429, 503, 504],
      auth: true,
    },
  },
  explain: {
    method: 'post',
    path: '/api/v1/explain',
    doc: {
      summary: 'Explain a sequence: per-line results plus five-level hierarchical reasoning',
      request: C.ExplainRequestSchema,
      response: C.ExplainResponseSchema,
      responseDescription: 'The sequence built around the focus line, its results and reasoning',
      errors: [400, 401, 413, 415, 429, 501, 503, 504],
      auth: true,
    },
  },
  query: {
    method: 'post',
    path: '/api/v1/query',
    doc: {
      summary:
        'Query Loki and score what it returns (each line once, cached): scored lines, anomaly rate per domain, or explained anomalous sequences',
      request: C.QueryRequestSchema,
      response: C.QueryResponseSchema,
      responseDescription: 'The scored lines, the rate series or the sequences, with what was read and scored',
      errors: [400, 401, 413, 415, 429, 501, 502, 503, 504],
      auth: true,
    },
  },
  checkLoki: {
    method: 'post',
    path: '/api/v1/query/check-loki',
    doc: {
      summary: 'Check that the service reaches a Loki with the given credentials (label names of the last hour)',
      request: C.CheckLokiRequestSchema,
      response: C.CheckLokiResponseSchema,
      responseDescription: 'Loki answered',
      errors: [400, 401, 415, 502],
      auth: true,
    },
  },
  sequences: {
    method: 'post',
    path: '/api/v1/sequences',
    doc: {
      summary: 'The anomalous sequences among posted lines, ranked by score, with root-cause event and domain',
      request: C.SequencesRequestSchema,
      response: C.SequencesResponseSchema,
      responseDescription: 'Sessions by key and windows per stream; anomalous first, by descending score',
      errors: [400, 401, 413, 415, 429, 501, 503, 504],
      auth: true,
    },
  },
  model: {
    method: 'get',
    path: '/api/v1/model',
    doc: {
      summary: 'The model bundle in use: id, version, domains and evaluation metrics',
      response: C.ModelInfoSchema,
      responseDescription: 'Model card of the serving bundle',
      errors: [401, 503],
      auth: true,
    },
  },
  templates: {
    method: 'get',
    path: '/api/v1/model/templates',
    doc: {
      summary: 'Templates of the serving bundle, paged (query: offset, limit, domain)',
      response: C.ModelTemplatesResponseSchema,
      responseDescription: 'A page of templates',
      errors: [400, 401, 503],
      auth: true,
    },
  },
  reload: {
    method: 'post',
    path: '/api/v1/admin/reload',
    doc: {
      summary: 'Validate the bundle at MODEL_DIR completely and swap it in atomically',
      response: ReloadResultSchema,
      responseDescription: 'The model now serving and the one it replaced',
      errors: [401, 422, 501, 503],
      auth: true,
    },
  },
  feedback: {
    method: 'post',
    path: '/api/v1/feedback',
    doc: {
      summary: 'Store labels (one or a batch of up to 1,000); committed to disk before the answer',
      request: L.FeedbackRequestSchema,
      response: L.FeedbackResponseSchema,
      status: 201,
      responseDescription: 'Ids of the stored labels (a retried idempotency key returns the first id)',
      errors: [400, 401, 413, 415, 422, 503],
      auth: true,
    },
  },
  labels: {
    method: 'get',
    path: '/api/v1/labels',
    doc: {
      summary: 'Labels, newest first, paged by cursor (query: limit, cursor, templateId, verdict, domain, user, since)',
      response: L.LabelsPageSchema,
      responseDescription: 'A page of labels',
      errors: [400, 401, 503],
      auth: true,
    },
  },
  labelsExport: {
    method: 'get',
    path: '/api/v1/labels/export',
    doc: {
      summary: 'Every label matching the filters as JSONL, streamed',
      response: L.LabelRecordSchema,
      responseType: 'application/x-ndjson',
      responseDescription: 'One label record per line',
      errors: [400, 401, 503],
      auth: true,
    },
  },
  labelsImport: {
    method: 'post',
    path: '/api/v1/labels/import',
    doc: {
      summary: 'Import labels from JSONL; valid lines are kept, invalid ones reported with their line numbers',
      request: L.ImportLineSchema,
      requestType: 'application/x-ndjson',
      response: L.ImportReportSchema,
      responseDescription: 'What was stored, skipped and refused',
      errors: [400, 401, 413, 415, 503],
      auth: true,
    },
  },
  labelsStats: {
    method: 'get',
    path: '/api/v1/labels/stats',
    doc: {
      summary: 'Label counts per template, verdict and domain',
      response: L.LabelStatsSchema,
      responseDescription: 'Counts',
      errors: [400, 401, 503],
      auth: true,
    },
  },
  retrain: {
    method: 'post',
    path: '/api/v1/retrain',
    doc: {
      summary: 'Start retraining router and experts from the bundle training set plus the labels (one job at a time)',
      request: L.RetrainRequestSchema,
      response: L.RetrainJobSchema,
      status: 202,
      responseDescription: 'The queued job; poll GET /api/v1/retrain/{id}',
      errors: [400, 401, 409, 501, 503],
      auth: true,
    },
  },
  retrainJob: {
    method: 'get',
    path: '/api/v1/retrain/:id',
    doc: {
      summary: 'A retrain job: state, progress and result (accepted or rejected, with held-out metrics)',
      response: L.RetrainJobSchema,
      responseDescription: 'The job',
      errors: [401, 404, 503],
      auth: true,
    },
  },
  rollback: {
    method: 'post',
    path: '/api/v1/admin/rollback',
    doc: {
      summary: 'Serve again the bundle the last accepted retrain replaced',
      response: L.RollbackResponseSchema,
      responseDescription: 'The bundle directories swapped',
      errors: [401, 409, 503],
      auth: true,
    },
  },
  healthz: {
    method: 'get',
    path: '/healthz',
    doc: {
      summary: 'Liveness: the process is up',
      response: C.HealthResponseSchema,
      responseDescription: 'Process status',
      errors: [],
      auth: false,
    },
  },
  readyz: {
    method: 'get',
    path: '/readyz',
    doc: {
      summary: 'Readiness: a bundle is loaded and warmed up',
      response: C.HealthResponseSchema,
      responseDescription: 'Ready',
      errors: [503],
      auth: false,
    },
  },
  // Not documented (yet): Prometheus text, the document itself, and the baseline routes, whose answers have no
  // contract schema so far (baseline/router.ts).
  metrics: { method: 'get', path: '/metrics' },
  openapi: { method: 'get', path: '/api/v1/openapi.json' },
  baselineLearn: { method: 'post', path: '/api/v1/baseline/learn' },
  baselineStreams: { method: 'get', path: '/api/v1/baseline/streams' },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof ROUTES;

/** The OpenAPI form of an express pattern: `/api/v1/retrain/:id` → `/api/v1/retrain/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z_]\w*)/g, '{$1}');
}

/**
 * For the 405 answers: the allowed methods (`Allow` header form) of each fixed path. Parameterised paths are left
 * out: the app looks the request path up exactly.
 */
export function methodsByPath(routes: readonly RouteSpec[] = Object.values(ROUTES)): Record<string, string> {
  const table: Record<string, string> = {};
  for (const r of routes) {
    if (r.path.includes(':')) {
      continue;
    }
    const method = r.method.toUpperCase();
    table[r.path] = table[r.path] ? `${table[r.path]}, ${method}` : method;
  }
  return table;
}

/** Sets the metric route label: the pattern, never the raw URL (bounded cardinality). */
export function routeLabel(path: string): RequestHandler {
  return (_req, res, next) => {
    res.locals.route = path;
    next();
  };
}

/**
 * Registers `spec` on an app or a router mounted at `mountedAt` (`''` for the app itself): the label first, then
 * the route's own handlers (auth, body, the handler).
 */
export function register(
  router: Pick<Router, 'get' | 'post'>,
  spec: RouteSpec,
  mountedAt: string,
  ...handlers: RequestHandler[]
): void {
  if (!spec.path.startsWith(mountedAt)) {
    throw new Error(`route ${spec.path} is not under ${mountedAt}`);
  }
  router[spec.method](spec.path.slice(mountedAt.length), routeLabel(spec.path), ...handlers);
}

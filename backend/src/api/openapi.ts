/** Generates the OpenAPI 3.1 document of the service from the contract schemas (no hand-written copy). */
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z, type ZodType } from 'zod';
import * as C from '../contract';
import * as L from '../labels/schemas';

type Method = 'get' | 'post';

interface RouteSpec {
  method: Method;
  path: string;
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

/** The reload answer (service/models.ts ReloadResult); documented here, as only this route returns it. */
const ReloadResultSchema = z.object({
  previous: C.ModelRefSchema.nullable(),
  model: C.ModelRefSchema,
  device: z.enum(['cpu', 'cuda']),
  loadMs: z.number(),
});

const ROUTES: RouteSpec[] = [
  {
    method: 'post',
    path: '/api/v1/score',
    summary: 'Score log lines: verdict, calibrated score, failure domain, template and novelty per line',
    request: C.ScoreRequestSchema,
    response: C.ScoreResponseSchema,
    responseDescription: 'One result per line, in request order',
    errors: [400, 401, 413, 415, 429, 503, 504],
    auth: true,
  },
  {
    method: 'post',
    path: '/api/v1/explain',
    summary: 'Explain a sequence: per-line results plus five-level hierarchical reasoning',
    request: C.ExplainRequestSchema,
    response: C.ExplainResponseSchema,
    responseDescription: 'The sequence built around the focus line, its results and reasoning',
    errors: [400, 401, 413, 415, 429, 501, 503, 504],
    auth: true,
  },
  {
    method: 'post',
    path: '/api/v1/sequences',
    summary: 'The anomalous sequences among posted lines, ranked by score, with root-cause event and domain',
    request: C.SequencesRequestSchema,
    response: C.SequencesResponseSchema,
    responseDescription: 'Sessions by key and windows per stream; anomalous first, by descending score',
    errors: [400, 401, 413, 415, 429, 501, 503, 504],
    auth: true,
  },
  {
    method: 'get',
    path: '/api/v1/model',
    summary: 'The model bundle in use: id, version, domains and evaluation metrics',
    response: C.ModelInfoSchema,
    responseDescription: 'Model card of the serving bundle',
    errors: [401, 503],
    auth: true,
  },
  {
    method: 'get',
    path: '/api/v1/model/templates',
    summary: 'Templates of the serving bundle, paged (query: offset, limit, domain)',
    response: C.ModelTemplatesResponseSchema,
    responseDescription: 'A page of templates',
    errors: [400, 401, 503],
    auth: true,
  },
  {
    method: 'post',
    path: '/api/v1/admin/reload',
    summary: 'Validate the bundle at MODEL_DIR completely and swap it in atomically',
    response: ReloadResultSchema,
    responseDescription: 'The model now serving and the one it replaced',
    errors: [401, 422, 501, 503],
    auth: true,
  },
  {
    method: 'post',
    path: '/api/v1/feedback',
    summary: 'Store labels (one or a batch of up to 1,000); committed to disk before the answer',
    request: L.FeedbackRequestSchema,
    response: L.FeedbackResponseSchema,
    status: 201,
    responseDescription: 'Ids of the stored labels (a retried idempotency key returns the first id)',
    errors: [400, 401, 413, 415, 422, 503],
    auth: true,
  },
  {
    method: 'get',
    path: '/api/v1/labels',
    summary: 'Labels, newest first, paged by cursor (query: limit, cursor, templateId, verdict, domain, user, since)',
    response: L.LabelsPageSchema,
    responseDescription: 'A page of labels',
    errors: [400, 401, 503],
    auth: true,
  },
  {
    method: 'get',
    path: '/api/v1/labels/export',
    summary: 'Every label matching the filters as JSONL, streamed',
    response: L.LabelRecordSchema,
    responseType: 'application/x-ndjson',
    responseDescription: 'One label record per line',
    errors: [400, 401, 503],
    auth: true,
  },
  {
    method: 'post',
    path: '/api/v1/labels/import',
    summary: 'Import labels from JSONL; valid lines are kept, invalid ones reported with their line numbers',
    request: L.ImportLineSchema,
    requestType: 'application/x-ndjson',
    response: L.ImportReportSchema,
    responseDescription: 'What was stored, skipped and refused',
    errors: [400, 401, 413, 415, 503],
    auth: true,
  },
  {
    method: 'get',
    path: '/api/v1/labels/stats',
    summary: 'Label counts per template, verdict and domain',
    response: L.LabelStatsSchema,
    responseDescription: 'Counts',
    errors: [400, 401, 503],
    auth: true,
  },
  {
    method: 'post',
    path: '/api/v1/retrain',
    summary: 'Start retraining router and experts from the bundle training set plus the labels (one job at a time)',
    request: L.RetrainRequestSchema,
    response: L.RetrainJobSchema,
    status: 202,
    responseDescription: 'The queued job; poll GET /api/v1/retrain/{id}',
    errors: [400, 401, 409, 501, 503],
    auth: true,
  },
  {
    method: 'get',
    path: '/api/v1/retrain/{id}',
    summary: 'A retrain job: state, progress and result (accepted or rejected, with held-out metrics)',
    response: L.RetrainJobSchema,
    responseDescription: 'The job',
    errors: [401, 404, 503],
    auth: true,
  },
  {
    method: 'post',
    path: '/api/v1/admin/rollback',
    summary: 'Serve again the bundle the last accepted retrain replaced',
    response: L.RollbackResponseSchema,
    responseDescription: 'The bundle directories swapped',
    errors: [401, 409, 503],
    auth: true,
  },
  {
    method: 'get',
    path: '/healthz',
    summary: 'Liveness: the process is up',
    response: C.HealthResponseSchema,
    responseDescription: 'Process status',
    errors: [],
    auth: false,
  },
  {
    method: 'get',
    path: '/readyz',
    summary: 'Readiness: a bundle is loaded and warmed up',
    response: C.HealthResponseSchema,
    responseDescription: 'Ready',
    errors: [503],
    auth: false,
  },
];

export function buildOpenApiDocument(version: string): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  // Named schemas carry `.meta({ id })` in the contract; the generator turns those into components.
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });

  for (const route of ROUTES) {
    const responses: Record<string, { description: string; content: Record<string, { schema: ZodType }> }> = {
      [route.status ?? 200]: {
        description: route.responseDescription,
        content: { [route.responseType ?? 'application/json']: { schema: route.response } },
      },
    };
    for (const status of route.errors) {
      responses[status] = {
        description: ERROR_DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/json': { schema: C.ErrorResponseSchema } },
      };
    }
    registry.registerPath({
      method: route.method,
      path: route.path,
      summary: route.summary,
      security: route.auth ? [{ bearer: [] }] : [],
      request: route.request
        ? {
            body: { required: true, content: { [route.requestType ?? 'application/json']: { schema: route.request } } },
          }
        : undefined,
      responses,
    });
  }

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Anomaly Lens inference service',
      version,
      description: 'Scores log lines with a router plus failure-domain experts and explains sequences.',
    },
  });
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'The body is not valid JSON or does not match the schema',
  401: 'Missing or invalid bearer token',
  413: 'Body, line count or JSON depth over the configured limit',
  415: 'Content-Type is not application/json',
  409: 'Another retrain job is running, or there is nothing to roll back to',
  422: 'An idempotency key was reused with a different label, or a reloaded bundle was refused (with the reason)',
  429: 'The scoring queue is full; retry after the Retry-After header (repeated in error.details.retryAfterSeconds)',
  501: 'Not implemented by this build',
  503: 'No model loaded, or an inference worker failed',
  504: 'The request exceeded the configured timeout',
};

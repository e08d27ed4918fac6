/** Generates the OpenAPI 3.1 document of the service from the contract schemas (no hand-written copy). */
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import type { ZodType } from 'zod';
import * as C from '../contract';

type Method = 'get' | 'post';

interface RouteSpec {
  method: Method;
  path: string;
  summary: string;
  request?: ZodType;
  response: ZodType;
  responseDescription: string;
  errors: number[];
  auth: boolean;
}

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
      200: { description: route.responseDescription, content: { 'application/json': { schema: route.response } } },
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
        ? { body: { required: true, content: { 'application/json': { schema: route.request } } } }
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
  429: 'The scoring queue is full; retry after the Retry-After header',
  501: 'Not implemented by this build',
  503: 'No model loaded, or an inference worker failed',
  504: 'The request exceeded the configured timeout',
};

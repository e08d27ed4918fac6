/** Generates the OpenAPI 3.1 document of the service from the route list and contract schemas (no hand-written copy). */
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import type { ZodType } from 'zod';
import * as C from '../contract';
import { openApiPath, ROUTES, type RouteSpec } from './routes';

export function buildOpenApiDocument(version: string): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  // Named schemas carry `.meta({ id })` in the contract; the generator turns those into components.
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });

  for (const { method, path, doc: route } of Object.values(ROUTES) as RouteSpec[]) {
    if (!route) {
      continue;
    }
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
      method,
      path: openApiPath(path),
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
  502: 'Loki failed or could not be reached (its status and message in the error)',
  503: 'No model loaded, or an inference worker failed',
  504: 'The request exceeded the configured timeout',
};

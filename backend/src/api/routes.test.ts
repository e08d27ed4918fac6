import pino from 'pino';
import request from 'supertest';
import { createApp } from '../service/app';
import { createMetrics } from '../service/metrics';
import { FakeEngine } from '../service/__fixtures__/fake-engine';
import { buildOpenApiDocument } from './openapi';
import { methodsByPath, openApiPath, ROUTES, type RouteSpec } from './routes';

const routes = Object.values(ROUTES) as RouteSpec[];

describe('the route list', () => {
  it('writes express parameters the OpenAPI way', () => {
    expect(openApiPath('/api/v1/retrain/:id')).toBe('/api/v1/retrain/{id}');
    expect(openApiPath('/api/v1/score')).toBe('/api/v1/score');
  });

  it('gives the 405 table every fixed path, and joins the methods of a path', () => {
    const table = methodsByPath();
    expect(Object.keys(table).sort()).toEqual(
      routes
        .map((r) => r.path)
        .filter((p) => !p.includes(':'))
        .sort()
    );
    expect(table['/api/v1/score']).toBe('POST');
    expect(
      methodsByPath([
        { method: 'get', path: '/x' },
        { method: 'post', path: '/x' },
        { method: 'get', path: '/x/:id' },
      ])
    ).toEqual({ '/x': 'GET, POST' });
  });

  it('documents exactly the routes that carry a doc', () => {
    const paths = Object.keys(buildOpenApiDocument('0.0.0').paths ?? {}).sort();
    expect(paths).toEqual([...new Set(routes.filter((r) => r.doc).map((r) => openApiPath(r.path)))].sort());
  });

  it('serves every route the list declares: the wrong method answers 405 naming the declared one', async () => {
    const app = createApp({
      models: { current: () => ({ engine: new FakeEngine() }) },
      metrics: createMetrics(undefined, { defaultMetrics: false }),
      logger: pino({ level: 'silent' }),
      limits: { maxBodyBytes: 1024 * 1024, maxLinesPerRequest: 500, maxJsonDepth: 8 },
      authTokens: ['t'.repeat(24)],
      authDisabled: false,
      version: '0.1.0',
    });
    for (const r of routes.filter((x) => !x.path.includes(':'))) {
      const wrong = r.method === 'get' ? 'post' : 'get';
      const res = await request(app)[wrong](r.path);
      expect([r.path, res.status, res.headers.allow]).toEqual([r.path, 405, r.method.toUpperCase()]);
      // The declared method reaches the route (its auth or handler answers), not the 405/404 fallback.
      const ok = await request(app)[r.method](r.path);
      expect([r.path, ok.status]).not.toEqual([r.path, 405]);
      expect([r.path, ok.status]).not.toEqual([r.path, 404]);
    }
  });
});

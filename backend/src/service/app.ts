/**
 * The HTTP API as an express 5 application: pure wiring of routes, validation, auth, metrics and errors over
 * injected dependencies (model source, metrics, logger). No I/O of its own, so supertest drives it directly.
 *
 * Authentication: every /api/v1/* route needs a bearer token; reload, rollback and retrain also the admin key.
 * /healthz and /readyz do not, so that orchestrators can reach them; /metrics does only with METRICS_AUTH=true
 * (Prometheus then sends the bearer token). They disclose only the model id/version, device and counters.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { buildOpenApiDocument } from '../api/openapi';
import { methodsByPath, register, ROUTES } from '../api/routes';
import {
  DomainIdSchema,
  ExplainRequestSchema,
  ScoreRequestSchema,
  SequencesRequestSchema,
  type HealthResponse,
  type ScoreResponse,
} from '../contract';
import { labelsRouter, type LabelInput, type LabelStore, type RetrainJobManager } from '../labels';
import { baselineRouter, type BaselineScorer } from '../baseline';
import type { TrainedFlip } from '../labels/router';
import { classifyStoreError, storeHttpError } from '../labels/store-health';
import { ExplainInputError } from '../reasoning/explain';
import { sequenceOptionIssues } from '../sequence/select';
import { Admission, type AdmissionTicket } from './admission';
import { adminAuth, bearerAuth, identify } from '../http/auth';
import { jsonBody } from '../http/body';
import { HttpError, sendError } from '../http/errors';
import { validate } from '../http/validate';
import type { ServiceMetrics } from './metrics';
import type { LoadedModel, ModelSource } from './models';
import { queryRouter } from './query';
import { ScoreCache } from './query-cache';

export interface AppLimits {
  maxBodyBytes: number;
  maxLinesPerRequest: number;
  maxJsonDepth: number;
  /** The batcher's queue bound; admission never lets more lines wait (default: 10 requests' worth). */
  queueMaxLines?: number;
  /** Accepted-request latency admission sizes its room for (ADMISSION_LATENCY_TARGET_MS); unset: 1 s of rate. */
  admissionLatencyTargetMs?: number;
}

export interface AppDeps {
  models: ModelSource;
  metrics: ServiceMetrics;
  logger: Logger;
  limits: AppLimits;
  /** Accepted bearer tokens; ignored when `authDisabled`. */
  authTokens: readonly string[];
  authDisabled: boolean;
  /** Admin keys (ANOMALYLENS_ADMIN_KEY) for reload, rollback and retrain; none: those routes answer 403. */
  adminKeys?: readonly string[];
  /** Tokens only Grafana's proxy holds: their requests may name the user and role (http/auth.ts, Caller). */
  grafanaProxyTokens?: readonly string[];
  /** /metrics behind the bearer token too (METRICS_AUTH). */
  metricsAuth?: boolean;
  version: string;
  /** Load shedding before bodies are parsed; default: one built from `limits`. */
  admission?: Admission;
  /** Label store and retrain jobs (feedback API); absent: those routes answer 503. */
  labels?: { store: LabelStore; jobs?: RetrainJobManager; maxImportBytes?: number };
  /** POST /api/v1/query (Loki → score once → aggregate); defaults: a 500,000-line cache, any Loki URL. */
  query?: { cacheLines?: number; allowedLokiUrls?: readonly string[] | null; fetch?: typeof fetch };
  /** Stream baselines (BASELINE_STORE): chronic errors in score responses and the /api/v1/baseline routes. */
  baseline?: BaselineScorer;
}

export const TemplatesQuerySchema = z
  .object({
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    domain: DomainIdSchema.optional(),
  })
  .strict();

/** 413 before schema validation, so an oversized request costs no per-line validation. */
function checkLineCount(body: unknown, max: number): void {
  const lines = (body as { lines?: unknown } | null)?.lines;
  if (Array.isArray(lines) && lines.length > max) {
    throw new HttpError(413, 'too_many_lines', `request has ${lines.length} lines; the limit is ${max}`, {
      lines: lines.length,
      maxLinesPerRequest: max,
    });
  }
}

function requireModel(models: ModelSource): LoadedModel {
  const model = models.current();
  if (!model) {
    throw new HttpError(503, 'unavailable', 'no model is loaded yet (see /readyz)');
  }
  return model;
}

export function createApp(deps: AppDeps): express.Express {
  const { models, metrics, logger, limits } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  // Paths match exactly: Grafana matches proxy route paths case-sensitively, so `/API/V1/ADMIN/RELOAD` through
  // the Viewer route must not reach the admin route here. Routes added with app.get/post inherit both settings.
  app.set('case sensitive routing', true);
  app.set('strict routing', true);

  // Latency per route and status; the route label is the pattern, never the raw URL (bounded cardinality).
  app.use((req: Request, res: Response, next: NextFunction) => {
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const route = (res.locals.route as string | undefined) ?? 'unmatched';
      metrics.httpDuration.observe({ route, method: req.method, status: String(res.statusCode) }, seconds);
      // Raw log lines never go to the log: only the route, status, timing and counts.
      const level = res.statusCode >= 500 ? 'warn' : 'info';
      logger[level](
        {
          method: req.method,
          route,
          status: res.statusCode,
          ms: Math.round(seconds * 1e4) / 10,
          lines: res.locals.lineCount as number | undefined,
        },
        'request'
      );
    });
    next();
  });

  const auth = deps.authDisabled
    ? // No credentials at all (development): the identity headers are believed as sent.
      (req: Request, res: Response, next: NextFunction) => {
        identify(req, res, () => true, '');
        next();
      }
    : bearerAuth(deps.authTokens, deps.grafanaProxyTokens ?? []);
  // Reload, rollback and retrain change what every user gets: a second credential besides the bearer token.
  const admin = deps.authDisabled
    ? (_req: Request, _res: Response, next: NextFunction) => next()
    : adminAuth(deps.adminKeys ?? []);
  const open = (_req: Request, _res: Response, next: NextFunction) => next();
  const body = jsonBody(limits);
  const admission =
    deps.admission ??
    new Admission({
      maxQueueLines: limits.queueMaxLines ?? limits.maxLinesPerRequest * 10,
      maxLinesPerRequest: limits.maxLinesPerRequest,
      latencyTargetMs: limits.admissionLatencyTargetMs,
    });
  // Before the body is read: shed from the headers and the queue (admission.ts), so refusing costs no parsing.
  const admit = (req: Request, res: Response, next: NextFunction): void => {
    const declared = Number(req.headers['content-length']);
    const stats = models.current()?.stats?.() ?? null;
    let ticket: AdmissionTicket;
    try {
      ticket = admission.admit(Number.isFinite(declared) ? declared : null, stats);
    } catch (err) {
      // Discard the unread body so the client reads the answer instead of a reset connection.
      req.resume();
      next(err);
      return;
    }
    res.locals.admission = ticket;
    res.once('close', () => ticket.release());
    next();
  };
  const ticketOf = (res: Response): AdmissionTicket | undefined => res.locals.admission as AdmissionTicket | undefined;

  const health = (): HealthResponse => {
    const model = models.current();
    if (!model) {
      return { status: 'starting', model: null, device: null };
    }
    // Loaded but every worker is down (crash loop): not ready, so the load balancer routes elsewhere.
    const usable = !model.stats || model.stats().readyWorkers > 0;
    const store = deps.labels?.store;
    return {
      status: usable ? 'ok' : 'unavailable',
      model: model.engine.model,
      device: model.engine.info().device,
      // A degraded label store does not make the service unready: scoring does not depend on it.
      ...(store ? { labelStore: store.health.status() } : {}),
    };
  };

  register(app, ROUTES.healthz, '', (_req, res) => {
    // Liveness: the process answers, whether or not a model is loaded yet.
    const h = health();
    res.json({ ...h, status: 'ok' } satisfies HealthResponse);
  });

  register(app, ROUTES.readyz, '', (_req, res) => {
    const h = health();
    res.status(h.status === 'ok' ? 200 : 503).json(h);
  });

  register(app, ROUTES.metrics, '', deps.metricsAuth ? auth : open, async (_req, res) => {
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });

  // Built and serialised once, with the app: building it takes 20-55 ms of main thread (54 KB of JSON), which the
  // first request after every start paid while /healthz waited.
  const openapi = Buffer.from(JSON.stringify(buildOpenApiDocument(deps.version)));
  // Behind the token like every /api/v1 route (`anomaly-lens openapi` prints the same document offline).
  register(app, ROUTES.openapi, '', auth, (_req, res) => {
    res.type('application/json').send(openapi);
  });

  register(app, ROUTES.score, '', auth, admit, body, async (req, res) => {
    const ticket = ticketOf(res);
    try {
      checkLineCount(req.body, limits.maxLinesPerRequest);
      const request = validate(ScoreRequestSchema, req.body, 'score request');
      res.locals.lineCount = request.lines.length;
      ticket?.parsed(request.lines.length);
      const { engine } = requireModel(models);
      // score() queues the lines synchronously: from here the batcher's queue counts them, not the reservation.
      const scoring = engine.score(request.lines, request.options ?? {});
      ticket?.release();
      const results = await scoring;
      admission.completed(results.length, ticket?.admittedAt);
      metrics.recordResults(results);
      const response: ScoreResponse = { model: engine.model, results };
      if (deps.baseline) {
        response.chronicErrors = deps.baseline.chronicErrors(request.lines, results);
      }
      res.json(response);
    } finally {
      ticket?.release();
    }
  });

  register(app, ROUTES.explain, '', auth, admit, body, async (req, res) => {
    // Explain scores a part of its lines and spends its time in reasoning: its reservation ends once parsed.
    ticketOf(res)?.release();
    checkLineCount(req.body, limits.maxLinesPerRequest);
    const request = validate(ExplainRequestSchema, req.body, 'explain request');
    res.locals.lineCount = request.lines.length;
    const issues = sequenceOptionIssues(request.session, request.window);
    if (issues.length > 0) {
      throw new HttpError(
        400,
        'validation_failed',
        `invalid explain request: ${issues[0]!.path}: ${issues[0]!.message}`,
        {
          issues,
        }
      );
    }
    if (request.focus !== undefined && request.focus >= request.lines.length) {
      throw new HttpError(
        400,
        'validation_failed',
        `focus ${request.focus} is out of range for ${request.lines.length} lines`
      );
    }
    const model = requireModel(models);
    if (!model.explain) {
      throw new HttpError(
        501,
        'not_implemented',
        'this service instance has no sequence explainer: its model was loaded without one (serve always binds one)'
      );
    }
    res.json(await model.explain(request));
  });

  register(app, ROUTES.sequences, '', auth, body, async (req, res) => {
    checkLineCount(req.body, limits.maxLinesPerRequest);
    const request = validate(SequencesRequestSchema, req.body, 'sequences request');
    res.locals.lineCount = request.lines.length;
    const model = requireModel(models);
    if (!model.sequences) {
      throw new HttpError(
        501,
        'not_implemented',
        'this service instance has no sequence lister: its model was loaded without one'
      );
    }
    res.json(await model.sequences(request));
  });

  register(app, ROUTES.model, '', auth, (_req, res) => {
    res.json(requireModel(models).engine.info());
  });

  register(app, ROUTES.templates, '', auth, (req, res) => {
    const query = validate(TemplatesQuerySchema, req.query, 'templates query');
    res.json(requireModel(models).engine.templates(query));
  });

  register(app, ROUTES.reload, '', auth, admin, async (_req, res) => {
    if (!models.reload) {
      throw new HttpError(501, 'not_implemented', 'this service instance cannot reload its model');
    }
    const result = await models.reload();
    logger.info({ previous: result.previous, model: result.model, loadMs: result.loadMs }, 'model reloaded');
    res.json(result);
  });

  // Feedback that flips a trained template needs an Editor (labels router): which template a line is, by the
  // serving bundle's miner (scored through the pool), and its training counts from the catalog.
  let catalogCache: { version: string; byId: Map<string, { count: number; anomalyRate: number | null }> } | null = null;
  const trainingOf = (engine: LoadedModel['engine']) => {
    const version = `${engine.model.id}@${engine.model.version}`;
    if (catalogCache?.version !== version) {
      const byId = new Map<string, { count: number; anomalyRate: number | null }>();
      for (let offset = 0; ; offset += 1000) {
        const page = engine.templates({ offset, limit: 1000 });
        page.templates.forEach((t) => byId.set(t.id, { count: t.count, anomalyRate: t.anomalyRate }));
        if (page.templates.length === 0 || offset + page.templates.length >= page.total) {
          break;
        }
      }
      catalogCache = { version, byId };
    }
    return catalogCache.byId;
  };
  const trainedFlips = async (inputs: readonly LabelInput[]): Promise<TrainedFlip[]> => {
    const withVerdict = inputs.map((l, index) => ({ l, index })).filter(({ l }) => l.verdict !== undefined);
    const { engine } = requireModel(models);
    const results = await engine.score(withVerdict.map(({ l }) => ({ line: l.line })));
    const training = trainingOf(engine);
    const flips: TrainedFlip[] = [];
    results.forEach((r, k) => {
      const { l, index } = withVerdict[k]!;
      const t = training.get(r.template.id);
      if (!t || t.count === 0 || t.anomalyRate === null) {
        return;
      }
      const contradicts = l.verdict === 'normal' ? t.anomalyRate > 0.5 : t.anomalyRate < 0.5;
      if (contradicts) {
        flips.push({
          index,
          templateId: r.template.id,
          verdict: l.verdict!,
          trainingLines: t.count,
          trainingAnomalyRate: t.anomalyRate,
        });
      }
    });
    return flips;
  };

  app.use(
    '/api/v1',
    baselineRouter({
      scorer: deps.baseline,
      engine: () => requireModel(models).engine,
      auth,
      body,
      validate,
      maxLines: limits.maxLinesPerRequest,
    })
  );

  app.use(
    '/api/v1',
    labelsRouter({
      trainedFlips,
      store: deps.labels?.store,
      jobs: deps.labels?.jobs,
      logger,
      auth,
      admin,
      registry: metrics.registry,
      limits: { ...limits, maxImportBytes: deps.labels?.maxImportBytes },
    })
  );

  app.use(
    '/api/v1',
    queryRouter({
      models,
      metrics,
      logger,
      auth,
      body,
      validate,
      cache: new ScoreCache(deps.query?.cacheLines ?? 500_000),
      allowedLokiUrls: deps.query?.allowedLokiUrls ?? null,
      scoreChunkLines: Math.min(10_000, limits.maxLinesPerRequest),
      fetch: deps.query?.fetch,
    })
  );

  // Known paths with the wrong method answer 405 with Allow; anything else 404.
  const allowed = methodsByPath();
  app.use((req: Request, _res: Response, next: NextFunction) => {
    const allow = allowed[req.path];
    next(
      allow
        ? new HttpError(
            405,
            'method_not_allowed',
            `${req.method} is not allowed on ${req.path}; use ${allow}`,
            undefined,
            {
              Allow: allow,
            }
          )
        : new HttpError(404, 'not_found', `no route ${req.method} ${req.path}`)
    );
  });

  app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (err instanceof HttpError) {
      sendError(res, err);
      return;
    }
    const storeFailure = classifyStoreError(err);
    if (storeFailure) {
      deps.labels?.store.health.failed(storeFailure.reason);
      sendError(res, storeHttpError(storeFailure));
      return;
    }
    if (err instanceof ExplainInputError) {
      // The reasoning engine's own input checks: a client error, whatever slipped past the route's validation.
      sendError(res, new HttpError(400, 'validation_failed', err.message));
      return;
    }
    logger.error({ err: err instanceof Error ? { message: err.message, stack: err.stack } : String(err) }, 'unhandled');
    sendError(res, new HttpError(500, 'internal', 'internal error; see the service log'));
  });

  return app;
}

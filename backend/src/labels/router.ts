/**
 * The feedback HTTP API under /api/v1: labels (write, page, export, import, stats), retrain jobs and rollback.
 * Mounted by the service's createApp; errors are HttpErrors, rendered by the app's error handler.
 *
 * Who labelled: the `X-Grafana-User` header, which Grafana's data proxy sets to the signed-in user's login, believed
 * only on requests with a token listed in GRAFANA_PROXY_TOKENS (http/auth.ts); otherwise the user is "anonymous".
 */
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from 'pino';
import { Counter, type Registry } from 'prom-client';
import { register, ROUTES } from '../api/routes';
import { atLeast, callerOf, type GrafanaRole } from '../http/auth';
import { jsonBody } from '../http/body';
import { HttpError } from '../http/errors';
import { validate } from '../http/validate';
import { exportJsonl, importJsonl } from './jsonl';
import { NoRollbackError, RetrainBusyError, type RetrainJobManager } from './retrain-jobs';
import {
  FeedbackBatchSchema,
  LabelExportQuerySchema,
  LabelInputSchema,
  LabelsQuerySchema,
  LabelStatsQuerySchema,
  MAX_BATCH_LABELS,
  RetrainRequestSchema,
  type FeedbackResponse,
  type LabelInput,
} from './schemas';
import { IdempotencyConflictError, type LabelStore } from './store';
import { classifyStoreError, storeHttpError } from './store-health';

/** A store call off the event loop's critical path (store.retrying); database failures become 503/507. */
async function storeCall<T>(store: LabelStore, op: () => T): Promise<T> {
  try {
    return await store.retrying(op);
  } catch (err) {
    const failure = classifyStoreError(err);
    throw failure ? storeHttpError(failure) : err;
  }
}

/** Where the app mounts this router. */
const API = '/api/v1';

export const USER_HEADER = 'x-grafana-user';
export const DEFAULT_MAX_IMPORT_BYTES = 64 * 1024 * 1024;
const NDJSON_TYPES = new Set([
  'application/x-ndjson',
  'application/ndjson',
  'application/jsonl',
  'application/x-jsonl',
]);

export interface LabelsRouterOptions {
  /** Absent: every route answers 503 saying how to configure the store. */
  store: LabelStore | undefined;
  /** Absent: retrain and rollback answer 501. */
  jobs?: RetrainJobManager;
  logger: Logger;
  auth: RequestHandler;
  /** The admin credential for retrain and rollback (after `auth`); default: none needed. */
  admin?: RequestHandler;
  limits: { maxBodyBytes: number; maxJsonDepth: number; maxImportBytes?: number };
  /** Where the label counters go (the service's /metrics registry). */
  registry?: Registry;
  /**
   * The labels whose verdict contradicts the serving bundle's training labels for their template (the template
   * as the bundle mines it from the line; a client-supplied templateId is not believed). Absent: no check.
   */
  trainedFlips?: (inputs: readonly LabelInput[]) => Promise<TrainedFlip[]>;
}

export interface TrainedFlip {
  index: number;
  templateId: string;
  verdict: 'anomaly' | 'normal';
  trainingLines: number;
  trainingAnomalyRate: number;
}

type LabelCounters = ReturnType<typeof labelCounters>;

/** One counter per registry, however many apps share it (tests build many). */
function labelCounters(registry: Registry | undefined) {
  const get = <T extends string>(name: string, help: string, labelNames: T[]): Counter<T> =>
    (registry?.getSingleMetric(name) as Counter<T> | undefined) ??
    new Counter({ name, help, labelNames, registers: registry ? [registry] : [] });
  return {
    stored: get('anomalylens_labels_stored_total', 'Labels stored, by source (grafana: feedback API; import)', [
      'source',
    ]),
    duplicates: get(
      'anomalylens_labels_duplicates_total',
      'Labels not stored again: retried feedback (same idempotency key) or re-imported records',
      ['source']
    ),
    invalidImportLines: get('anomalylens_labels_import_invalid_lines_total', 'Import lines rejected as invalid', []),
  };
}

/**
 * Who labelled: the caller as auth identified it (http/auth.ts): the X-Grafana-User login only on requests
 * with a token that only Grafana's proxy holds, else "anonymous". Never a header any client can set.
 */
export function requestUser(res: Response): string {
  return callerOf(res).user;
}

/**
 * Parses the feedback body: a batch when it has `labels` and no `line` (a single label's `labels` are its stream
 * labels), else one label; deciding first makes the errors name the right fields.
 */
function parseFeedback(body: unknown): LabelInput[] {
  if (body !== null && typeof body === 'object' && !Array.isArray(body) && 'labels' in body && !('line' in body)) {
    const labels = (body as { labels: unknown }).labels;
    if (Array.isArray(labels) && labels.length > MAX_BATCH_LABELS) {
      throw new HttpError(
        413,
        'too_many_lines',
        `request has ${labels.length} labels; the limit is ${MAX_BATCH_LABELS} per request`,
        { labels: labels.length, maxLabelsPerRequest: MAX_BATCH_LABELS }
      );
    }
    return validate(FeedbackBatchSchema, body, 'feedback batch').labels;
  }
  return [validate(LabelInputSchema, body, 'label')];
}

/** Bytes of the request, failing with 413 once more than `limit` arrived. */
async function* limitedBody(req: Request, limit: number): AsyncGenerator<Buffer> {
  let received = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > limit) {
      throw new HttpError(413, 'payload_too_large', `import body exceeds the limit of ${limit} bytes`, {
        maxImportBytes: limit,
      });
    }
    yield chunk;
  }
}

/** Backpressure: resolves when the client has read the buffered output, or has gone away. */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Lines per import transaction over HTTP (see the import route). */
const IMPORT_CHUNK = 250;

async function writeStream(res: Response, chunks: Iterable<string>): Promise<void> {
  for (const text of chunks) {
    if (res.destroyed) {
      return;
    }
    if (!res.write(text)) {
      await drained(res);
    }
  }
  res.end();
}

/** An optional JSON body: none at all reads as `{}`. */
function optionalJsonBody(limits: LabelsRouterOptions['limits']): RequestHandler {
  const parse = jsonBody(limits);
  return (req, res, next) => {
    const length = req.headers['content-length'];
    if ((length === undefined || length === '0') && req.headers['transfer-encoding'] === undefined) {
      req.body = {};
      next();
      return;
    }
    parse(req, res, next);
  };
}

/** Flipping a template the bundle has training labels for changes what everyone gets: an Editor's call (403). */
async function refuseTrainedFlips(
  trainedFlips: LabelsRouterOptions['trainedFlips'],
  inputs: readonly LabelInput[],
  role: GrafanaRole
): Promise<void> {
  if (trainedFlips && !atLeast(role, 'Editor') && inputs.some((l) => l.verdict !== undefined)) {
    const flips = await trainedFlips(inputs);
    if (flips.length > 0) {
      throw new HttpError(
        403,
        'forbidden',
        `${flips.length} label(s) contradict the training labels of their template (first: label ${flips[0]!.index}, ` +
          `template ${flips[0]!.templateId}, ${flips[0]!.trainingLines} training lines, anomaly rate ` +
          `${flips[0]!.trainingAnomalyRate.toFixed(2)}, labelled ${flips[0]!.verdict}); flipping a trained template needs ` +
          `the Editor role (role here: ${role}); nothing was stored`,
        { flips: flips.slice(0, 20) }
      );
    }
  }
}

/** POST /labels/import: JSONL streamed into the store in chunks, bounded by `maxImportBytes`. */
async function importLabels(
  req: Request,
  res: Response,
  labels: LabelStore,
  { logger, counters, maxImportBytes }: { logger: Logger; counters: LabelCounters; maxImportBytes: number }
): Promise<void> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!NDJSON_TYPES.has(type)) {
    throw new HttpError(
      415,
      'unsupported_media_type',
      `Content-Type must be application/x-ndjson (one JSON label per line), got ${JSON.stringify(req.headers['content-type'] ?? null)}`
    );
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxImportBytes) {
    req.resume();
    throw new HttpError(
      413,
      'payload_too_large',
      `import body of ${declared} bytes exceeds the limit of ${maxImportBytes} bytes`,
      {
        maxImportBytes,
      }
    );
  }
  let progress = { imported: 0, duplicates: 0, invalid: 0, lines: 0 };
  try {
    const report = await importJsonl(labels, limitedBody(req, maxImportBytes), {
      user: requestUser(res),
      // Over HTTP, who labelled and when is the service's to say: a line's user, source and createdAt are dropped.
      keepProvenance: false,
      // Each chunk is one synchronous transaction (validation, hashing, inserts, an fsync): 1,000 lines held
      // /healthz up to 170 ms; 250 keep each stretch short, at a few more commits per import.
      chunkSize: IMPORT_CHUNK,
      onChunk: (r) =>
        (progress = { imported: r.imported, duplicates: r.duplicates, invalid: r.invalid, lines: r.lines }),
    });
    res.locals.lineCount = report.lines;
    counters.stored.inc({ source: 'import' }, report.imported);
    counters.duplicates.inc({ source: 'import' }, report.duplicates);
    counters.invalidImportLines.inc(report.invalid);
    logger.info(
      { imported: report.imported, duplicates: report.duplicates, invalid: report.invalid, lines: report.lines },
      'labels imported'
    );
    res.json(report);
  } catch (err) {
    if (err instanceof HttpError && err.status === 413) {
      req.resume();
      counters.stored.inc({ source: 'import' }, progress.imported);
      counters.duplicates.inc({ source: 'import' }, progress.duplicates);
      // Chunks committed before the limit tripped stay; re-importing the file skips them as duplicates.
      throw new HttpError(err.status, err.code, `${err.message}; ${progress.imported} labels were imported before it`, {
        maxImportBytes,
        ...progress,
      });
    }
    throw err;
  }
}

export function labelsRouter(options: LabelsRouterOptions): Router {
  const { store, jobs, logger, auth, limits } = options;
  const counters = labelCounters(options.registry);
  const maxImportBytes = limits.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  // Exact paths, like the app's (see createApp): a Router does not inherit the app's routing settings.
  const router = Router({ caseSensitive: true, strict: true });
  const admin: RequestHandler = options.admin ?? ((_req, _res, next) => next());
  const body = jsonBody(limits);

  const needStore = (): LabelStore => {
    if (!store) {
      throw new HttpError(
        503,
        'unavailable',
        'the label store is not configured on this service: set LABELS_DB or start it with `serve --labels-db <file>`'
      );
    }
    return store;
  };
  const needJobs = (): RetrainJobManager => {
    needStore();
    if (!jobs) {
      throw new HttpError(
        501,
        'not_implemented',
        'retraining is not available: this service was started without a Retrainer (the bundle trainer is not wired into the service)'
      );
    }
    return jobs;
  };

  register(router, ROUTES.feedback, API, auth, body, async (req, res) => {
    const labels = needStore();
    const inputs = parseFeedback(req.body);
    res.locals.lineCount = inputs.length;
    await refuseTrainedFlips(options.trainedFlips, inputs, callerOf(res).role);
    let result: FeedbackResponse;
    try {
      // Committed (fsync'd) before the answer: a 201 means the labels are on disk.
      const user = requestUser(res);
      result = await storeCall(labels, () => labels.add(inputs, { user, source: 'grafana' }));
    } catch (err) {
      if (err instanceof IdempotencyConflictError) {
        throw new HttpError(422, 'validation_failed', err.message, {
          idempotencyKey: err.key,
          existingId: err.existingId,
        });
      }
      throw err;
    }
    counters.stored.inc({ source: 'grafana' }, result.created);
    counters.duplicates.inc({ source: 'grafana' }, result.duplicates);
    res.status(201).json(result);
  });

  register(router, ROUTES.labels, API, auth, async (req, res) => {
    const labels = needStore();
    const query = validate(LabelsQuerySchema, req.query, 'labels query');
    res.json(await storeCall(labels, () => labels.list(query)));
  });

  register(router, ROUTES.labelsExport, API, auth, async (req, res) => {
    const labels = needStore();
    const filter = validate(LabelExportQuerySchema, req.query, 'export query');
    res.status(200);
    res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="labels.jsonl"');
    await writeStream(res, exportJsonl(labels, filter));
  });

  register(router, ROUTES.labelsImport, API, auth, async (req, res) => {
    await importLabels(req, res, needStore(), { logger, counters, maxImportBytes });
  });

  register(router, ROUTES.labelsStats, API, auth, async (req, res) => {
    const labels = needStore();
    const query = validate(LabelStatsQuerySchema, req.query, 'stats query');
    // storeCall awaits the worker's answer, so its failures are classified too.
    res.json(await storeCall(labels, () => labels.statsOffThread(query)));
  });

  register(router, ROUTES.retrain, API, auth, admin, optionalJsonBody(limits), (req, res) => {
    const manager = needJobs();
    const request = validate(RetrainRequestSchema, req.body, 'retrain request');
    try {
      const job = manager.start({ since: request.since });
      res.status(202).setHeader('Location', `/api/v1/retrain/${job.id}`).json(job);
    } catch (err) {
      const failure = classifyStoreError(err);
      if (failure) {
        throw storeHttpError(failure);
      }
      if (err instanceof RetrainBusyError) {
        throw new HttpError(
          409,
          'overloaded',
          err.message,
          { activeJob: err.job, retryAfterSeconds: 5 },
          { 'Retry-After': '5' }
        );
      }
      throw err;
    }
  });

  register(router, ROUTES.retrainJob, API, auth, (req, res) => {
    const manager = needJobs();
    const job = manager.get(String(req.params.id));
    if (!job) {
      throw new HttpError(404, 'not_found', `no retrain job ${JSON.stringify(req.params.id)}`);
    }
    res.json(job);
  });

  register(router, ROUTES.rollback, API, auth, admin, async (_req, res) => {
    const manager = needJobs();
    try {
      res.json(await manager.rollback());
    } catch (err) {
      if (err instanceof NoRollbackError) {
        throw new HttpError(409, 'reload_failed', err.message);
      }
      if (err instanceof RetrainBusyError) {
        throw new HttpError(409, 'overloaded', `cannot roll back now: ${err.message}`, { activeJob: err.job });
      }
      throw err;
    }
  });

  return router;
}

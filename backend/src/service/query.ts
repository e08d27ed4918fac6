/**
 * POST /api/v1/query and POST /api/v1/query/check-loki: query execution for the data source's Go backend
 * (pkg/), which Grafana calls for dashboards' server-side queries and for alert rules. The service pulls the
 * lines from Loki with its own client, scores each line once (ScoreCache: an evaluation every minute over the last
 * five minutes scores only the minute that is new) and aggregates; the Go side only builds frames.
 *
 * The Loki connection (URL, tenant, credentials) comes in the request, from the data source's settings and
 * secureJsonData: the service holds no Loki credentials of its own for this. Holding the service's bearer token is
 * what lets a caller make the service reach a URL; QUERY_LOKI_URLS narrows that to named Loki base URLs.
 */
import express, { type RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { ZodType } from 'zod';
import { register, ROUTES } from '../api/routes';
import {
  CheckLokiRequestSchema,
  DEFAULT_QUERY_SCAN_LINES,
  MAX_QUERY_LOG_LINES,
  QueryRequestSchema,
  type CheckLokiResponse,
  type LineResult,
  type LogLineInput,
  type LokiConnection,
  type QueryLine,
  type QueryRequest,
  type QueryResponse,
  type QuerySequence,
} from '../contract';
import type { ScoringEngine } from '../engine/types';
import {
  flattenStreams,
  LokiClient,
  LokiHttpError,
  LokiNetworkError,
  LokiResponseError,
  PaginationStuckError,
  type LokiEntry,
} from '../loki';
import { HttpError } from './errors';
import type { ServiceMetrics } from './metrics';
import type { LoadedModel, ModelSource } from './models';
import { anomalyRateByDomain, nsToWholeMs, pickStepMs, type RateInput } from './query-aggregate';
import { ScoreCache, type CachedLineResult } from './query-cache';

/** Lines sent to the explainer around an anomalous line, as the Explain page sends them. */
const EXPLAIN_WINDOW_LINES = 2000;
const DEFAULT_LOG_LINES = 1000;
const DEFAULT_MAX_SEQUENCES = 10;
/** Grafana's own ceiling on points per series (11,000): more steps only cost memory (arrays per domain). */
const MAX_RATE_STEPS = 11_000;

export interface QueryRouterDeps {
  models: ModelSource;
  metrics: ServiceMetrics;
  logger: Logger;
  auth: RequestHandler;
  body: RequestHandler;
  validate: <T>(schema: ZodType<T>, value: unknown, what: string) => T;
  cache: ScoreCache;
  /** Loki base URLs a query may name; null: any http(s) URL. */
  allowedLokiUrls: readonly string[] | null;
  /** Lines per engine.score call: the queue admits no single call larger than its capacity. */
  scoreChunkLines: number;
  lokiTimeoutMs?: number;
  /** Test seam. */
  fetch?: typeof fetch;
}

export function queryRouter(deps: QueryRouterDeps): express.Router {
  const router = express.Router({ caseSensitive: true, strict: true });
  const { auth, body, validate } = deps;

  register(router, ROUTES.query, '/api/v1', auth, body, async (req, res) => {
    const request = validate(QueryRequestSchema, req.body, 'query request');
    if (BigInt(request.start) >= BigInt(request.end)) {
      throw new HttpError(400, 'validation_failed', `invalid query request: start must be before end`);
    }
    if (request.type === 'lines' && (request.limit ?? 0) > MAX_QUERY_LOG_LINES) {
      throw new HttpError(
        400,
        'validation_failed',
        `invalid query request: limit: lines queries return at most ${MAX_QUERY_LOG_LINES} lines (Loki's default max_entries_limit_per_query)`
      );
    }
    if (request.type === 'rate' && request.stepMs !== undefined) {
      const steps = Number((BigInt(request.end) - BigInt(request.start)) / BigInt(request.stepMs * 1_000_000));
      if (steps > MAX_RATE_STEPS) {
        throw new HttpError(
          400,
          'validation_failed',
          `invalid query request: stepMs: ${request.stepMs} ms splits the range into ${steps} steps; at most ${MAX_RATE_STEPS}`
        );
      }
    }
    const client = lokiClient(deps, request.loki);
    const model = requireModel(deps.models);
    const answer = await runQuery(deps, model, client, request);
    res.locals.lineCount = answer.stats.lines;
    res.json(answer);
  });

  register(router, ROUTES.checkLoki, '/api/v1', auth, body, async (req, res) => {
    const { loki } = validate(CheckLokiRequestSchema, req.body, 'check-loki request');
    const client = lokiClient(deps, loki);
    const started = performance.now();
    const nowMs = Date.now();
    const labels = await withLokiErrors(loki, () => client.labels(`${nowMs - 3_600_000}000000`, `${nowMs}000000`));
    res.json({ ok: true, labels, ms: Math.round(performance.now() - started) } satisfies CheckLokiResponse);
  });

  return router;
}

function requireModel(models: ModelSource): LoadedModel {
  const model = models.current();
  if (!model) {
    throw new HttpError(503, 'unavailable', 'no model is loaded yet (see /readyz)');
  }
  return model;
}

function lokiClient(deps: QueryRouterDeps, loki: LokiConnection): LokiClient {
  const url = loki.url.replace(/\/+$/, '');
  if (deps.allowedLokiUrls && !deps.allowedLokiUrls.some((allowed) => allowed.replace(/\/+$/, '') === url)) {
    throw new HttpError(
      400,
      'bad_request',
      `loki.url ${url} is not one of the Loki URLs this service may query (QUERY_LOKI_URLS)`
    );
  }
  return new LokiClient({
    url,
    tenant: loki.tenant,
    auth: loki.auth,
    timeoutMs: deps.lokiTimeoutMs ?? 30_000,
    // An alert evaluation has its own timeout and schedule: one retry, not the watcher's patient backoff.
    retry: { maxAttempts: 2 },
    fetch: deps.fetch,
  });
}

/** Loki's failures as precise API errors: a bad query is the caller's (400), anything else Loki's (502). */
async function withLokiErrors<T>(loki: LokiConnection, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof LokiHttpError) {
      const body = err.body.trim().slice(0, 1000);
      if (err.status === 400) {
        throw new HttpError(400, 'bad_request', `Loki rejected the query: ${body}`, { lokiStatus: 400 });
      }
      const hint =
        err.status === 401 || err.status === 403
          ? ' (check the Loki credentials and tenant in the data source settings)'
          : '';
      throw new HttpError(502, 'bad_gateway', `Loki at ${loki.url} answered HTTP ${err.status}${hint}: ${body}`, {
        lokiStatus: err.status,
      });
    }
    if (err instanceof LokiResponseError && err.message.includes('expected a log query')) {
      throw new HttpError(
        400,
        'bad_request',
        'the query must be a LogQL log query (a stream selector with optional filters), not a metric query'
      );
    }
    if (err instanceof LokiNetworkError || err instanceof LokiResponseError || err instanceof PaginationStuckError) {
      throw new HttpError(502, 'bad_gateway', `Loki at ${loki.url}: ${err.message}`);
    }
    throw err;
  }
}

interface Scored {
  entry: LokiEntry;
  result: CachedLineResult;
}

async function runQuery(
  deps: QueryRouterDeps,
  model: LoadedModel,
  client: LokiClient,
  request: QueryRequest
): Promise<QueryResponse> {
  const stats = { lines: 0, scored: 0, cached: 0, truncated: false, lokiMs: 0, scoreMs: 0 };
  const base = { model: model.engine.model, type: request.type, stats };
  const fromMs = nsToWholeMs(request.start);
  const toMs = nsToWholeMs(request.end);
  const stepMs = request.stepMs ?? pickStepMs(toMs - fromMs);
  // A rate keeps three fields a line, not the lines: a 500,000-line range is scored page by page.
  const rateInputs: RateInput[] = [];
  const kept: Scored[] = [];
  const pages = fetchPages(client, request, stats)[Symbol.asyncIterator]();
  for (;;) {
    const lokiStarted = performance.now();
    const page = await withLokiErrors(request.loki, () => pages.next());
    stats.lokiMs += performance.now() - lokiStarted;
    if (page.done) {
      break;
    }
    const scoreStarted = performance.now();
    const { scored, newlyScored } = await scoreOnce(deps, model.engine, page.value);
    stats.scoreMs += performance.now() - scoreStarted;
    stats.lines += scored.length;
    stats.scored += newlyScored;
    stats.cached += scored.length - newlyScored;
    if (request.type === 'rate') {
      for (const s of scored) {
        rateInputs.push({ tsMs: nsToWholeMs(s.entry.ts), domain: s.result.domain, verdict: s.result.verdict });
      }
    } else {
      kept.push(...scored);
    }
  }
  const finish = <T extends QueryResponse>(answer: T): T => {
    stats.lokiMs = Math.round(stats.lokiMs * 10) / 10;
    stats.scoreMs = Math.round(stats.scoreMs * 10) / 10;
    return answer;
  };

  switch (request.type) {
    case 'lines': {
      const shown = request.anomaliesOnly ? kept.filter((s) => s.result.verdict === 'anomaly') : kept;
      return finish({ ...base, lines: shown.map(toQueryLine) });
    }
    case 'rate':
      return finish({ ...base, rate: anomalyRateByDomain(rateInputs, fromMs, toMs, stepMs) });
    case 'sequences': {
      if (!model.explain) {
        throw new HttpError(501, 'not_implemented', 'this service instance has no sequence explainer');
      }
      const sequences = await explainAnomalies(model.explain, kept, request.maxSequences ?? DEFAULT_MAX_SEQUENCES);
      return finish({ ...base, sequences });
    }
  }
}

/** The lines of the query, a Loki page at a time (in time order); sets `stats.truncated` for a lines query. */
async function* fetchPages(
  client: LokiClient,
  request: QueryRequest,
  stats: { truncated: boolean }
): AsyncGenerator<LokiEntry[]> {
  if (request.type === 'lines') {
    // The newest lines, as Grafana's log views show them: one backward page, returned oldest first.
    const limit = request.limit ?? DEFAULT_LOG_LINES;
    const response = await client.queryRange({
      query: request.query,
      start: request.start,
      end: request.end,
      limit,
      direction: 'backward',
    });
    if (response.data.resultType !== 'streams') {
      throw new LokiResponseError('query_range', `expected a log query (streams), got ${response.data.resultType}`);
    }
    const entries = flattenStreams(response.data.result);
    stats.truncated = entries.length >= limit;
    yield entries;
    return;
  }
  // Rates and sequences need every line of the range: a sample would bias the rate an alert fires on.
  const cap = request.limit ?? DEFAULT_QUERY_SCAN_LINES;
  let seen = 0;
  for await (const page of client.queryRangeAll({
    query: request.query,
    start: request.start,
    end: request.end,
    pageSize: client.maxEntriesLimit,
  })) {
    seen += page.length;
    if (seen > cap) {
      throw new HttpError(
        413,
        'too_many_lines',
        `the query matches more than ${cap} lines in the range; narrow the selector or shorten the range (or raise limit, at most 1000000)`,
        { limit: cap }
      );
    }
    yield page;
  }
}

/** Every entry's result: from the cache where an earlier query scored it, otherwise scored now and cached. */
async function scoreOnce(
  deps: QueryRouterDeps,
  engine: ScoringEngine,
  entries: LokiEntry[]
): Promise<{ scored: Scored[]; newlyScored: number }> {
  const { cache } = deps;
  cache.useModel(engine.model);
  const results: Array<CachedLineResult | undefined> = new Array(entries.length);
  const keys: string[] = new Array(entries.length);
  const missing: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    keys[i] = cache.key(e.labels, e.ts, e.line);
    results[i] = cache.get(keys[i]!);
    if (results[i] === undefined) {
      missing.push(i);
    }
  }
  for (let from = 0; from < missing.length; from += deps.scoreChunkLines) {
    const chunk = missing.slice(from, from + deps.scoreChunkLines);
    const inputs: LogLineInput[] = chunk.map((i) => ({
      line: entries[i]!.line,
      timestamp: entries[i]!.ts,
      labels: entries[i]!.labels,
    }));
    const chunkResults: LineResult[] = await engine.score(inputs);
    deps.metrics.recordResults(chunkResults);
    chunk.forEach((i, j) => {
      const r = chunkResults[j]!;
      cache.set(keys[i]!, r);
      results[i] = r;
    });
  }
  return { scored: entries.map((entry, i) => ({ entry, result: results[i]! })), newlyScored: missing.length };
}

function toQueryLine({ entry, result }: Scored): QueryLine {
  return {
    ts: entry.ts,
    line: entry.line,
    labels: entry.labels,
    verdict: result.verdict,
    score: result.score,
    domain: result.domain,
    template: result.template,
    novel: result.novel,
  };
}

/**
 * Explains anomalous lines one sequence at a time (oldest first), skipping lines an earlier sequence covers; only
 * sequences the sequence model also calls anomalous become annotations. At most 4 explanations per sequence asked
 * for, so a range full of isolated anomalies costs a bounded number of explain calls.
 */
async function explainAnomalies(
  explain: NonNullable<LoadedModel['explain']>,
  scored: Scored[],
  maxSequences: number
): Promise<QuerySequence[]> {
  const covered = new Set<number>();
  const out: QuerySequence[] = [];
  let attempts = 0;
  for (let position = 0; position < scored.length; position++) {
    if (out.length >= maxSequences || attempts >= maxSequences * 4) {
      break;
    }
    if (scored[position]!.result.verdict !== 'anomaly' || covered.has(position)) {
      continue;
    }
    attempts++;
    const half = Math.floor(EXPLAIN_WINDOW_LINES / 2);
    const start = Math.max(0, Math.min(position - half, scored.length - EXPLAIN_WINDOW_LINES));
    const window = scored.slice(start, start + EXPLAIN_WINDOW_LINES);
    const response = await explain({
      lines: window.map((s) => ({ line: s.entry.line, timestamp: s.entry.ts, labels: s.entry.labels })),
      focus: position - start,
      session: 'auto',
    });
    covered.add(position);
    const positions = response.sequence.lineIndices.map((i) => start + i);
    positions.forEach((p) => covered.add(p));
    if (response.sequence.verdict !== 'anomaly') {
      continue;
    }
    const times = positions.map((p) => scored[p]!.entry.ts).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
    const { sequence, reasoning } = response;
    const domains = reasoning.summary.domains.length ? reasoning.summary.domains : [scored[position]!.result.domain];
    out.push({
      start: sequence.start ?? times[0] ?? scored[position]!.entry.ts,
      end: sequence.end ?? times[times.length - 1] ?? scored[position]!.entry.ts,
      title: `Anomalous ${sequence.keyType}${sequence.key ? ` ${sequence.key}` : ''}`,
      text: reasoning.summary.text,
      tags: ['anomaly-lens', ...new Set(domains)],
      domains: [...new Set(domains)],
      score: sequence.score,
      keyType: sequence.keyType,
      key: sequence.key,
      events: Math.max(1, positions.length),
      focusTs: scored[position]!.entry.ts,
    });
  }
  return out;
}

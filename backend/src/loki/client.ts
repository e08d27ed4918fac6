/**
 * A small typed Loki HTTP client on plain fetch: query_range (one page or all pages), push, labels, series.
 * Tenant header, basic/bearer auth, retries with backoff on 429/5xx/network errors, zod-validated responses.
 */
import { z } from 'zod';
import { entryKey, flattenStreams, type LokiEntry } from './entries';
import { LokiHttpError, LokiNetworkError, LokiResponseError, isRetryableStatus, type LokiOperation } from './errors';
import { paginateForward, PaginationStuckError, type ResumePoint } from './paginate';
import { exactSelector, splitStreamSelector } from './selector';
import { backoffDelayMs, DEFAULT_RETRY, parseRetryAfter, type RetryPolicy } from './retry';
import {
  LabelsResponseSchema,
  QueryRangeResponseSchema,
  SeriesResponseSchema,
  type QueryRangeResponse,
} from './schemas';

export type LokiAuth = { type: 'basic'; username: string; password: string } | { type: 'bearer'; token: string };

export interface LokiClientOptions {
  /** Base URL of Loki (or of a gateway), without `/loki/api/v1`. */
  url: string;
  /** Sent as `X-Scope-OrgID`. */
  tenant?: string;
  auth?: LokiAuth;
  /** Per-attempt timeout. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Ask Loki 3 for structured metadata as a separate third value element (harmless on Loki 2). */
  categorizeLabels?: boolean;
  /** Loki's `max_entries_limit_per_query`; pagination never asks for more. */
  maxEntriesLimit?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Called before each retry, e.g. to count errors in metrics. */
  onRetry?: (info: { operation: LokiOperation; attempt: number; delayMs: number; reason: string }) => void;
}

export interface QueryRangeParams {
  query: string;
  /** Inclusive, ns epoch string. */
  start: string;
  /** Exclusive, ns epoch string. */
  end: string;
  limit?: number;
  direction?: 'forward' | 'backward';
  step?: string;
}

export interface PushEntry {
  ts: string;
  line: string;
  structuredMetadata?: Record<string, string>;
}

export interface PushStream {
  labels: Record<string, string>;
  entries: PushEntry[];
}

export const DEFAULT_PAGE_SIZE = 1000;
const DEFAULT_MAX_ENTRIES = 5000;

export class LokiClient {
  private readonly base: string;
  private readonly retry: RetryPolicy;
  private readonly doFetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  readonly maxEntriesLimit: number;

  constructor(private readonly options: LokiClientOptions) {
    this.base = options.url.replace(/\/+$/, '');
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.doFetch = options.fetch ?? fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.maxEntriesLimit = options.maxEntriesLimit ?? DEFAULT_MAX_ENTRIES;
  }

  /** One request to /query_range; the raw validated response (streams or matrix). */
  async queryRange(params: QueryRangeParams): Promise<QueryRangeResponse> {
    const search = new URLSearchParams({ query: params.query, start: params.start, end: params.end });
    if (params.limit !== undefined) {
      search.set('limit', String(params.limit));
    }
    if (params.direction) {
      search.set('direction', params.direction);
    }
    if (params.step) {
      search.set('step', params.step);
    }
    const body = await this.request('query_range', `/loki/api/v1/query_range?${search.toString()}`, { method: 'GET' });
    return parseJson('query_range', body, QueryRangeResponseSchema);
  }

  /**
   * Every entry of [start, end) in timestamp order, page by page (forward). Each yielded page holds only entries
   * not yielded before, so same-nanosecond entries split across a page boundary are neither lost nor repeated.
   */
  async *queryRangeAll(
    params: Omit<QueryRangeParams, 'limit' | 'direction' | 'step' | 'start'> & {
      /** Inclusive start, or a resume point whose already-seen entries are skipped. */
      start: string | ResumePoint;
      pageSize?: number;
    }
  ): AsyncGenerator<LokiEntry[]> {
    const pageSize = params.pageSize ?? DEFAULT_PAGE_SIZE;
    yield* paginateForward(
      async (start, limit) => {
        const response = await this.queryRange({
          query: params.query,
          start,
          end: params.end,
          limit,
          direction: 'forward',
        });
        if (response.data.resultType !== 'streams') {
          throw new LokiResponseError('query_range', `expected a log query (streams), got ${response.data.resultType}`);
        }
        return flattenStreams(response.data.result);
      },
      params.start,
      pageSize,
      this.maxEntriesLimit,
      (ts) => this.entriesAt(params.query, ts)
    );
  }

  /**
   * Every entry of one nanosecond that holds more than `maxEntriesLimit` of them: stream by stream (from the
   * series API), each stream forward and, if that fills the limit, backward too. The two directions overlap
   * exactly when the stream has fewer than twice the limit there, which proves nothing is missing.
   */
  private async entriesAt(query: string, ts: string): Promise<LokiEntry[]> {
    const split = splitStreamSelector(query);
    if (!split) {
      throw new PaginationStuckError(ts, `more than ${this.maxEntriesLimit} entries share one nanosecond`);
    }
    const end = (BigInt(ts) + 1n).toString();
    const limit = this.maxEntriesLimit;
    const all: LokiEntry[] = [];
    for (const labels of await this.series([split.selector], ts, end)) {
      const streamQuery = `${exactSelector(labels)}${split.pipeline}`;
      const read = async (direction: 'forward' | 'backward') => {
        const response = await this.queryRange({ query: streamQuery, start: ts, end, limit, direction });
        if (response.data.resultType !== 'streams') {
          throw new LokiResponseError('query_range', `expected a log query (streams), got ${response.data.resultType}`);
        }
        return flattenStreams(response.data.result);
      };
      const forward = await read('forward');
      if (forward.length < limit) {
        all.push(...forward);
        continue;
      }
      const union = new Map(forward.map((e) => [entryKey(e), e]));
      for (const e of await read('backward')) {
        union.set(entryKey(e), e);
      }
      if (union.size >= 2 * limit) {
        throw new PaginationStuckError(
          ts,
          `more than ${2 * limit} entries of the stream ${exactSelector(labels)} share one nanosecond`
        );
      }
      all.push(...union.values());
    }
    return all;
  }

  /** JSON push; timestamps stay strings (Loki rejects numbers), structured metadata as the third element. */
  async push(streams: PushStream[]): Promise<void> {
    const payload = {
      streams: streams.map((s) => ({
        stream: s.labels,
        values: s.entries.map((e) =>
          e.structuredMetadata && Object.keys(e.structuredMetadata).length > 0
            ? [e.ts, e.line, e.structuredMetadata]
            : [e.ts, e.line]
        ),
      })),
    };
    await this.request('push', '/loki/api/v1/push', {
      method: 'POST',
      body: JSON.stringify(payload),
      headers: { 'Content-Type': 'application/json' },
    });
  }

  async labels(start?: string, end?: string): Promise<string[]> {
    const search = new URLSearchParams();
    if (start) {
      search.set('start', start);
    }
    if (end) {
      search.set('end', end);
    }
    const body = await this.request('labels', `/loki/api/v1/labels?${search.toString()}`, { method: 'GET' });
    return parseJson('labels', body, LabelsResponseSchema).data;
  }

  async series(match: string[], start?: string, end?: string): Promise<Array<Record<string, string>>> {
    const search = new URLSearchParams();
    for (const m of match) {
      search.append('match[]', m);
    }
    if (start) {
      search.set('start', start);
    }
    if (end) {
      search.set('end', end);
    }
    const body = await this.request('series', `/loki/api/v1/series?${search.toString()}`, { method: 'GET' });
    return parseJson('series', body, SeriesResponseSchema).data;
  }

  private headers(extra?: Record<string, string>): Record<string, string> {
    const headers: Record<string, string> = { ...extra };
    if (this.options.tenant) {
      headers['X-Scope-OrgID'] = this.options.tenant;
    }
    const auth = this.options.auth;
    if (auth?.type === 'basic') {
      headers.Authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
    } else if (auth?.type === 'bearer') {
      headers.Authorization = `Bearer ${auth.token}`;
    }
    if (this.options.categorizeLabels ?? true) {
      headers['X-Loki-Response-Encoding-Flags'] = 'categorize-labels';
    }
    return headers;
  }

  /** Sends with retries; returns the body text of a 2xx response. */
  private async request(
    operation: LokiOperation,
    path: string,
    init: { method: string; body?: string; headers?: Record<string, string> }
  ): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await this.doFetch(`${this.base}${path}`, {
          method: init.method,
          body: init.body,
          headers: this.headers(init.headers),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
        });
      } catch (err) {
        if (attempt >= this.retry.maxAttempts) {
          throw new LokiNetworkError(operation, err, attempt);
        }
        await this.backoff(operation, attempt, err instanceof Error ? err.message : String(err));
        continue;
      }
      const text = await response.text();
      if (response.ok) {
        return text;
      }
      if (!isRetryableStatus(response.status) || attempt >= this.retry.maxAttempts) {
        throw new LokiHttpError(operation, response.status, text, attempt);
      }
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'), this.now());
      await this.backoff(operation, attempt, `HTTP ${response.status}`, retryAfter);
    }
  }

  private async backoff(operation: LokiOperation, attempt: number, reason: string, retryAfterMs?: number) {
    const delayMs = backoffDelayMs(this.retry, attempt, this.random, retryAfterMs);
    this.options.onRetry?.({ operation, attempt, delayMs, reason });
    await this.sleep(delayMs);
  }
}

function parseJson<S extends z.ZodType>(operation: LokiOperation, body: string, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new LokiResponseError(operation, `body is not JSON: ${body.slice(0, 200)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new LokiResponseError(operation, z.prettifyError(parsed.error));
  }
  return parsed.data;
}

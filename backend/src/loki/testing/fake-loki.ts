/**
 * A local HTTP server that behaves like Loki for the client and watcher tests: it replays the recorded fixtures of
 * tests/fixtures/loki byte for byte for the requests they were recorded for, and answers everything else from an
 * in-memory store in exactly the recorded response shape. Faults (HTTP errors, dropped connections) can be scripted.
 * Test support only; nothing in the product imports it.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { canonicalLabels } from '../entries';
import { compareNs } from '../timestamp';

export const LOKI_FIXTURE_DIR = path.resolve(__dirname, '../../../../tests/fixtures/loki');

export interface RecordedResponse {
  status: number;
  body: string;
  contentType: string;
}

/** `.json` fixtures are 200 bodies; `.txt` fixtures are the body followed by a final line `HTTP <status>`. */
export function readFixture(name: string, dir = LOKI_FIXTURE_DIR): RecordedResponse {
  const raw = readFileSync(path.join(dir, name), 'utf8');
  if (name.endsWith('.json')) {
    return { status: 200, body: raw, contentType: 'application/json; charset=UTF-8' };
  }
  const match = /(^|\n)HTTP (\d{3})\n?$/.exec(raw);
  if (!match) {
    throw new Error(`fixture ${name} has no trailing "HTTP <status>" line`);
  }
  return {
    status: Number(match[2]),
    body: raw.slice(0, match.index + match[1].length),
    contentType: 'text/plain; charset=utf-8',
  };
}

/** The stats object of a recorded response, reused so generated responses have the recorded shape. */
const RECORDED_STATS = (JSON.parse(readFixture('query_range_streams_limit5.json').body) as { data: { stats: unknown } })
  .data.stats;

export interface StoredEntry {
  ts: string;
  line: string;
  structuredMetadata?: Record<string, string>;
}

export interface Fault {
  /** HTTP status to answer with, or 'drop' to destroy the connection without a response. */
  status: number | 'drop';
  body?: string;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  params: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FixtureRoute {
  method: 'GET' | 'POST';
  path: string;
  /** Every listed parameter must match exactly. */
  params?: Record<string, string>;
  /** Matches when the body is not valid JSON (for the recorded push error). */
  invalidJsonBody?: boolean;
  /** Matches when some pushed stream has no labels. */
  emptyLabels?: boolean;
  fixture: string;
}

export interface Stream {
  labels: Record<string, string>;
  entries: StoredEntry[];
}

export class FakeLoki {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly streams = new Map<string, Stream>();
  private readonly faults: Fault[] = [];
  private outage: Fault | null = null;
  readonly requests: RecordedRequest[] = [];
  /** Artificial latency per request, so tests can interrupt a watcher mid-run. */
  latencyMs = 0;
  /** Loki's `max_entries_limit_per_query` (its default): a query asking for more is refused with 400. */
  maxEntriesLimit = 5000;
  /** Keep `requests` (tests inspect them); benchmarks turn it off. */
  recordRequests = true;

  constructor(private readonly fixtures: FixtureRoute[] = []) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) {
      socket.destroy();
    }
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  /** The next `count` requests fail with `fault`. */
  failNext(fault: Fault, count = 1): void {
    for (let i = 0; i < count; i++) {
      this.faults.push(fault);
    }
  }

  /** Every request fails with `fault` until `endOutage()`. */
  startOutage(fault: Fault): void {
    this.outage = fault;
  }

  endOutage(): void {
    this.outage = null;
  }

  add(labels: Record<string, string>, entries: StoredEntry[]): void {
    const key = canonicalLabels(labels);
    let stream = this.streams.get(key);
    if (!stream) {
      stream = { labels: { ...labels }, entries: [] };
      this.streams.set(key, stream);
    }
    let sorted = true;
    for (const entry of entries) {
      // Loki drops an exact duplicate (same stream, timestamp and line) at ingest.
      let i = lowerBound(stream.entries, entry.ts);
      let duplicate = false;
      for (; i < stream.entries.length && stream.entries[i].ts === entry.ts; i++) {
        duplicate ||= stream.entries[i].line === entry.line;
      }
      if (!duplicate) {
        const last = stream.entries[stream.entries.length - 1];
        sorted &&= !last || compareNs(last.ts, entry.ts) <= 0;
        stream.entries.push(entry);
      }
    }
    if (!sorted) {
      // Stable: same-timestamp entries keep their ingest order, as in Loki.
      stream.entries.sort((a, b) => compareNs(a.ts, b.ts));
    }
  }

  /** Every stored stream whose labels contain `match`. */
  streamsMatching(match: Record<string, string>): Stream[] {
    return [...this.streams.values()].filter((s) => Object.entries(match).every(([k, v]) => s.labels[k] === v));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://fake-loki');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      params: url.searchParams,
      headers: req.headers,
      body,
    };
    if (this.recordRequests) {
      this.requests.push(request);
    }
    if (this.latencyMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    }
    const fault = this.outage ?? this.faults.shift();
    if (fault) {
      if (fault.status === 'drop') {
        req.socket.destroy();
        return;
      }
      res.writeHead(fault.status, { 'Content-Type': 'text/plain; charset=utf-8', ...fault.headers });
      res.end(fault.body ?? '');
      return;
    }
    const route = this.fixtures.find((r) => matchesRoute(r, request));
    if (route) {
      const recorded = readFixture(route.fixture);
      res.writeHead(recorded.status, { 'Content-Type': recorded.contentType });
      res.end(recorded.body);
      return;
    }
    if (request.path === '/loki/api/v1/push' && request.method === 'POST') {
      this.handlePush(request, res);
    } else if (request.path === '/loki/api/v1/query_range' && request.method === 'GET') {
      this.handleQueryRange(request, res);
    } else if (request.path === '/loki/api/v1/series' && request.method === 'GET') {
      this.handleSeries(request, res);
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('404 page not found\n');
    }
  }

  private handlePush(request: RecordedRequest, res: ServerResponse): void {
    let payload: { streams: Array<{ stream: Record<string, string>; values: unknown[][] }> };
    try {
      payload = JSON.parse(request.body);
    } catch {
      return sendRecorded(res, readFixture('push_error_bad_json.txt'));
    }
    for (const stream of payload.streams) {
      if (Object.keys(stream.stream ?? {}).length === 0) {
        return sendRecorded(res, readFixture('push_error_no_labels.txt'));
      }
      for (const value of stream.values) {
        if (typeof value[0] !== 'string') {
          res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
          return void res.end('timestamp must be a string\n');
        }
      }
    }
    for (const stream of payload.streams) {
      this.add(
        stream.stream,
        stream.values.map(([ts, line, metadata]) => ({
          ts: ts as string,
          line: line as string,
          ...(metadata ? { structuredMetadata: metadata as Record<string, string> } : {}),
        }))
      );
    }
    res.writeHead(204);
    res.end();
  }

  /** Supports stream selectors made of `=` matchers and an optional `|= "text"` filter, as the tests need. */
  private handleQueryRange(request: RecordedRequest, res: ServerResponse): void {
    const query = request.params.get('query') ?? '';
    const parsed = parseSimpleQuery(query);
    if (!parsed) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end(`fake Loki cannot evaluate ${query}\n`);
    }
    const start = request.params.get('start') ?? '0';
    const end = request.params.get('end') ?? String(BigInt(Date.now()) * 1_000_000n);
    const limit = Number(request.params.get('limit') ?? '100');
    if (limit > this.maxEntriesLimit) {
      // Loki's wording (pkg/querier/http.go).
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end(
        `max entries limit per query exceeded, limit > max_entries_limit (${limit} > ${this.maxEntriesLimit})\n`
      );
    }
    const forward = request.params.get('direction') === 'forward';
    const categorize = request.headers['x-loki-response-encoding-flags'] === 'categorize-labels';

    const byStream = selectPage(this.streamsMatching(parsed.matchers), {
      start,
      end,
      limit,
      forward,
      contains: parsed.contains,
    });
    const result = [...byStream].map(([stream, entries]) => ({
      stream: categorize ? stream.labels : { ...stream.labels },
      values: entries.map((e) =>
        categorize
          ? [e.ts, e.line, e.structuredMetadata ? { structuredMetadata: e.structuredMetadata } : {}]
          : [e.ts, e.line]
      ),
    }));
    const data = categorize
      ? { resultType: 'streams', result, stats: RECORDED_STATS, encodingFlags: ['categorize-labels'] }
      : { resultType: 'streams', result, stats: RECORDED_STATS };
    res.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify({ status: 'success', data }));
  }

  /** Streams matching any `match[]` selector that hold an entry in [start, end). */
  private handleSeries(request: RecordedRequest, res: ServerResponse): void {
    const start = request.params.get('start') ?? '0';
    const end = request.params.get('end') ?? String(BigInt(Date.now()) * 1_000_000n);
    const data: Array<Record<string, string>> = [];
    for (const match of request.params.getAll('match[]')) {
      const parsed = parseSimpleQuery(match);
      if (!parsed) {
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
        return void res.end(`fake Loki cannot evaluate ${match}\n`);
      }
      for (const stream of this.streamsMatching(parsed.matchers)) {
        const i = lowerBound(stream.entries, start);
        if (i < stream.entries.length && compareNs(stream.entries[i].ts, end) < 0) {
          data.push(stream.labels);
        }
      }
    }
    res.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify({ status: 'success', data }));
  }
}

/** First index whose timestamp is ≥ ts (entries sorted by timestamp). */
function lowerBound(entries: StoredEntry[], ts: string): number {
  const t = BigInt(ts);
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (BigInt(entries[mid].ts) < t) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/**
 * The entries Loki returns for one query_range page: those in [start, end) ordered globally by time (ties in a
 * fixed stream order, as Loki's merge iterator yields them), cut at `limit`, grouped back per stream.
 */
export function selectPage(
  streams: Stream[],
  q: { start: string; end: string; limit: number; forward: boolean; contains?: string }
): Map<Stream, StoredEntry[]> {
  // Each stream's slice of [start, end) by binary search, then a merge that stops at `limit`: pages cost
  // O(limit · streams), not a scan and sort of the whole store, so benchmarks can hold millions of entries.
  const contains = q.contains ?? '';
  const cursors = streams.map((stream, order) => {
    const from = lowerBound(stream.entries, q.start);
    const to = lowerBound(stream.entries, q.end);
    return { stream, order, i: q.forward ? from : to - 1, from, to };
  });
  const step = q.forward ? 1 : -1;
  const live = (c: (typeof cursors)[number]) => (q.forward ? c.i < c.to : c.i >= c.from);
  /** Moves the cursor to its next entry that passes the line filter. */
  const settle = (c: (typeof cursors)[number]) => {
    while (live(c) && contains && !c.stream.entries[c.i].line.includes(contains)) {
      c.i += step;
    }
  };
  cursors.forEach(settle);
  const byStream = new Map<Stream, StoredEntry[]>();
  for (let taken = 0; taken < q.limit; taken++) {
    let best: (typeof cursors)[number] | null = null;
    for (const c of cursors) {
      if (!live(c)) {
        continue;
      }
      const cmp = best ? compareNs(c.stream.entries[c.i].ts, best.stream.entries[best.i].ts) : -step;
      // Ties in a fixed stream order, as Loki's merge iterator yields them.
      if (cmp === -step) {
        best = c;
      }
    }
    if (!best) {
      break;
    }
    const list = byStream.get(best.stream) ?? [];
    list.push(best.stream.entries[best.i]);
    byStream.set(best.stream, list);
    best.i += step;
    settle(best);
  }
  return byStream;
}

function sendRecorded(res: ServerResponse, recorded: RecordedResponse): void {
  res.writeHead(recorded.status, { 'Content-Type': recorded.contentType });
  res.end(recorded.body);
}

function matchesRoute(route: FixtureRoute, request: RecordedRequest): boolean {
  if (route.method !== request.method || route.path !== request.path) {
    return false;
  }
  if (route.params && !Object.entries(route.params).every(([k, v]) => request.params.get(k) === v)) {
    return false;
  }
  if (route.invalidJsonBody) {
    try {
      JSON.parse(request.body);
      return false;
    } catch {
      return true;
    }
  }
  return true;
}

export function parseSimpleQuery(query: string): { matchers: Record<string, string>; contains: string } | null {
  const match = /^\s*\{([^}]*)\}\s*(?:\|=\s*"((?:[^"\\]|\\.)*)")?\s*$/.exec(query);
  if (!match) {
    return null;
  }
  const matchers: Record<string, string> = {};
  for (const part of match[1].split(',').filter((p) => p.trim() !== '')) {
    const m = /^\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*$/.exec(part);
    if (!m) {
      return null;
    }
    matchers[m[1]] = JSON.parse(`"${m[2]}"`) as string;
  }
  return { matchers, contains: match[2] === undefined ? '' : (JSON.parse(`"${match[2]}"`) as string) };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * logcli-style forward pagination as a pure state machine: each page starts at the last timestamp seen (inclusive),
 * entries already seen at that timestamp are dropped, and the batch grows when a single timestamp fills a page.
 * When one timestamp holds more entries than Loki returns at once, that nanosecond is read by another route
 * (stream by stream, see client.ts) and pagination resumes just after it.
 */
import { entryKey, type LokiEntry } from './entries';

export interface PageCursor {
  /** Inclusive start of the next query. */
  start: string;
  /** The boundary timestamp and the keys of the entries already delivered at it. */
  boundaryTs: string | null;
  boundaryKeys: ReadonlySet<string>;
  limit: number;
  /** `start` alone holds more entries than one page can: read that whole nanosecond, then go on after it. */
  crowded?: boolean;
}

export interface PageStep {
  /** Entries not delivered before, in timestamp order. */
  fresh: LokiEntry[];
  /** The cursor of the next page, or null when the range is exhausted. */
  next: PageCursor | null;
}

export class PaginationStuckError extends Error {
  constructor(ts: string, detail: string) {
    super(
      `${detail} at the timestamp ${ts}: Loki returns at most max_entries_limit_per_query entries per query. ` +
        `Raise it in Loki's limits_config and loki.maxEntriesPerQuery in watch.yaml together, or narrow the selector`
    );
    this.name = 'PaginationStuckError';
  }
}

/** `entries` is one page (sorted by timestamp) returned for `cursor`. */
export function nextPage(cursor: PageCursor, entries: LokiEntry[], maxLimit: number): PageStep {
  const fresh = entries.filter((e) => !(e.ts === cursor.boundaryTs && cursor.boundaryKeys.has(entryKey(e))));
  if (entries.length < cursor.limit) {
    return { fresh, next: null };
  }
  const lastTs = entries[entries.length - 1].ts;
  const atLast = entries.filter((e) => e.ts === lastTs);
  const keys = new Set(lastTs === cursor.boundaryTs ? cursor.boundaryKeys : []);
  for (const e of atLast) {
    keys.add(entryKey(e));
  }
  let limit = cursor.limit;
  if (atLast.length >= limit) {
    // The whole page sits on one timestamp: the next page with the same limit would return the same entries.
    if (limit >= maxLimit) {
      return { fresh, next: { start: lastTs, boundaryTs: lastTs, boundaryKeys: keys, limit, crowded: true } };
    }
    limit = Math.min(maxLimit, limit * 2);
  }
  return { fresh, next: { start: lastTs, boundaryTs: lastTs, boundaryKeys: keys, limit } };
}

/** Where a previous reader stopped: the last timestamp it saw and the keys of the entries it saw at it. */
export interface ResumePoint {
  ts: string;
  keys: readonly string[];
}

/**
 * Drives `nextPage` over any page source (the HTTP client, or a simulation in tests). With `after`, reading starts
 * at `after.ts` inclusive and skips the entries already seen there, exactly like an inner page boundary.
 * `fetchTimestamp` returns every entry of one nanosecond (or throws PaginationStuckError); without it a crowded
 * timestamp is an error.
 */
export async function* paginateForward(
  fetchPage: (start: string, limit: number) => Promise<LokiEntry[]>,
  start: string | ResumePoint,
  pageSize: number,
  maxLimit: number,
  fetchTimestamp?: (ts: string) => Promise<LokiEntry[]>
): AsyncGenerator<LokiEntry[]> {
  const limit = Math.min(pageSize, maxLimit);
  let cursor: PageCursor | null =
    typeof start === 'string'
      ? { start, boundaryTs: null, boundaryKeys: new Set(), limit }
      : { start: start.ts, boundaryTs: start.ts, boundaryKeys: new Set(start.keys), limit };
  while (cursor) {
    if (cursor.crowded) {
      if (!fetchTimestamp) {
        throw new PaginationStuckError(cursor.start, `more than ${maxLimit} entries share one nanosecond`);
      }
      const at: PageCursor = cursor;
      const fresh = (await fetchTimestamp(at.start)).filter(
        (e) => !(e.ts === at.boundaryTs && at.boundaryKeys.has(entryKey(e)))
      );
      if (fresh.length > 0) {
        yield fresh;
      }
      cursor = { start: (BigInt(at.start) + 1n).toString(), boundaryTs: null, boundaryKeys: new Set(), limit };
      continue;
    }
    const step = nextPage(cursor, await fetchPage(cursor.start, cursor.limit), maxLimit);
    if (step.fresh.length > 0) {
      yield step.fresh;
    }
    cursor = step.next;
  }
}

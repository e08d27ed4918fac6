/**
 * The baseline store: every stream's stats in memory, persisted to one SQLite file (`<dir>/baseline.sqlite`,
 * better-sqlite3 like the label store). Per-line work never touches SQLite: `observe` updates memory and marks
 * what changed; `flush` writes the changed templates and streams in one transaction, every `flushMs` (default
 * 5 s) and on close. So a crash or kill -9 loses at most the observations of the last flush interval (WAL +
 * synchronous=NORMAL: a committed flush survives a process crash; a power loss may lose the last commit too).
 *
 * Streams are loaded lazily (one indexed read of ≤ maxTemplates rows, ~1 ms) on first use and then kept; a flush
 * writes only what changed since the last one (a stream of 300 templates all touched: 300 upserts, ~2 ms).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  DEFAULT_LIMITS,
  emptyStream,
  observe,
  type BaselineLimits,
  type StreamStats,
  type TemplateStats,
} from './stats';

export const BASELINE_FILE = 'baseline.sqlite';
/** Exemplar lines kept per template (on disk only: they are for the user, not for scoring). */
export const MAX_EXEMPLARS = 3;
const MAX_EXEMPLAR_CHARS = 1000;
const FLUSH_ROWS = 4000;

export interface BaselineStoreOptions {
  limits?: Partial<BaselineLimits>;
  /** Period of the background flush; 0: no timer (the owner calls `flush`). */
  flushMs?: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS streams (
  key TEXT PRIMARY KEY,
  labels TEXT NOT NULL,
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  clock INTEGER NOT NULL,
  hours BLOB NOT NULL,
  bootstrapped INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS templates (
  stream TEXT NOT NULL,
  id TEXT NOT NULL,
  text TEXT NOT NULL,
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  hours BLOB NOT NULL,
  PRIMARY KEY (stream, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS exemplars (
  stream TEXT NOT NULL,
  id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  line TEXT NOT NULL,
  PRIMARY KEY (stream, id, seq)
) WITHOUT ROWID;
`;

/** Hours and counts as little-endian int32 pairs. */
export function encodeSeries(hours: readonly number[], counts: readonly number[]): Buffer {
  const buf = Buffer.allocUnsafe(hours.length * 8);
  for (let i = 0; i < hours.length; i++) {
    buf.writeInt32LE(hours[i]!, i * 8);
    buf.writeInt32LE(Math.min(counts[i]!, 0x7fffffff), i * 8 + 4);
  }
  return buf;
}

export function decodeSeries(buf: Buffer): { hours: number[]; counts: number[] } {
  const hours: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i + 8 <= buf.length; i += 8) {
    hours.push(buf.readInt32LE(i));
    counts.push(buf.readInt32LE(i + 4));
  }
  return { hours, counts };
}

interface Dirty {
  stream: boolean;
  templates: Set<TemplateStats>;
  deleted: Set<string>;
  exemplars: Array<{ id: string; line: string }>;
}

export interface StreamSummary {
  key: string;
  labels: Record<string, string>;
  firstSeen: string | null;
  lastSeen: string | null;
  linesInWindow: number;
  templates: number;
  bootstrapped: boolean;
}

export class BaselineStore {
  readonly limits: BaselineLimits;
  readonly file: string;
  private readonly db: Database.Database;
  private readonly streams = new Map<string, StreamStats | null>();
  private readonly dirty = new Map<StreamStats, Dirty>();
  private readonly timer: NodeJS.Timeout | null;
  private readonly exemplarCount = new Map<string, number>();
  private pending: NodeJS.Immediate | null = null;
  private readonly stmt: Record<
    | 'stream'
    | 'templates'
    | 'upsertStream'
    | 'upsertTemplate'
    | 'deleteTemplate'
    | 'deleteExemplars'
    | 'insertExemplar'
    | 'exemplarCount'
    | 'exemplars'
    | 'allStreams',
    Database.Statement
  >;

  private constructor(db: Database.Database, file: string, options: BaselineStoreOptions) {
    this.db = db;
    this.file = file;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.stmt = {
      stream: db.prepare('SELECT * FROM streams WHERE key = ?'),
      templates: db.prepare('SELECT id, text, first_seen, last_seen, hours FROM templates WHERE stream = ?'),
      upsertStream: db.prepare(
        `INSERT INTO streams (key, labels, first_seen, last_seen, clock, hours, bootstrapped)
         VALUES (@key, @labels, @firstSeen, @lastSeen, @clock, @hours, @bootstrapped)
         ON CONFLICT (key) DO UPDATE SET labels = excluded.labels, first_seen = excluded.first_seen,
           last_seen = excluded.last_seen, clock = excluded.clock, hours = excluded.hours,
           bootstrapped = excluded.bootstrapped`
      ),
      upsertTemplate: db.prepare(
        `INSERT INTO templates (stream, id, text, first_seen, last_seen, hours)
         VALUES (@stream, @id, @text, @firstSeen, @lastSeen, @hours)
         ON CONFLICT (stream, id) DO UPDATE SET first_seen = excluded.first_seen, last_seen = excluded.last_seen,
           hours = excluded.hours`
      ),
      deleteTemplate: db.prepare('DELETE FROM templates WHERE stream = ? AND id = ?'),
      deleteExemplars: db.prepare('DELETE FROM exemplars WHERE stream = ? AND id = ?'),
      insertExemplar: db.prepare(
        `INSERT OR IGNORE INTO exemplars (stream, id, seq, line)
         SELECT ?, ?, COALESCE(MAX(seq), -1) + 1, ? FROM exemplars WHERE stream = ? AND id = ?
         HAVING COUNT(*) < ${MAX_EXEMPLARS}`
      ),
      exemplarCount: db.prepare('SELECT COUNT(*) AS n FROM exemplars WHERE stream = ? AND id = ?'),
      exemplars: db.prepare('SELECT line FROM exemplars WHERE stream = ? AND id = ? ORDER BY seq'),
      allStreams: db.prepare('SELECT key FROM streams ORDER BY key'),
    };
    const flushMs = options.flushMs ?? 5000;
    this.timer = flushMs > 0 ? setInterval(() => this.flush(), flushMs) : null;
    this.timer?.unref();
  }

  /** Opens (creating the directory and file if needed) the store in `dir`; ':memory:' for tests. */
  static open(dir: string, options: BaselineStoreOptions = {}): BaselineStore {
    const file = dir === ':memory:' ? dir : join(dir, BASELINE_FILE);
    let db: Database.Database | null = null;
    try {
      if (dir !== ':memory:') {
        mkdirSync(dir, { recursive: true });
      }
      db = new Database(file);
      db.pragma('busy_timeout = 10000');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.exec(SCHEMA);
      return new BaselineStore(db, file, options);
    } catch (err) {
      db?.close();
      throw new Error(`baseline store ${file}: ${(err as Error).message}`, { cause: err });
    }
  }

  /** The stream's stats, loaded on first use; null when the store has never seen it. */
  get(key: string): StreamStats | null {
    let s = this.streams.get(key);
    if (s === undefined) {
      s = this.load(key);
      this.streams.set(key, s);
    }
    return s;
  }

  private load(key: string): StreamStats | null {
    const row = this.stmt.stream.get(key) as
      | {
          labels: string;
          first_seen: number;
          last_seen: number;
          clock: number;
          hours: Buffer;
          bootstrapped: number;
        }
      | undefined;
    if (!row) {
      return null;
    }
    const stream = emptyStream(key, JSON.parse(row.labels) as Record<string, string>);
    const series = decodeSeries(row.hours);
    stream.firstSeen = row.first_seen;
    stream.lastSeen = row.last_seen;
    stream.clock = row.clock;
    stream.hours = series.hours;
    stream.counts = series.counts;
    stream.lines = series.counts.reduce((a, b) => a + b, 0);
    stream.bootstrapped = row.bootstrapped === 1;
    for (const t of this.stmt.templates.all(key) as Array<{
      id: string;
      text: string;
      first_seen: number;
      last_seen: number;
      hours: Buffer;
    }>) {
      const ts = decodeSeries(t.hours);
      stream.templates.set(t.id, {
        id: t.id,
        text: t.text,
        firstSeen: t.first_seen,
        lastSeen: t.last_seen,
        hours: ts.hours,
        counts: ts.counts,
        seen: ts.counts.reduce((a, b) => a + b, 0),
      });
    }
    return stream;
  }

  private stream(key: string, labels: Record<string, string>): StreamStats {
    let s = this.get(key);
    if (s === null) {
      s = emptyStream(key, labels);
      this.streams.set(key, s);
      this.mark(s).stream = true;
    }
    return s;
  }

  private mark(s: StreamStats): Dirty {
    let d = this.dirty.get(s);
    if (!d) {
      d = { stream: true, templates: new Set(), deleted: new Set(), exemplars: [] };
      this.dirty.set(s, d);
    }
    return d;
  }

  /** Counts `n` lines of a template on a stream at `ms` (memory only until the next flush). */
  observe(
    key: string,
    labels: Record<string, string>,
    template: { id: string; text: string },
    ms: number,
    n = 1,
    line?: string
  ): void {
    const s = this.stream(key, labels);
    const evicted = observe(s, template.id, template.text, ms, n, this.limits);
    const d = this.mark(s);
    for (const t of evicted) {
      d.templates.delete(t);
      d.deleted.add(t.id);
      this.exemplarCount.delete(`${key}\u0000${t.id}`);
    }
    const t = s.templates.get(template.id);
    if (t !== undefined) {
      d.templates.add(t);
      d.deleted.delete(t.id);
      // The first few lines of a template become its exemplars; counted in memory so later lines cost nothing.
      if (line !== undefined) {
        const ek = `${key}\u0000${template.id}`;
        const have = this.exemplarCount.get(ek) ?? (t.seen === n ? 0 : MAX_EXEMPLARS);
        if (have < MAX_EXEMPLARS) {
          d.exemplars.push({ id: template.id, line: line.slice(0, MAX_EXEMPLAR_CHARS) });
          this.exemplarCount.set(ek, have + 1);
        }
      }
    }
  }

  markBootstrapped(key: string, labels: Record<string, string>): void {
    const s = this.stream(key, labels);
    s.bootstrapped = true;
    this.mark(s).stream = true;
  }

  /**
   * Writes what changed since the last flush in one transaction, returns the template rows written. At most
   * about `maxRows` per transaction (~5 µs each: 4,000 rows ≈ 20 ms, under issue 14's 50 ms bound for a blocked
   * event loop); the rest follows on the next turn of the loop.
   */
  flush(maxRows = FLUSH_ROWS): number {
    if (this.dirty.size === 0 || !this.db.open) {
      return 0;
    }
    const batch: Array<[StreamStats, Dirty]> = [];
    let planned = 0;
    for (const entry of this.dirty) {
      if (planned > 0 && planned + entry[1].templates.size > maxRows) {
        break;
      }
      batch.push(entry);
      planned += entry[1].templates.size + entry[1].deleted.size + 1;
    }
    for (const [s] of batch) {
      this.dirty.delete(s);
    }
    if (this.dirty.size > 0 && !this.pending) {
      this.pending = setImmediate(() => {
        this.pending = null;
        this.flush(maxRows);
      });
    }
    let rows = 0;
    const write = this.db.transaction(() => {
      for (const [s, d] of batch) {
        this.stmt.upsertStream.run({
          key: s.key,
          labels: JSON.stringify(s.labels),
          firstSeen: s.firstSeen,
          lastSeen: s.lastSeen,
          clock: Number.isFinite(s.clock) ? s.clock : 0,
          hours: encodeSeries(s.hours, s.counts),
          bootstrapped: s.bootstrapped ? 1 : 0,
        });
        for (const id of d.deleted) {
          this.stmt.deleteTemplate.run(s.key, id);
          this.stmt.deleteExemplars.run(s.key, id);
        }
        for (const t of d.templates) {
          this.stmt.upsertTemplate.run({
            stream: s.key,
            id: t.id,
            text: t.text,
            firstSeen: t.firstSeen,
            lastSeen: t.lastSeen,
            hours: encodeSeries(t.hours, t.counts),
          });
          rows++;
        }
        for (const e of d.exemplars) {
          this.stmt.insertExemplar.run(s.key, e.id, e.line, s.key, e.id);
        }
      }
    });
    try {
      write();
    } catch (err) {
      // Not lost: merged back, so the next flush retries them.
      for (const [s, d] of batch) {
        const cur = this.mark(s);
        d.templates.forEach((t) => cur.templates.add(t));
        d.deleted.forEach((id) => cur.deleted.add(id));
        cur.exemplars.push(...d.exemplars);
      }
      throw err;
    }
    return rows;
  }

  exemplars(key: string, templateId: string): string[] {
    return (this.stmt.exemplars.all(key, templateId) as Array<{ line: string }>).map((r) => r.line);
  }

  /** Every stream the file holds (loading each), for the API's listing. */
  summaries(): StreamSummary[] {
    const keys = new Set([
      ...(this.stmt.allStreams.all() as Array<{ key: string }>).map((r) => r.key),
      ...this.streams.keys(),
    ]);
    return [...keys]
      .map((k) => this.get(k))
      .filter((s): s is StreamStats => s !== null)
      .map((s) => ({
        key: s.key,
        labels: s.labels,
        firstSeen: s.firstSeen ? new Date(s.firstSeen).toISOString() : null,
        lastSeen: s.lastSeen ? new Date(s.lastSeen).toISOString() : null,
        linesInWindow: s.lines,
        templates: s.templates.size,
        bootstrapped: s.bootstrapped,
      }));
  }

  close(): void {
    if (this.timer) {
      clearInterval(this.timer);
    }
    if (this.pending) {
      clearImmediate(this.pending);
      this.pending = null;
    }
    if (this.db.open) {
      this.flush(Infinity);
      this.db.close();
    }
  }
}

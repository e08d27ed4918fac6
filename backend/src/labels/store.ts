/**
 * The durable label store: one SQLite file (better-sqlite3) in WAL mode.
 *
 * Durability: `synchronous=FULL` fsyncs the WAL at every commit, and every write is its own transaction that
 * commits before the method returns, so a label the API acknowledged survives kill -9 and power loss.
 * Concurrency: WAL lets readers run beside one writer; `busy_timeout` makes a second writer (another process
 * on the same file) wait for the lock instead of failing with SQLITE_BUSY; writes use BEGIN IMMEDIATE so the lock
 * is taken up front and a read-then-write transaction can never deadlock against another writer.
 *
 * The service must not wait inside SQLite: better-sqlite3 is synchronous, so a 10 s busy_timeout blocked every
 * route for as long as another process held the lock. The service opens the store with SERVICE_BUSY_TIMEOUT_MS and
 * calls it through `retrying`, which waits for the lock between attempts on timers (the event loop runs meanwhile).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';
import { StatsReader } from './stats-reader';
import { isBusy, sqliteCode, StoreHealth } from './store-health';
import { exponentialDelayMs } from '../util/backoff';
import type {
  FeedbackResponse,
  LabelFilter,
  LabelInput,
  LabelRecord,
  LabelsPage,
  LabelStats,
  RetrainJob,
} from './schemas';

/** The service's busy_timeout: a locked database blocks the event loop this long per attempt at most. */
export const SERVICE_BUSY_TIMEOUT_MS = 20;

/** How long `retrying` keeps trying a locked database before the caller gets SQLITE_BUSY (a 503). */
export const DEFAULT_RETRY_DEADLINE_MS = 5000;

export interface LabelStoreOptions {
  /** How long a writer waits for another connection's lock before failing (default 10 s; the service: 20 ms). */
  busyTimeoutMs?: number;
  now?: () => Date;
  newId?: () => string;
}

export interface WriteContext {
  user: string;
  source: LabelRecord['source'];
}

/** An idempotency key reused for a different label: the client has a bug, storing either would be wrong. */
export class IdempotencyConflictError extends Error {
  constructor(
    readonly key: string,
    readonly existingId: string
  ) {
    super(`idempotency key ${JSON.stringify(key)} was already used for a different label (${existingId})`);
    this.name = 'IdempotencyConflictError';
  }
}

interface LabelRow {
  seq: number;
  id: string;
  line: string;
  template_id: string | null;
  template: string | null;
  verdict: 'anomaly' | 'normal' | null;
  domain: string | null;
  ts: string | null;
  stream_labels: string | null;
  user: string;
  created_at: string;
  source: LabelRecord['source'];
  idempotency_key: string | null;
}

interface JobRow {
  id: string;
  state: RetrainJob['state'];
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  bundle_dir: string;
  label_count: number;
  progress_stage: string;
  progress_fraction: number;
  result: string | null;
  error: string | null;
}

function toRecord(row: LabelRow): LabelRecord {
  const record: LabelRecord = {
    id: row.id,
    line: row.line,
    user: row.user,
    createdAt: row.created_at,
    source: row.source,
  };
  if (row.template_id !== null) {
    record.templateId = row.template_id;
  }
  if (row.template !== null) {
    record.template = row.template;
  }
  if (row.verdict !== null) {
    record.verdict = row.verdict;
  }
  if (row.domain !== null) {
    record.domain = row.domain as LabelRecord['domain'];
  }
  if (row.ts !== null) {
    record.timestamp = row.ts;
  }
  if (row.stream_labels !== null) {
    record.labels = JSON.parse(row.stream_labels) as Record<string, string>;
  }
  if (row.idempotency_key !== null) {
    record.idempotencyKey = row.idempotency_key;
  }
  return record;
}

function toParams(r: LabelRecord): unknown[] {
  return [
    r.id,
    r.line,
    r.templateId ?? null,
    r.template ?? null,
    r.verdict ?? null,
    r.domain ?? null,
    r.timestamp ?? null,
    r.labels ? JSON.stringify(r.labels) : null,
    r.user,
    r.createdAt,
    r.source,
    r.idempotencyKey ?? null,
  ];
}

/** The fields that make two labels "the same label" for an idempotent retry. */
function sameLabel(row: LabelRow, input: LabelInput): boolean {
  return (
    row.line === input.line &&
    row.verdict === (input.verdict ?? null) &&
    row.domain === (input.domain ?? null) &&
    row.template_id === (input.templateId ?? null)
  );
}

function whereClause(filter: LabelFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    parts.push(sql);
    params.push(value);
  };
  if (filter.templateId !== undefined) {
    add('template_id = ?', filter.templateId);
  }
  if (filter.verdict !== undefined) {
    add('verdict = ?', filter.verdict);
  }
  if (filter.domain !== undefined) {
    add('domain = ?', filter.domain);
  }
  if (filter.user !== undefined) {
    add('user = ?', filter.user);
  }
  if (filter.since !== undefined) {
    // created_at is always toISOString() output, so text order is time order.
    add('created_at >= ?', filter.since);
  }
  return { sql: parts.join(' AND '), params };
}

export interface StatsOptions {
  below?: number;
  limit: number;
  offset: number;
}

/** The stats query on any connection (the store's, or the stats worker's read-only one). */
export function queryStats(db: Database.Database, options: StatsOptions): LabelStats {
  const totals = db
    .prepare(
      `SELECT COUNT(*) AS total,
        COALESCE(SUM(verdict = 'anomaly'), 0) AS anomaly,
        COALESCE(SUM(verdict = 'normal'), 0) AS normal,
        COALESCE(SUM(verdict IS NULL), 0) AS none,
        COALESCE(SUM(template_id IS NULL), 0) AS without_template
      FROM labels`
    )
    .get() as { total: number; anomaly: number; normal: number; none: number; without_template: number };
  const domains = Object.fromEntries(
    (
      db
        .prepare('SELECT domain, COUNT(*) AS n FROM labels WHERE domain IS NOT NULL GROUP BY domain ORDER BY domain')
        .all() as Array<{ domain: string; n: number }>
    ).map((r) => [r.domain, r.n])
  );
  const having = options.below !== undefined ? 'HAVING COUNT(*) < ?' : '';
  const havingParams = options.below !== undefined ? [options.below] : [];
  const grouped = `SELECT template_id,
      (SELECT template FROM labels t WHERE t.template_id = l.template_id AND t.template IS NOT NULL
        ORDER BY seq DESC LIMIT 1) AS template,
      COUNT(*) AS count,
      COALESCE(SUM(verdict = 'anomaly'), 0) AS anomaly,
      COALESCE(SUM(verdict = 'normal'), 0) AS normal
    FROM labels l WHERE template_id IS NOT NULL GROUP BY template_id ${having}`;
  const templates = (
    db
      .prepare(`${grouped} ORDER BY count, template_id LIMIT ? OFFSET ?`)
      .all(...havingParams, options.limit, options.offset) as Array<{
      template_id: string;
      template: string | null;
      count: number;
      anomaly: number;
      normal: number;
    }>
  ).map((r) => ({
    templateId: r.template_id,
    template: r.template,
    count: r.count,
    anomaly: r.anomaly,
    normal: r.normal,
  }));
  const templateCount = (db.prepare(`SELECT COUNT(*) AS n FROM (${grouped})`).get(...havingParams) as { n: number }).n;
  return {
    total: totals.total,
    verdicts: { anomaly: totals.anomaly, normal: totals.normal, none: totals.none },
    domains,
    withoutTemplate: totals.without_template,
    templates,
    templateCount,
  };
}

const INSERT_SQL = `INSERT INTO labels
  (id, line, template_id, template, verdict, domain, ts, stream_labels, user, created_at, source, idempotency_key)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export class LabelStore {
  readonly db: Database.Database;
  /** Degraded from a database failure seen through `retrying` until the next call that succeeds (for /readyz). */
  readonly health = new StoreHealth();
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly insert: Database.Statement;
  private readonly insertOrIgnore: Database.Statement;
  private readonly byKey: Database.Statement;
  private statsReader: StatsReader | null = null;

  private constructor(
    db: Database.Database,
    readonly file: string,
    options: LabelStoreOptions
  ) {
    this.db = db;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.insert = db.prepare(INSERT_SQL);
    // Only a uniqueness conflict (id or idempotency key) is skipped; OR IGNORE would also swallow CHECK failures.
    this.insertOrIgnore = db.prepare(`${INSERT_SQL} ON CONFLICT DO NOTHING`);
    this.byKey = db.prepare('SELECT * FROM labels WHERE idempotency_key = ?');
  }

  /** Opens (creating the file and its directory if needed) and migrates to the current schema. */
  static open(file: string, options: LabelStoreOptions = {}): LabelStore {
    let db: Database.Database | null = null;
    try {
      if (file !== ':memory:') {
        mkdirSync(dirname(file), { recursive: true });
      }
      db = new Database(file);
      // busy_timeout first: switching to WAL and migrating both need locks another process may hold.
      db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      migrate(db);
      return new LabelStore(db, file, options);
    } catch (err) {
      db?.close();
      // SQLite's messages ("unable to open database file") do not say which file.
      throw new Error(`label database ${file}: ${(err as Error).message}`, { cause: err });
    }
  }

  /**
   * Runs `op` (a synchronous store call); while the database is locked (SQLITE_BUSY after the busy timeout), tries
   * again after a timer, up to `deadlineMs`. Records the outcome in `health`. Errors that are not the database's
   * (an idempotency conflict) pass through without touching the health.
   */
  async retrying<T>(op: () => T, deadlineMs = DEFAULT_RETRY_DEADLINE_MS): Promise<T> {
    const deadline = performance.now() + deadlineMs;
    for (let attempt = 0; ; attempt++) {
      try {
        const result = op();
        this.health.succeeded();
        return result;
      } catch (err) {
        if (isBusy(err) && performance.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, exponentialDelayMs(5, attempt, 50)));
          continue;
        }
        const code = sqliteCode(err);
        if (code !== null) {
          this.health.failed(`${code}: ${(err as Error).message}`);
        }
        throw err;
      }
    }
  }

  close(): void {
    this.statsReader?.close();
    this.statsReader = null;
    if (this.db.open) {
      this.db.close();
    }
  }

  /** Stores labels from a client in one transaction: all are stored, or none (an error rolls back). */
  add(inputs: readonly LabelInput[], context: WriteContext): FeedbackResponse {
    const run = this.db.transaction((): FeedbackResponse => {
      const createdAt = this.now().toISOString();
      const ids: string[] = [];
      let duplicates = 0;
      for (const input of inputs) {
        if (input.idempotencyKey !== undefined) {
          const existing = this.byKey.get(input.idempotencyKey) as LabelRow | undefined;
          if (existing) {
            if (!sameLabel(existing, input)) {
              throw new IdempotencyConflictError(input.idempotencyKey, existing.id);
            }
            ids.push(existing.id);
            duplicates++;
            continue;
          }
        }
        const record: LabelRecord = {
          ...input,
          id: this.newId(),
          user: context.user,
          createdAt,
          source: context.source,
        };
        this.insert.run(...toParams(record));
        ids.push(record.id);
      }
      return { ids, created: ids.length - duplicates, duplicates };
    });
    return run.immediate();
  }

  /** Stores already-validated records as they are (import); an id or idempotency key already present is skipped. */
  insertRecords(records: readonly LabelRecord[]): { imported: number; duplicates: number } {
    const run = this.db.transaction(() => {
      let imported = 0;
      for (const record of records) {
        imported += this.insertOrIgnore.run(...toParams(record)).changes;
      }
      return { imported, duplicates: records.length - imported };
    });
    return run.immediate();
  }

  get(id: string): LabelRecord | null {
    const row = this.db.prepare('SELECT * FROM labels WHERE id = ?').get(id) as LabelRow | undefined;
    return row ? toRecord(row) : null;
  }

  count(filter: LabelFilter = {}): number {
    const where = whereClause(filter);
    const sql = `SELECT COUNT(*) AS n FROM labels${where.sql ? ` WHERE ${where.sql}` : ''}`;
    return (this.db.prepare(sql).get(...where.params) as { n: number }).n;
  }

  /** Newest first. Keyset paging by `cursor` (stable while labels are added); `offset` for jumping to a page. */
  list(query: LabelFilter & { limit: number; cursor?: string; offset?: number }): LabelsPage {
    const where = whereClause(query);
    const parts = where.sql ? [where.sql] : [];
    const params = [...where.params];
    if (query.cursor !== undefined) {
      parts.push('seq < ?');
      params.push(Number(query.cursor));
    }
    const sql = `SELECT * FROM labels${parts.length ? ` WHERE ${parts.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ? OFFSET ?`;
    const rows = this.db.prepare(sql).all(...params, query.limit + 1, query.offset ?? 0) as LabelRow[];
    const more = rows.length > query.limit;
    const page = more ? rows.slice(0, query.limit) : rows;
    return {
      labels: page.map(toRecord),
      nextCursor: more ? String(page[page.length - 1]!.seq) : null,
      total: this.count(query),
    };
  }

  /**
   * Oldest first, in chunks of `chunkSize`, each read by its own statement. Never one long-running iterator:
   * better-sqlite3 refuses other statements on a connection while an iterator is open, which would block writes
   * for as long as a slow export client reads.
   */
  *chunks(filter: LabelFilter = {}, chunkSize = 1000): Generator<LabelRecord[]> {
    const where = whereClause(filter);
    const stmt = this.db.prepare(
      `SELECT * FROM labels WHERE seq > ?${where.sql ? ` AND ${where.sql}` : ''} ORDER BY seq LIMIT ?`
    );
    let after = 0;
    for (;;) {
      const rows = stmt.all(after, ...where.params, chunkSize) as LabelRow[];
      if (rows.length === 0) {
        return;
      }
      after = rows[rows.length - 1]!.seq;
      yield rows.map(toRecord);
      if (rows.length < chunkSize) {
        return;
      }
    }
  }

  all(filter: LabelFilter = {}): LabelRecord[] {
    const out: LabelRecord[] = [];
    for (const chunk of this.chunks(filter, 5000)) {
      out.push(...chunk);
    }
    return out;
  }

  stats(options: StatsOptions = { limit: 1000, offset: 0 }): LabelStats {
    return queryStats(this.db, options);
  }

  /**
   * `stats` off the event loop: on 200,000 labels one call takes 0.9-1.1 s of full scans (2-core VM), which blocked
   * every route. A worker thread with its own read-only connection runs it; answers are cached until a label is
   * added (labels are append-only, so MAX(seq) says whether anything changed) and concurrent callers share one
   * computation. An in-memory database has no file a worker could open: it is computed here.
   */
  statsOffThread(options: StatsOptions = { limit: 1000, offset: 0 }): Promise<LabelStats> {
    if (this.file === ':memory:') {
      return Promise.resolve(this.stats(options));
    }
    this.statsReader ??= new StatsReader(this.file);
    const version = (this.db.prepare('SELECT MAX(seq) AS v FROM labels').get() as { v: number | null }).v ?? 0;
    return this.statsReader.stats(options, version);
  }

  saveJob(job: RetrainJob): void {
    this.db
      .prepare(
        `INSERT INTO retrain_jobs (id, state, created_at, started_at, finished_at, bundle_dir, label_count,
          progress_stage, progress_fraction, result, error)
        VALUES (@id, @state, @created_at, @started_at, @finished_at, @bundle_dir, @label_count,
          @progress_stage, @progress_fraction, @result, @error)
        ON CONFLICT (id) DO UPDATE SET state = excluded.state, started_at = excluded.started_at,
          finished_at = excluded.finished_at, label_count = excluded.label_count,
          progress_stage = excluded.progress_stage, progress_fraction = excluded.progress_fraction,
          result = excluded.result, error = excluded.error`
      )
      .run({
        id: job.id,
        state: job.state,
        created_at: job.createdAt,
        started_at: job.startedAt,
        finished_at: job.finishedAt,
        bundle_dir: job.bundleDir,
        label_count: job.labelCount,
        progress_stage: job.progress.stage,
        progress_fraction: job.progress.fraction,
        result: job.result ? JSON.stringify(job.result) : null,
        error: job.error,
      } satisfies JobRow);
  }

  getJob(id: string): RetrainJob | null {
    const row = this.db.prepare('SELECT * FROM retrain_jobs WHERE id = ?').get(id) as JobRow | undefined;
    if (!row) {
      return null;
    }
    return {
      id: row.id,
      state: row.state,
      createdAt: row.created_at,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      bundleDir: row.bundle_dir,
      labelCount: row.label_count,
      progress: { stage: row.progress_stage, fraction: row.progress_fraction },
      result: row.result ? (JSON.parse(row.result) as RetrainJob['result']) : null,
      error: row.error,
    };
  }

  /**
   * Retrained bundles swapped in on top of the configured bundle `baseDir` and not rolled back, newest first: the
   * first one is what should serve, the rest are the rollback targets (then `baseDir` itself).
   */
  activeBundles(baseDir: string): Array<{ seq: number; dir: string }> {
    return this.db
      .prepare(
        'SELECT seq, dir FROM bundle_activations WHERE base_dir = ? AND rolled_back_at IS NULL ORDER BY seq DESC'
      )
      .all(baseDir) as Array<{ seq: number; dir: string }>;
  }

  recordActivation(baseDir: string, dir: string, jobId: string | null): void {
    this.db
      .prepare('INSERT INTO bundle_activations (base_dir, dir, job_id, activated_at) VALUES (?, ?, ?, ?)')
      .run(baseDir, dir, jobId, this.now().toISOString());
  }

  markRolledBack(seq: number): void {
    this.db
      .prepare('UPDATE bundle_activations SET rolled_back_at = ? WHERE seq = ?')
      .run(this.now().toISOString(), seq);
  }

  /** Jobs a previous process left queued or running can never finish: mark them failed. Returns how many. */
  failInterruptedJobs(message: string): number {
    return this.db
      .prepare(
        `UPDATE retrain_jobs SET state = 'failed', error = ?, finished_at = ? WHERE state IN ('queued', 'running')`
      )
      .run(message, this.now().toISOString()).changes;
  }
}

/**
 * Numbered schema migrations. Append only: a released migration is never edited, a change is a new entry.
 * `migrate` applies the missing ones in one IMMEDIATE transaction, so two processes opening a fresh file at the
 * same time cannot both apply one (the second waits on the write lock, then finds nothing left to do).
 */
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'labels',
    sql: `
      CREATE TABLE labels (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        line TEXT NOT NULL,
        template_id TEXT,
        template TEXT,
        verdict TEXT CHECK (verdict IN ('anomaly', 'normal')),
        domain TEXT,
        ts TEXT,
        stream_labels TEXT,
        user TEXT NOT NULL,
        created_at TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('grafana', 'import', 'cli')),
        idempotency_key TEXT UNIQUE,
        CHECK (verdict IS NOT NULL OR domain IS NOT NULL)
      );
      CREATE INDEX labels_template ON labels (template_id, seq);
      CREATE INDEX labels_user ON labels (user, seq);
      CREATE INDEX labels_created ON labels (created_at);
    `,
  },
  {
    version: 2,
    name: 'retrain_jobs',
    sql: `
      CREATE TABLE retrain_jobs (
        id TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT,
        bundle_dir TEXT NOT NULL,
        label_count INTEGER NOT NULL,
        progress_stage TEXT NOT NULL,
        progress_fraction REAL NOT NULL,
        result TEXT,
        error TEXT
      );
    `,
  },
  {
    version: 3,
    name: 'bundle_activations',
    sql: `
      CREATE TABLE bundle_activations (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        base_dir TEXT NOT NULL,
        dir TEXT NOT NULL,
        job_id TEXT,
        activated_at TEXT NOT NULL,
        rolled_back_at TEXT
      );
      CREATE INDEX bundle_activations_base ON bundle_activations (base_dir, seq);
    `,
  },
];

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** Applies the missing migrations; returns the versions applied now (empty when the schema was current). */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const run = db.transaction((): number[] => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`);
    const applied = new Set(
      (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version)
    );
    const newest = Math.max(0, ...migrations.map((m) => m.version));
    const unknown = [...applied].filter((v) => v > newest);
    if (unknown.length > 0) {
      // A newer release migrated this file; an older binary must not write to a schema it does not know.
      throw new MigrationError(
        `the label database has schema version ${Math.max(...unknown)}, newer than this release knows (${newest}); upgrade the service`
      );
    }
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    const done: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (!applied.has(m.version)) {
        db.exec(m.sql);
        record.run(m.version, m.name, new Date().toISOString());
        done.push(m.version);
      }
    }
    if (done.length > 0) {
      db.pragma(`user_version = ${newest}`);
    }
    return done;
  });
  return run.immediate();
}

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, MigrationError, migrate } from './migrations';
import { tsRequireHookSource } from '../service/pool/spawn';
import { LabelRecordSchema, type LabelInput } from './schemas';
import { IdempotencyConflictError, LabelStore } from './store';

const ctx = { user: 'alice', source: 'grafana' as const };

describe('LabelStore', () => {
  let dir: string;
  const open: LabelStore[] = [];
  const openStore = (file = join(dir, 'labels.sqlite'), options = {}) => {
    const store = LabelStore.open(file, options);
    open.push(store);
    return store;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'al-labels-'));
  });
  afterEach(() => {
    open.splice(0).forEach((s) => s.close());
    rmSync(dir, { recursive: true, force: true });
  });

  describe('migrations', () => {
    it('creates the schema with WAL, synchronous=FULL and every migration recorded once', () => {
      const store = openStore(join(dir, 'nested', 'dir', 'labels.sqlite'));
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      // 2 = FULL
      expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
      expect(store.db.pragma('busy_timeout', { simple: true })).toBe(10_000);
      expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      const rows = store.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
      expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    });

    it('is idempotent: reopening applies nothing and keeps the data', () => {
      const file = join(dir, 'labels.sqlite');
      const first = openStore(file);
      const { ids } = first.add([{ line: 'disk full', verdict: 'anomaly' }], ctx);
      first.close();
      const second = openStore(file);
      expect(migrate(second.db)).toEqual([]);
      expect(second.db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({
        n: MIGRATIONS.length,
      });
      expect(second.get(ids[0]!)?.line).toBe('disk full');
    });

    it('applies only the missing migrations of an older file, in one transaction', () => {
      const db = new Database(join(dir, 'old.sqlite'));
      expect(migrate(db, MIGRATIONS.slice(0, 1))).toEqual([1]);
      expect(migrate(db)).toEqual(MIGRATIONS.slice(1).map((m) => m.version));
      // A failing migration leaves neither its tables nor its version behind.
      const broken = [...MIGRATIONS, { version: 99, name: 'broken', sql: 'CREATE TABLE t (x); SELECT nonsense(' }];
      expect(() => migrate(db, broken)).toThrow();
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 't'").get()).toBeUndefined();
      expect(db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toEqual({ v: MIGRATIONS.length });
      db.close();
    });

    it('names the file when it cannot be opened or is from a newer release', () => {
      const notADir = join(dir, 'plain');
      writeFileSync(notADir, 'x');
      expect(() => LabelStore.open(join(notADir, 'labels.sqlite'))).toThrow(
        `label database ${notADir}/labels.sqlite: `
      );
      const newer = join(dir, 'newer.sqlite');
      const db = new Database(newer);
      migrate(db, [...MIGRATIONS, { version: 99, name: 'future', sql: 'SELECT 1' }]);
      db.close();
      expect(() => LabelStore.open(newer)).toThrow(`label database ${newer}: the label database has schema version 99`);
    });

    it('refuses a file migrated by a newer release', () => {
      const db = new Database(join(dir, 'new.sqlite'));
      migrate(db, [...MIGRATIONS, { version: 7, name: 'future', sql: 'CREATE TABLE future (x)' }]);
      expect(() => migrate(db)).toThrow(MigrationError);
      expect(() => migrate(db)).toThrow(
        `schema version 7, newer than this release knows (${MIGRATIONS.length}); upgrade the service`
      );
      db.close();
    });
  });

  describe('writes', () => {
    it('stores every field and reads it back as a valid record', () => {
      const now = new Date('2026-03-01T10:00:00.000Z');
      const store = openStore(undefined, { now: () => now });
      const input: LabelInput = {
        line: 'kernel: EXT4-fs error on sda1',
        templateId: 't-1',
        template: 'kernel: EXT4-fs error on <*>',
        verdict: 'anomaly',
        domain: 'filesystem',
        timestamp: '1767261600000000000',
        labels: { job: 'node', host: 'a' },
        idempotencyKey: 'k-1',
      };
      const { ids, created, duplicates } = store.add([input], ctx);
      expect([created, duplicates]).toEqual([1, 0]);
      const record = store.get(ids[0]!)!;
      expect(LabelRecordSchema.parse(record)).toEqual(record);
      expect(record).toEqual({ ...input, id: ids[0], user: 'alice', source: 'grafana', createdAt: now.toISOString() });
    });

    it('omits absent optional fields', () => {
      const store = openStore();
      const { ids } = store.add([{ line: 'x', domain: 'network' }], ctx);
      expect(store.get(ids[0]!)).toEqual({
        id: ids[0],
        line: 'x',
        domain: 'network',
        user: 'alice',
        source: 'grafana',
        createdAt: expect.any(String),
      });
    });

    it('an idempotency key returns the first id on a retry, within and across batches', () => {
      const store = openStore();
      const label: LabelInput = { line: 'oom', verdict: 'anomaly', idempotencyKey: 'retry-1' };
      const first = store.add([label, label], ctx);
      expect(first.ids[0]).toBe(first.ids[1]);
      expect([first.created, first.duplicates]).toEqual([1, 1]);
      const retry = store.add([label], ctx);
      expect(retry).toEqual({ ids: [first.ids[0]], created: 0, duplicates: 1 });
      expect(store.count()).toBe(1);
    });

    it('a key reused for a different label is an error and rolls back the whole batch', () => {
      const store = openStore();
      store.add([{ line: 'oom', verdict: 'anomaly', idempotencyKey: 'k' }], ctx);
      const attempt = () =>
        store.add(
          [
            { line: 'fresh', verdict: 'normal' },
            { line: 'oom', verdict: 'normal', idempotencyKey: 'k' },
          ],
          ctx
        );
      expect(attempt).toThrow(IdempotencyConflictError);
      expect(store.count()).toBe(1);
    });

    it('rejects a label with neither verdict nor domain at the database level too', () => {
      const store = openStore();
      expect(() =>
        store.insertRecords([
          { id: 'a', line: 'x', user: 'u', createdAt: new Date().toISOString(), source: 'cli' } as never,
        ])
      ).toThrow(/CHECK constraint failed/);
    });
  });

  describe('queries', () => {
    let store: LabelStore;
    let clock: number;
    beforeEach(() => {
      clock = Date.parse('2026-01-01T00:00:00Z');
      store = openStore(undefined, { now: () => new Date((clock += 60_000)) });
      for (let i = 0; i < 25; i++) {
        store.add(
          [
            {
              line: `line ${i}`,
              templateId: `t${i % 3}`,
              template: `template ${i % 3}`,
              verdict: i % 2 === 0 ? 'anomaly' : 'normal',
              domain: i % 5 === 0 ? 'memory' : undefined,
            },
          ],
          { user: i < 10 ? 'alice' : 'bob', source: 'grafana' }
        );
      }
    });

    it('pages newest first with a cursor, covering every label exactly once', () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = store.list({ limit: 10, cursor });
        expect(page.total).toBe(25);
        seen.push(...page.labels.map((l) => l.line));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `line ${24 - i}`));
    });

    it('a cursor page is stable while new labels arrive', () => {
      const first = store.list({ limit: 5 });
      store.add([{ line: 'newer', verdict: 'normal' }], ctx);
      const second = store.list({ limit: 5, cursor: first.nextCursor! });
      expect(second.labels[0]!.line).toBe('line 19');
    });

    it('pages by offset', () => {
      expect(store.list({ limit: 3, offset: 22 }).labels.map((l) => l.line)).toEqual(['line 2', 'line 1', 'line 0']);
      expect(store.list({ limit: 3, offset: 22 }).nextCursor).toBeNull();
    });

    it('filters by template, verdict, domain, user and since, combined', () => {
      expect(store.count({ templateId: 't0' })).toBe(9);
      expect(store.count({ verdict: 'anomaly' })).toBe(13);
      expect(store.count({ domain: 'memory' })).toBe(5);
      expect(store.count({ user: 'bob' })).toBe(15);
      // Label i was created at 00:(i+1):00.
      expect(store.count({ since: '2026-01-01T00:20:00.000Z' })).toBe(6);
      const page = store.list({ limit: 100, templateId: 't0', verdict: 'anomaly', user: 'bob' });
      expect(page.labels.map((l) => l.line)).toEqual(['line 24', 'line 18', 'line 12']);
      expect(page.total).toBe(3);
    });

    it('counts per template (fewest first), verdict and domain; `below` keeps templates under K labels', () => {
      store.add([{ line: 'no template', domain: 'auth' }], ctx);
      const stats = store.stats();
      expect(stats.total).toBe(26);
      expect(stats.verdicts).toEqual({ anomaly: 13, normal: 12, none: 1 });
      expect(stats.domains).toEqual({ auth: 1, memory: 5 });
      expect(stats.withoutTemplate).toBe(1);
      expect(stats.templates).toEqual([
        { templateId: 't1', template: 'template 1', count: 8, anomaly: 4, normal: 4 },
        { templateId: 't2', template: 'template 2', count: 8, anomaly: 4, normal: 4 },
        { templateId: 't0', template: 'template 0', count: 9, anomaly: 5, normal: 4 },
      ]);
      const below = store.stats({ below: 9, limit: 1, offset: 1 });
      expect(below.templates.map((t) => t.templateId)).toEqual(['t2']);
      expect(below.templateCount).toBe(2);
    });

    it('reads in chunks oldest first without holding a statement open between them', () => {
      const chunks = store.chunks({ user: 'bob' }, 4);
      const first = chunks.next().value as Array<{ line: string }>;
      // A write between two chunks (the export case) must not fail with "connection is busy".
      store.add([{ line: 'during export', verdict: 'normal' }], { user: 'bob', source: 'cli' });
      const rest = [...chunks].flat();
      expect([...first, ...rest].map((l) => l.line)).toEqual([
        ...Array.from({ length: 15 }, (_, i) => `line ${i + 10}`),
        'during export',
      ]);
    });
  });

  it('two connections write concurrently without SQLITE_BUSY or lost rows', async () => {
    const file = join(dir, 'shared.sqlite');
    openStore(file).close();
    // A second process writes while this one does: both wait on the lock (busy_timeout) instead of failing.
    const script = `
      const { LabelStore } = require(${JSON.stringify(join(__dirname, 'store.ts'))});
      const store = LabelStore.open(${JSON.stringify(file)});
      process.stdout.write('ready\\n');
      // Paced like a service taking clicks (2 ms apart): a writer in a tight loop may starve the other one
      // until its busy_timeout, since SQLite's locks are not fair.
      const pause = new Int32Array(new SharedArrayBuffer(4));
      for (let i = 0; i < 100; i++) {
        store.add([{ line: 'child ' + i, verdict: 'normal' }], { user: 'child', source: 'cli' });
        Atomics.wait(pause, 0, 0, 2);
      }
      store.close();
    `;
    const child = spawn(process.execPath, ['-e', `${tsRequireHookSource(require.resolve('@swc/core'))}\n${script}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Start writing here only once the child is about to write, so the two really overlap.
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve());
      child.once('exit', () => reject(new Error(`child exited before writing: ${stderr}`)));
    });

    const a = openStore(file);
    const b = openStore(file);
    let running = true;
    void exited.then(() => (running = false));
    // Keep writing from both connections for as long as the child writes, so the three really overlap.
    let written = 0;
    while (running || written < 100) {
      a.add([{ line: `a ${written}`, verdict: 'anomaly' }], { user: 'a', source: 'cli' });
      b.add([{ line: `b ${written}`, domain: 'kernel' }], { user: 'b', source: 'cli' });
      written++;
      // Leave the lock free for a moment, as a service between requests does (see the child's pacing).
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    expect(a.count({ user: 'a' })).toBe(written);
    expect(a.count({ user: 'b' })).toBe(written);
    expect(b.count({ user: 'child' })).toBe(100);
    // The child wrote while this process did: its rows sit between ours, not all before or after them.
    const order = a.all().map((l) => l.user);
    expect(order.indexOf('child')).toBeLessThan(order.lastIndexOf('a'));
    expect(order.lastIndexOf('child')).toBeGreaterThan(order.indexOf('a'));
    expect(new Set(a.all().map((l) => l.id)).size).toBe(2 * written + 100);
  });
});

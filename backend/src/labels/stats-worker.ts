/** Worker-thread entry of StatsReader: the label stats query on its own read-only connection. */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { queryStats, type StatsOptions } from './store';

const db = new Database((workerData as { file: string }).file, { readonly: true, fileMustExist: true });
// Blocking here blocks only this thread; a writer's lock rarely stops a WAL reader anyway.
db.pragma('busy_timeout = 5000');

parentPort!.on('message', (m: { id: number; options: StatsOptions }) => {
  try {
    parentPort!.postMessage({ id: m.id, stats: queryStats(db, m.options) });
  } catch (err) {
    parentPort!.postMessage({
      id: m.id,
      error: { message: (err as Error).message, code: (err as { code?: unknown }).code },
    });
  }
});

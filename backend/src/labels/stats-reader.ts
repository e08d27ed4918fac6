/**
 * Label stats computed on a worker thread (stats-worker.ts), cached by (query, label version), with concurrent
 * callers of the same query sharing one computation. See LabelStore.statsOffThread for why.
 */
import type { Worker } from 'node:worker_threads';
import { siblingModule, spawnWorker } from '../service/pool/spawn';
import type { LabelStats } from './schemas';
import type { StatsOptions } from './store';

const WORKER_ENTRY = siblingModule(__dirname, 'stats-worker');
/** Distinct queries kept (each a page of at most 1,000 templates). */
const CACHE_ENTRIES = 16;

export class StatsReader {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(s: LabelStats): void; reject(e: Error): void }>();
  private readonly cache = new Map<string, { version: number; stats: Promise<LabelStats> }>();

  constructor(private readonly file: string) {}

  stats(options: StatsOptions, version: number): Promise<LabelStats> {
    const key = JSON.stringify([options.below ?? null, options.limit, options.offset]);
    const hit = this.cache.get(key);
    if (hit && hit.version === version) {
      return hit.stats;
    }
    const stats = this.query(options);
    this.cache.delete(key);
    this.cache.set(key, { version, stats });
    if (this.cache.size > CACHE_ENTRIES) {
      this.cache.delete(this.cache.keys().next().value!);
    }
    // A failed computation is not cached: the next call tries again.
    stats.catch(() => {
      if (this.cache.get(key)?.stats === stats) {
        this.cache.delete(key);
      }
    });
    return stats;
  }

  close(): void {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    for (const { reject } of this.pending.values()) {
      reject(new Error('the label store is closed'));
    }
    this.pending.clear();
    this.cache.clear();
  }

  private query(options: StatsOptions): Promise<LabelStats> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<LabelStats>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, options });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) {
      return this.worker;
    }
    const worker = spawnWorker(WORKER_ENTRY, { file: this.file });
    // An idle stats worker must not keep the process alive.
    worker.unref();
    worker.on('message', (m: { id: number; stats?: LabelStats; error?: { message: string; code?: unknown } }) => {
      const waiter = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (!waiter) {
        return;
      }
      if (m.error) {
        waiter.reject(Object.assign(new Error(m.error.message), { code: m.error.code }));
      } else {
        waiter.resolve(m.stats!);
      }
    });
    const fail = (err: Error) => {
      if (this.worker === worker) {
        this.worker = null;
      }
      for (const { reject } of this.pending.values()) {
        reject(err);
      }
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the label stats worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }
}

/**
 * A fixed-size pool of inference workers, one detector (ONNX session) each. Hand-written rather than piscina:
 * batching happens in front of the pool (MicroBatcher), and the pool's job is narrow but must be exact —
 * start every worker and wait for its warm-up before reporting ready, fail the in-flight batch of a worker that
 * dies with a 503, replace that worker (counted) with back-off, and never leave a promise pending.
 */
import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import type { CombineMode, LineResult, LogLineInput, ModelInfo } from '../../contract';
import { UnavailableError, WorkerCrashedError } from '../errors';
import { unpackResults } from '../../engine/packed-results';
import { packLines } from './packed';
import type { FromWorker, ToWorker, WorkerInit } from './protocol';
import { siblingModule, spawnWorker } from './spawn';
import { exponentialDelayMs } from '../../util/backoff';

export interface PoolLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface WorkerPoolOptions {
  bundleDir: string;
  device: WorkerInit['device'];
  size: number;
  logger: PoolLogger;
  /** Module exporting `loadDetector`; defaults to the engine's detector. Tests point it at fixtures. */
  detectorModule?: string;
  /** Time allowed for a worker to load and warm up. */
  startupTimeoutMs?: number;
  /**
   * A batch running longer than this is taken for a hung worker (e.g. a native call that never returns): the
   * worker is terminated and replaced like a crashed one. By then every request in the batch has timed out.
   */
  hungBatchMs?: number;
  /** Passed to each worker's detector (WorkerInit.maxLineLength). */
  maxLineLength?: number;
  /** Called when a crashed worker is replaced. */
  onRestart?(reason: string): void;
}

interface Slot {
  index: number;
  worker: Worker;
  ready: boolean;
  /** The batch this worker is running, if any (a worker runs one batch at a time). */
  job: {
    id: number;
    /** The batch's inputs, whose ids the results echo. */
    lines: readonly LogLineInput[];
    resolve(r: LineResult[]): void;
    reject(e: Error): void;
    watchdog?: NodeJS.Timeout;
  } | null;
  /** Set when the pool itself terminates the worker, so its exit is not taken for a crash. */
  retiring: boolean;
}

export const DEFAULT_DETECTOR_MODULE = siblingModule(`${__dirname}/../../engine`, 'detector');
const WORKER_ENTRY = siblingModule(__dirname, 'worker');
const MAX_RESTART_DELAY_MS = 30_000;
/**
 * A worker allocates fast and briefly (a batch's lines, features and results); V8 otherwise grows each worker's
 * young generation to tens of MB at full load. Capped at 8 MB the service's peak RSS under load fell from
 * 399–414 MB to 355–385 MB with the same throughput (bench/serve).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 } as const;

export class WorkerPool extends EventEmitter {
  private readonly slots: Slot[] = [];
  private nextJobId = 1;
  private closed = false;
  private consecutiveFailures = 0;
  private restartTimers = new Set<NodeJS.Timeout>();
  private modelInfo: ModelInfo | null = null;
  private modelDevice: 'cpu' | 'cuda' = 'cpu';

  private constructor(private readonly options: WorkerPoolOptions) {
    super();
  }

  /** Starts every worker and resolves once all are loaded and warmed up; rejects (cleaning up) if any fails. */
  static async start(options: WorkerPoolOptions): Promise<WorkerPool> {
    const pool = new WorkerPool(options);
    try {
      await Promise.all(Array.from({ length: options.size }, (_, i) => pool.startSlot(i)));
    } catch (err) {
      await pool.close();
      throw err;
    }
    return pool;
  }

  get info(): ModelInfo {
    if (!this.modelInfo) {
      throw new UnavailableError('the worker pool has not started');
    }
    return this.modelInfo;
  }

  get device(): 'cpu' | 'cuda' {
    return this.modelDevice;
  }

  /** Workers able to take a batch now or when their current one finishes. */
  readyCount(): number {
    return this.slots.filter((s) => s.ready).length;
  }

  /** Runs one batch on an idle ready worker; the batcher never asks for more than `readyCount()` at once. */
  run(lines: LogLineInput[], combine: CombineMode | undefined): Promise<LineResult[]> {
    const slot = this.slots.find((s) => s.ready && s.job === null);
    if (this.closed || !slot) {
      return Promise.reject(
        new UnavailableError(this.closed ? 'the worker pool is closed' : 'no idle inference worker')
      );
    }
    const id = this.nextJobId++;
    return new Promise((resolve, reject) => {
      const hungBatchMs = this.options.hungBatchMs;
      const watchdog =
        hungBatchMs === undefined
          ? undefined
          : setTimeout(() => {
              if (slot.job?.id === id && !slot.retiring) {
                this.onCrash(slot, `worker ${slot.index} ran one batch for more than ${hungBatchMs} ms`);
                void slot.worker.terminate();
              }
            }, hungBatchMs).unref();
      slot.job = { id, lines, resolve, reject, watchdog };
      const packed = packLines(lines);
      const message: ToWorker = combine
        ? { type: 'score', id, lines: packed, combine }
        : { type: 'score', id, lines: packed };
      slot.worker.postMessage(message, [packed.ends.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.restartTimers.forEach(clearTimeout);
    this.restartTimers.clear();
    await Promise.all(
      this.slots.map(async (slot) => {
        slot.retiring = true;
        slot.ready = false;
        slot.job?.reject(new UnavailableError('the worker pool is closing'));
        slot.job = null;
        await slot.worker.terminate();
      })
    );
  }

  private startSlot(index: number): Promise<void> {
    const { bundleDir, device, detectorModule = DEFAULT_DETECTOR_MODULE, startupTimeoutMs = 120_000 } = this.options;
    const init: WorkerInit = {
      detectorModule,
      bundleDir,
      device,
      intraOpThreads: 1,
      maxLineLength: this.options.maxLineLength,
    };
    const worker = spawnWorker(WORKER_ENTRY, init, WORKER_LIMITS);
    const slot: Slot = { index, worker, ready: false, job: null, retiring: false };
    this.slots[index] = slot;

    return new Promise<void>((resolve, reject) => {
      let started = false;
      const startTimer = setTimeout(() => {
        fail(new Error(`worker ${index} did not load and warm up within ${startupTimeoutMs} ms`));
      }, startupTimeoutMs);
      const fail = (err: Error) => {
        clearTimeout(startTimer);
        if (!started) {
          started = true;
          slot.retiring = true;
          void worker.terminate();
          reject(err);
        }
      };

      worker.on('message', (message: FromWorker) => {
        switch (message.type) {
          case 'ready':
            clearTimeout(startTimer);
            started = true;
            slot.ready = !this.closed;
            this.modelInfo = message.info;
            this.modelDevice = message.device;
            this.consecutiveFailures = 0;
            this.options.logger.debug(
              { worker: index, warmupMs: Math.round(message.warmupMs) },
              'inference worker ready'
            );
            this.emit('ready', index);
            resolve();
            break;
          case 'init_error':
            fail(new Error(message.message));
            break;
          case 'result':
          case 'error': {
            const job = slot.job;
            if (job && job.id === message.id) {
              clearTimeout(job.watchdog);
              slot.job = null;
              if (message.type === 'result') {
                job.resolve(unpackResults(message.results, job.lines));
              } else {
                job.reject(new Error(message.message));
              }
              this.emit('idle', index);
            }
            break;
          }
          case 'log':
            this.options.logger[message.level]({ worker: index, ...message.fields }, message.msg);
            break;
        }
      });
      worker.on('error', (err) => {
        // An uncaught exception in the worker; 'exit' follows and does the bookkeeping.
        this.options.logger.error(
          { worker: index, err: { message: err.message, stack: err.stack } },
          'inference worker threw'
        );
        if (!started) {
          fail(err);
        }
      });
      worker.on('exit', (code) => {
        if (!started) {
          fail(new Error(`worker ${index} exited with code ${code} while loading the model`));
          return;
        }
        if (slot.retiring || this.closed) {
          return;
        }
        this.onCrash(slot, `worker ${index} exited with code ${code}`);
      });
    });
  }

  private onCrash(slot: Slot, reason: string): void {
    slot.ready = false;
    slot.retiring = true;
    const job = slot.job;
    slot.job = null;
    clearTimeout(job?.watchdog);
    job?.reject(new WorkerCrashedError(reason));
    this.emit('crash', slot.index);
    this.options.logger.error({ worker: slot.index, reason }, 'inference worker crashed; replacing it');
    this.scheduleRestart(slot.index, reason);
  }

  private scheduleRestart(index: number, reason: string): void {
    // Immediate on a first crash; exponential back-off while replacements keep failing (e.g. bundle deleted).
    const delay =
      this.consecutiveFailures === 0 ? 0 : exponentialDelayMs(250, this.consecutiveFailures, MAX_RESTART_DELAY_MS);
    const timer = setTimeout(() => {
      this.restartTimers.delete(timer);
      if (this.closed) {
        return;
      }
      this.options.onRestart?.(reason);
      this.startSlot(index).catch((err: Error) => {
        this.consecutiveFailures++;
        this.options.logger.error(
          { worker: index, err: { message: err.message } },
          'replacement worker failed to start'
        );
        this.scheduleRestart(index, err.message);
      });
    }, delay);
    this.restartTimers.add(timer);
  }
}

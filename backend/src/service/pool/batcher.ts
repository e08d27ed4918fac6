/**
 * Micro-batching across concurrent requests. Requests queue their lines; a batch is cut when enough lines are
 * waiting or the oldest has waited `maxDelayMs`, and a worker is free. One batch may hold parts of several
 * requests and one request may span several batches; results go back by position, so order is preserved.
 *
 * Pure scheduling: the batch runner and the number of usable workers are injected, which keeps this testable
 * without threads. Failure of a batch fails exactly the requests it carried; nothing is left pending.
 */
import type { CombineMode, LineResult, LogLineInput } from '../../contract';
import { HttpError, OverloadedError, TimeoutError, UnavailableError } from '../errors';

export interface BatcherOptions {
  /** Upper bound of lines in one batch. */
  maxBatchLines: number;
  /** Lower bound when a queue is split over several idle workers (ORT reaches near-peak throughput at ~64). */
  minSplitLines: number;
  /** Longest time the first queued line waits for company before a partial batch is cut. */
  maxDelayMs: number;
  /** Lines allowed to wait (not yet dispatched); beyond it requests are refused with 429. */
  maxQueueLines: number;
  /** Per-request deadline from submission to the last result; beyond it the request fails with 504. */
  timeoutMs: number;
  retryAfterSeconds: number;
}

/** Runs one batch; resolves to fresh result objects, which the batcher renumbers in place. */
export type BatchRunner = (lines: LogLineInput[], combine: CombineMode | undefined) => Promise<LineResult[]>;

export interface BatcherHooks {
  onBatch?(lines: number): void;
  onQueueChange?(queuedLines: number): void;
}

interface Pending {
  lines: LogLineInput[];
  combine: CombineMode | undefined;
  /** Next line index not yet handed to a batch. */
  next: number;
  outstanding: number;
  results: LineResult[];
  done: boolean;
  timer: NodeJS.Timeout;
  resolve(results: LineResult[]): void;
  reject(err: Error): void;
}

interface Segment {
  request: Pending;
  start: number;
  count: number;
}

export class MicroBatcher {
  private readonly queue: Pending[] = [];
  private queuedLines = 0;
  private inFlight = 0;
  private delayTimer: NodeJS.Timeout | null = null;
  private closedReason: string | null = null;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly options: BatcherOptions,
    private readonly run: BatchRunner,
    /** How many batches may run at once right now (ready workers). */
    private readonly capacity: () => number,
    private readonly hooks: BatcherHooks = {}
  ) {}

  get queued(): number {
    return this.queuedLines;
  }

  get running(): number {
    return this.inFlight;
  }

  submit(lines: LogLineInput[], combine?: CombineMode): Promise<LineResult[]> {
    if (this.closedReason !== null) {
      return Promise.reject(new UnavailableError(this.closedReason));
    }
    if (lines.length === 0) {
      return Promise.resolve([]);
    }
    if (this.queuedLines + lines.length > this.options.maxQueueLines) {
      return Promise.reject(
        new OverloadedError(this.queuedLines, lines.length, this.options.maxQueueLines, this.options.retryAfterSeconds)
      );
    }
    return new Promise<LineResult[]>((resolve, reject) => {
      const request: Pending = {
        lines,
        combine,
        next: 0,
        outstanding: lines.length,
        results: new Array<LineResult>(lines.length),
        done: false,
        // Unref'd: a pending deadline alone must not keep a shutting-down process alive.
        timer: setTimeout(
          () => this.fail(request, new TimeoutError(this.options.timeoutMs)),
          this.options.timeoutMs
        ).unref(),
        resolve,
        reject,
      };
      this.queue.push(request);
      this.setQueued(this.queuedLines + lines.length);
      if (this.queuedLines >= this.options.maxBatchLines || this.options.maxDelayMs === 0) {
        this.pump();
      } else {
        this.armDelay();
      }
    });
  }

  /** Cuts and starts batches while workers are free; called on arrival, completion and when a worker is ready. */
  pump(): void {
    if (this.delayTimer) {
      clearTimeout(this.delayTimer);
      this.delayTimer = null;
    }
    while (this.queuedLines > 0 && this.inFlight < this.capacity()) {
      const free = this.capacity() - this.inFlight;
      // Spread a backlog over the free workers, so one large request at low load uses every core.
      const target = Math.min(
        this.options.maxBatchLines,
        Math.max(this.options.minSplitLines, Math.ceil(this.queuedLines / free))
      );
      this.startBatch(this.cutBatch(target));
    }
    this.notifyIdle();
  }

  /** Refuses new work and fails everything still queued; in-flight batches finish normally. */
  close(reason: string): void {
    this.closedReason = reason;
    for (const request of [...this.queue]) {
      this.fail(request, new UnavailableError(reason));
    }
  }

  /** Resolves once nothing is queued or running (graceful shutdown, draining an old model after a swap). */
  whenIdle(): Promise<void> {
    if (this.queue.length === 0 && this.inFlight === 0) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private armDelay(): void {
    if (!this.delayTimer) {
      this.delayTimer = setTimeout(() => {
        this.delayTimer = null;
        this.pump();
      }, this.options.maxDelayMs);
    }
  }

  /** Takes up to `target` lines from the queue, oldest first, all of one combine mode. */
  private cutBatch(target: number): Segment[] {
    const combine = this.queue[0]!.combine;
    const segments: Segment[] = [];
    let taken = 0;
    for (let i = 0; i < this.queue.length && taken < target;) {
      const request = this.queue[i]!;
      if (request.combine !== combine) {
        i++;
        continue;
      }
      const count = Math.min(target - taken, request.lines.length - request.next);
      segments.push({ request, start: request.next, count });
      request.next += count;
      taken += count;
      if (request.next === request.lines.length) {
        this.queue.splice(i, 1);
      } else {
        i++;
      }
    }
    this.setQueued(this.queuedLines - taken);
    return segments;
  }

  private startBatch(segments: Segment[]): void {
    const lines: LogLineInput[] = [];
    for (const s of segments) {
      for (let i = s.start; i < s.start + s.count; i++) {
        lines.push(s.request.lines[i]!);
      }
    }
    this.inFlight++;
    this.hooks.onBatch?.(lines.length);
    let settled = false;
    const finish = () => {
      if (!settled) {
        settled = true;
        this.inFlight--;
        this.pump();
      }
    };
    this.run(lines, segments[0]!.request.combine).then(
      (results) => {
        if (results.length !== lines.length) {
          const err = new HttpError(
            500,
            'internal',
            `worker returned ${results.length} results for ${lines.length} lines`
          );
          segments.forEach((s) => this.fail(s.request, err));
        } else {
          let offset = 0;
          for (const s of segments) {
            this.deliver(s, results, offset);
            offset += s.count;
          }
        }
        finish();
      },
      (err: unknown) => {
        const error = err instanceof Error ? err : new Error(String(err));
        segments.forEach((s) => this.fail(s.request, error));
        finish();
      }
    );
  }

  private deliver(segment: Segment, results: LineResult[], offset: number): void {
    const request = segment.request;
    if (request.done) {
      return;
    }
    for (let i = 0; i < segment.count; i++) {
      const index = segment.start + i;
      // The runner numbered lines within the batch; renumber within the request. In place, not a copy per line:
      // the runner's result objects are fresh and belong to the batcher.
      const result = results[offset + i]!;
      result.index = index;
      request.results[index] = result;
    }
    request.outstanding -= segment.count;
    if (request.outstanding === 0) {
      request.done = true;
      clearTimeout(request.timer);
      request.resolve(request.results);
    }
  }

  private fail(request: Pending, err: Error): void {
    if (request.done) {
      return;
    }
    request.done = true;
    clearTimeout(request.timer);
    const position = this.queue.indexOf(request);
    if (position >= 0) {
      this.queue.splice(position, 1);
      this.setQueued(this.queuedLines - (request.lines.length - request.next));
    }
    request.reject(err);
    this.notifyIdle();
  }

  private setQueued(lines: number): void {
    this.queuedLines = lines;
    this.hooks.onQueueChange?.(lines);
  }

  private notifyIdle(): void {
    if (this.queue.length === 0 && this.inFlight === 0 && this.idleWaiters.length > 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      waiters.forEach((w) => w());
    }
  }
}

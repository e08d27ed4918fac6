/**
 * Load shedding before a request body is read or parsed. Parsing and validating a 5,000-line body costs the main
 * thread tens of milliseconds; when 429 was decided only after that (the batcher's queue check), a 4× overload
 * spent the main thread on bodies it then refused, and goodput fell from 45-50k to 2-11k lines/s while accepted
 * requests waited 8-20 s in a queue sized in lines, not in time.
 *
 * Decided from the headers alone, in this order:
 * - no ready worker: 503 at once (the request could only wait for its timeout);
 * - more than `maxBodiesInParse` bodies being read and parsed already: 429;
 * - the queue in front of it (queued + reserved lines) plus its estimated lines (Content-Length over the average
 *   bytes per line seen so far) exceeds the room: the lines the pool scores in `targetWaitSeconds` at its measured
 *   rate (never less than one full request, never more than QUEUE_MAX_LINES): 429.
 * Retry-After is the time the pool needs to work off the queue in front, at its measured rate.
 *
 * With `latencyTargetMs`, the wait that sizes the room follows measured latency instead of staying at 1 s: each
 * 1-s window whose slowest accepted request (admission to scored) took longer than the target shrinks it by 30 %
 * (to 0.25 s at least); a window whose slowest stayed under 60 % of the target grows it by 0.1 s (to 2 s at most).
 * The fixed 1 s met accepted p99 <= 2 s in one of two overload runs. Measured against it in one run
 * (bench/fuzz/overload.js --compare-env ADMISSION_LATENCY_TARGET_MS=1500, ENCODER_DIR=off, load average 9-13):
 * goodput 0.62 vs 0.61 of capacity, accepted p99 2.06 s vs 1.77 s: no gain on this machine, so it stays off by
 * default; the latency is not the room's (it is main-thread time per request), see bench/fuzz/README.md.
 */
import { HttpError, UnavailableError } from './errors';

export interface AdmissionOptions {
  maxQueueLines: number;
  maxLinesPerRequest: number;
  /**
   * The queue wait admission aims for; default 1 s (the overload bench, then bench/serve/overload.js: 0.5 s kept p99 lower but goodput at
   * 0.57-0.70 of capacity, 1 s 0.91-0.92).
   */
  targetWaitSeconds?: number;
  /** Bodies read and parsed at once; default 4 (main-thread work that only delays the others beyond that). */
  maxBodiesInParse?: number;
  /**
   * Accepted-request latency (admission to scored) the room aims for; unset or 0: the room stays at
   * `targetWaitSeconds` of the measured rate.
   */
  latencyTargetMs?: number;
  /** Bytes per line assumed before any request was seen; default 100 (a Loki line with its JSON envelope). */
  initialBytesPerLine?: number;
  now?: () => number;
}

export interface QueueState {
  queuedLines: number;
  readyWorkers: number;
}

export interface AdmissionTicket {
  /** The body is parsed: `lines` replace the estimate until `release`. */
  parsed(lines: number): void;
  /** The lines are in the batcher's queue (or the request failed): the reservation ends. Idempotent. */
  release(): void;
  /** When the request was admitted (the `now` clock), for `completed`'s latency. */
  readonly admittedAt: number;
}

/** 429 from admission, with the delay in the body too (Grafana's proxy does not hand headers to the plugin). */
export class ShedError extends HttpError {
  constructor(reason: string, retryAfterSeconds: number, details: Record<string, number>) {
    super(
      429,
      'overloaded',
      `the service is overloaded (${reason}); retry in ${retryAfterSeconds} s`,
      { ...details, retryAfterSeconds },
      { 'Retry-After': String(retryAfterSeconds) }
    );
  }
}

const RATE_WINDOW_MS = 1000;
const MIN_WAIT_SECONDS = 0.25;
const MAX_WAIT_SECONDS = 2;

export class Admission {
  private reservedLines = 0;
  private parsing = 0;
  private bytesPerLine: number;
  /** Lines per second the pool completed in its best recent window (decays while nothing completes). */
  private capacity = 0;
  private windowStart: number;
  private windowLines = 0;
  private readonly now: () => number;
  private targetWait: number;
  private readonly maxParsing: number;
  private windowMaxLatency = 0;

  constructor(private readonly options: AdmissionOptions) {
    this.now = options.now ?? (() => performance.now());
    this.bytesPerLine = options.initialBytesPerLine ?? 100;
    this.targetWait = options.targetWaitSeconds ?? 1;
    this.maxParsing = options.maxBodiesInParse ?? 4;
    this.windowStart = this.now();
  }

  /** Lines the pool finished (a request's results came back); `admittedAt` from its ticket gives its latency. */
  completed(lines: number, admittedAt?: number): void {
    this.roll();
    this.windowLines += lines;
    if (admittedAt !== undefined) {
      this.windowMaxLatency = Math.max(this.windowMaxLatency, this.now() - admittedAt);
    }
  }

  /** The queue wait the room is sized for, in seconds (fixed, or following latency: see the module comment). */
  get waitSeconds(): number {
    this.roll();
    return this.targetWait;
  }

  /** The measured scoring rate in lines/s (0 until a window closed). */
  get rate(): number {
    this.roll();
    return this.capacity;
  }

  retryAfterSeconds(backlogLines: number): number {
    const rate = this.rate;
    if (rate <= 0) {
      return 1;
    }
    return Math.min(60, Math.max(1, Math.ceil(backlogLines / rate)));
  }

  /** Throws 503 or 429 (ShedError), or returns a ticket that reserves the request's estimated lines. */
  admit(contentLength: number | null, state: QueueState | null): AdmissionTicket {
    if (state && state.readyWorkers === 0) {
      throw new UnavailableError('no inference worker is ready (they are restarting); retry shortly');
    }
    const queued = state?.queuedLines ?? 0;
    const backlog = queued + this.reservedLines;
    if (this.parsing >= this.maxParsing) {
      throw new ShedError(`${this.parsing} request bodies are being parsed already`, this.retryAfterSeconds(backlog), {
        queuedLines: queued,
        reservedLines: this.reservedLines,
      });
    }
    const estimate =
      contentLength !== null && contentLength > 0
        ? Math.min(this.options.maxLinesPerRequest, Math.ceil(contentLength / this.bytesPerLine))
        : 1;
    const room = this.room();
    if (backlog > 0 && backlog + estimate > room) {
      throw new ShedError(`${backlog} lines are waiting, room for ${room}`, this.retryAfterSeconds(backlog), {
        queuedLines: queued,
        reservedLines: this.reservedLines,
        estimatedLines: estimate,
        roomLines: room,
      });
    }
    this.parsing++;
    let reserved = estimate;
    this.reservedLines += reserved;
    let parsing = true;
    let released = false;
    return {
      admittedAt: this.now(),
      parsed: (lines) => {
        if (released) {
          return;
        }
        if (parsing) {
          parsing = false;
          this.parsing--;
        }
        if (contentLength !== null && contentLength > 0 && lines > 0) {
          // Slow average: one odd request must not swing the estimate.
          this.bytesPerLine = 0.8 * this.bytesPerLine + 0.2 * (contentLength / lines);
        }
        this.reservedLines += lines - reserved;
        reserved = lines;
      },
      release: () => {
        if (released) {
          return;
        }
        released = true;
        if (parsing) {
          parsing = false;
          this.parsing--;
        }
        this.reservedLines -= reserved;
      },
    };
  }

  private room(): number {
    const byRate = this.capacity > 0 ? Math.floor(this.capacity * this.targetWait) : this.options.maxQueueLines;
    return Math.min(this.options.maxQueueLines, Math.max(this.options.maxLinesPerRequest, byRate));
  }

  private roll(): void {
    const t = this.now();
    const elapsed = t - this.windowStart;
    if (elapsed < RATE_WINDOW_MS) {
      return;
    }
    const rate = (this.windowLines * 1000) / elapsed;
    // The best recent window estimates capacity (a lightly loaded window only shows the offered load); it decays
    // by a fifth per window so a slower model after a reload is learnt within seconds.
    this.capacity = Math.max(rate, this.capacity * 0.8);
    const target = this.options.latencyTargetMs ?? 0;
    if (target > 0 && this.windowMaxLatency > 0) {
      if (this.windowMaxLatency > target) {
        this.targetWait = Math.max(MIN_WAIT_SECONDS, this.targetWait * 0.7);
      } else if (this.windowMaxLatency < 0.6 * target) {
        this.targetWait = Math.min(MAX_WAIT_SECONDS, this.targetWait + 0.1);
      }
    }
    this.windowMaxLatency = 0;
    this.windowStart = t;
    this.windowLines = 0;
  }
}

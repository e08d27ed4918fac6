/**
 * One selector's poll loop: read every new line from Loki, score it, optionally push verdicts back, then commit
 * the checkpoint and only then count the scores in the metrics. Failed polls back off exponentially and retry from
 * the last commit, so a Loki outage only grows the lag.
 */
import type { LineResult, Verdict } from '../contract';
import type { ScoringEngine } from '../engine/types';
import { compareNs, entryKey, msToNs, nsToMs, type LokiClient, type LokiEntry } from '../loki';
import { totalsFromCheckpoint, totalsToList, type Checkpoint, type CheckpointStore, type Totals } from './checkpoint';
import { lineKey, SeenSet } from './seen';
import type { ResolvedSelector } from './config';
import type { WatchErrorKind, WatchMetrics } from './metrics';
import { buildVerdictStreams } from './verdict-stream';
import { equalJitterMs, exponentialDelayMs } from '../util/backoff';
import type { WatchBaselineFeed } from '../baseline';

export interface WatchLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface SelectorWorkerOptions {
  selector: ResolvedSelector;
  client: LokiClient;
  /** Where verdicts are pushed, or null to not push. */
  push: { client: LokiClient; verdicts: readonly Verdict[] } | null;
  engine: ScoringEngine;
  store: CheckpointStore;
  metrics: WatchMetrics;
  logger: WatchLogger;
  pageSize: number;
  batchSize: number;
  maxBackoffMs: number;
  /** The checkpoint is written at most this often within a poll (and at its end). */
  checkpointIntervalMs: number;
  now?: () => number;
  random?: () => number;
  /** Stream baselines: bootstrapped before a page is scored, fed with every scored line after. */
  baseline?: WatchBaselineFeed;
}

export interface CycleReport {
  scored: number;
  /** Position after the cycle (ns). */
  upTo: string;
}

/** A poll in progress: what it has read and scored beyond the committed checkpoint. */
interface CycleState {
  /** The committed position when the poll began (null on a first poll): older lines found now arrived late. */
  startPos: string | null;
  /** Lines older than this are later than the lateness window. */
  windowStart: string;
  /**
   * The end of the last completed re-read of the window (the next one starts `lateness` before it), and what it
   * becomes when this poll completes: its own end if it re-reads.
   */
  recheckFrom: string;
  nextRecheckFrom: string;
  position: string;
  seen: SeenSet;
  legacy: { ts: string; keys: Set<string> } | null;
  totals: Totals;
  late: Checkpoint['late'];
  /** Accounted since the last commit; reflected in the counters and logs when committed. */
  pending: {
    deltas: Map<string, number>;
    lateScored: number;
    dropped: number;
    oldestDropped: string | null;
  };
  lastCommitMs: number;
}

function maxNs(a: string, b: string): string {
  return compareNs(a, b) >= 0 ? a : b;
}

/** `ts` minus `ms` milliseconds, not below 0. */
function backNs(ts: string, ms: number): string {
  const t = BigInt(ts) - BigInt(Math.trunc(ms)) * 1_000_000n;
  return (t > 0n ? t : 0n).toString();
}

/** An error tagged with the stage it happened in, for the `kind` label. */
export class WatchStageError extends Error {
  constructor(
    readonly kind: Exclude<WatchErrorKind, 'retry'>,
    override readonly cause: unknown
  ) {
    super(`${kind} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'WatchStageError';
  }
}

export class SelectorWorker {
  private checkpoint: Checkpoint | null;
  private totals: Totals;
  private readonly startedAtMs: number;
  private lastRecheckMs = -Infinity;
  private stopping = false;
  private wake: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly o: SelectorWorkerOptions) {
    this.now = o.now ?? Date.now;
    this.random = o.random ?? Math.random;
    this.startedAtMs = this.now();
    this.checkpoint = o.store.load(o.selector.name);
    this.totals = totalsFromCheckpoint(this.checkpoint);
    // Counters continue from the committed totals, so they stay exact across restarts.
    for (const t of this.checkpoint?.totals ?? []) {
      o.metrics.linesScored.inc({ selector: o.selector.name, domain: t.domain, verdict: t.verdict }, t.count);
    }
    const late = this.checkpoint?.late;
    if (late) {
      o.metrics.lateLines.inc({ selector: o.selector.name, outcome: 'scored' }, late.scored);
      o.metrics.lateLines.inc({ selector: o.selector.name, outcome: 'dropped' }, late.dropped);
    }
    if (this.checkpoint && this.checkpoint.query !== o.selector.query) {
      o.logger.warn(
        { selector: o.selector.name, previous: this.checkpoint.query, query: o.selector.query },
        'selector query changed since the checkpoint; continuing from the checkpoint position'
      );
    }
  }

  get name(): string {
    return this.o.selector.name;
  }

  /** Epoch ms up to which every line is accounted (the lag metric's reference). */
  accountedUpToMs(): number {
    return this.checkpoint ? nsToMs(this.checkpoint.ts) : this.startedAtMs - this.o.selector.lookbackMs;
  }

  committedTotals(): Checkpoint['totals'] {
    return totalsToList(this.totals);
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
  }

  /**
   * One poll: every line in [checkpoint, now − safetyLag), and once per `lateRecheck` the trailing window before
   * it again (from `lateness` before the end of the previous re-read), skipping what the seen set holds. The
   * re-read catches lines that reached Loki after the poll that covered their timestamp; the seen set scores each
   * of them exactly once. Pages are fetched one ahead of scoring.
   */
  async cycle(): Promise<CycleReport> {
    const { selector } = this.o;
    const end = msToNs(this.now() - selector.safetyLagMs);
    const committed = this.checkpoint;
    const pos = committed?.ts ?? msToNs(this.now() - selector.lookbackMs);
    if (compareNs(pos, end) >= 0) {
      return { scored: 0, upTo: pos };
    }
    // The first poll of a process always re-reads: lines may have arrived while it was down.
    const cycleStartMs = this.now();
    const recheck = cycleStartMs - this.lastRecheckMs >= selector.lateRecheckMs;
    const recheckFrom = committed?.recheckFrom ?? pos;
    const state: CycleState = {
      startPos: committed ? pos : null,
      windowStart: backNs(recheckFrom, selector.latenessMs),
      recheckFrom,
      nextRecheckFrom: recheck ? end : recheckFrom,
      position: pos,
      seen: committed ? new SeenSet(committed.seenFrom, committed.seen) : new SeenSet(pos),
      legacy: committed?.legacy ? { ts: committed.legacy.ts, keys: new Set(committed.legacy.keys) } : null,
      totals: new Map(this.totals),
      late: { ...(committed?.late ?? { scored: 0, dropped: 0 }) },
      pending: { deltas: new Map(), lateScored: 0, dropped: 0, oldestDropped: null },
      lastCommitMs: this.now(),
    };
    const auditStart = backNs(state.windowStart, selector.lateAuditMs);
    const start = committed ? maxNs(state.seen.from, recheck ? auditStart : pos) : pos;
    let scored = 0;
    const pages = this.o.client.queryRangeAll({ query: selector.query, start, end, pageSize: this.o.pageSize });
    let ahead = pages.next();
    while (!this.stopping) {
      let next: IteratorResult<LokiEntry[]>;
      try {
        next = await ahead;
      } catch (err) {
        throw new WatchStageError('query', err);
      }
      if (next.done) {
        // Everything before `end` is accounted: move the position there so idle selectors keep queries short.
        state.position = maxNs(state.position, end);
        if (recheck) {
          // A completed re-read: a line that reaches Loki from now on is at most `lateness` late only if its
          // timestamp is after end − lateness, which is where the next re-read starts.
          state.recheckFrom = end;
          this.lastRecheckMs = cycleStartMs;
        }
        this.commit(state);
        this.o.metrics.lastSuccess.set({ selector: selector.name }, this.now() / 1000);
        break;
      }
      ahead = pages.next();
      // If this page fails, the prefetch is abandoned; its rejection must not go unhandled.
      ahead.catch(() => undefined);
      scored += await this.processPage(next.value, state);
      if (this.now() - state.lastCommitMs >= this.o.checkpointIntervalMs) {
        this.commit(state);
      }
    }
    const { pending } = state;
    if (this.stopping && (state.position !== this.checkpoint?.ts || pending.deltas.size > 0 || pending.dropped > 0)) {
      this.commit(state);
    }
    return { scored, upTo: this.checkpoint?.ts ?? pos };
  }

  /** Scores, pushes and accounts (in `state`, not yet committed) the page's lines the seen set does not hold. */
  private async processPage(entries: LokiEntry[], state: CycleState): Promise<number> {
    const fresh: LokiEntry[] = [];
    for (const e of entries) {
      const key = lineKey(e);
      if (state.seen.has(e.ts, key)) {
        continue;
      }
      if (state.legacy && e.ts === state.legacy.ts && state.legacy.keys.has(entryKey(e))) {
        state.seen.add(e.ts, key);
        continue;
      }
      state.seen.add(e.ts, key);
      if (compareNs(e.ts, state.windowStart) < 0) {
        // Found in the audit band below the window: later than `lateness`, so counted and logged, not scored.
        state.pending.dropped++;
        if (state.pending.oldestDropped === null || compareNs(e.ts, state.pending.oldestDropped) < 0) {
          state.pending.oldestDropped = e.ts;
        }
        continue;
      }
      if (state.startPos !== null && compareNs(e.ts, state.startPos) < 0) {
        state.pending.lateScored++;
      }
      fresh.push(e);
    }
    state.position = maxNs(state.position, entries[entries.length - 1].ts);
    if (fresh.length === 0) {
      return 0;
    }
    try {
      await this.o.baseline?.prepare(fresh);
    } catch (err) {
      throw new WatchStageError('score', err);
    }
    const scored = await this.score(fresh);
    // Counted after scoring: a line is judged against what came before it, then becomes part of the routine.
    // (A page retried after a failure is counted again: at most one page per failure, stated in the README.)
    this.o.baseline?.observe(
      scored.map(({ entry }) => ({ line: entry.line, timestamp: entry.ts, labels: entry.labels })),
      scored.map(({ result }) => result)
    );
    if (this.o.push) {
      const streams = buildVerdictStreams(this.o.selector.name, scored, this.o.push.verdicts);
      if (streams.length > 0) {
        try {
          await this.o.push.client.push(streams);
        } catch (err) {
          throw new WatchStageError('push', err);
        }
      }
    }
    for (const { result } of scored) {
      const key = `${result.domain}|${result.verdict}` as const;
      state.totals.set(key, (state.totals.get(key) ?? 0) + 1);
      state.pending.deltas.set(key, (state.pending.deltas.get(key) ?? 0) + 1);
    }
    return scored.length;
  }

  /** All batches of a page at once, so a worker pool runs them in parallel. */
  private async score(entries: LokiEntry[]): Promise<Array<{ entry: LokiEntry; result: LineResult }>> {
    const batches: LokiEntry[][] = [];
    for (let i = 0; i < entries.length; i += this.o.batchSize) {
      batches.push(entries.slice(i, i + this.o.batchSize));
    }
    let results: LineResult[][];
    try {
      results = await Promise.all(
        batches.map((batch) =>
          this.o.engine.score(batch.map((e) => ({ line: e.line, timestamp: e.ts, labels: e.labels })))
        )
      );
    } catch (err) {
      throw new WatchStageError('score', err);
    }
    const scored: Array<{ entry: LokiEntry; result: LineResult }> = [];
    batches.forEach((batch, b) => {
      if (results[b].length !== batch.length) {
        throw new WatchStageError(
          'score',
          new Error(`engine returned ${results[b].length} results for ${batch.length} lines`)
        );
      }
      batch.forEach((entry, j) => scored.push({ entry, result: results[b][j] }));
    });
    return scored;
  }

  /** Persist first; only a persisted position may be reflected in the in-memory state and the counters. */
  private commit(state: CycleState): void {
    const { selector } = this.o;
    // The next re-read reaches back to `recheckFrom − lateness − lateAudit`, and a poll that stops half-way
    // resumes at its position: the seen set must cover from the lower of the two.
    const horizon = compareNs(state.position, state.nextRecheckFrom) < 0 ? state.position : state.nextRecheckFrom;
    state.seen.prune(backNs(horizon, selector.latenessMs + selector.lateAuditMs));
    const late = {
      scored: state.late.scored + state.pending.lateScored,
      dropped: state.late.dropped + state.pending.dropped,
    };
    const legacy = state.legacy && compareNs(state.legacy.ts, state.seen.from) >= 0 ? state.legacy : null;
    const checkpoint: Checkpoint = {
      version: 2,
      selector: selector.name,
      query: selector.query,
      ts: state.position,
      recheckFrom: state.recheckFrom,
      seenFrom: state.seen.from,
      seen: state.seen.serialize(),
      ...(legacy ? { legacy: { ts: legacy.ts, keys: [...legacy.keys] } } : {}),
      totals: totalsToList(state.totals),
      late,
      updatedAt: new Date(this.now()).toISOString(),
    };
    try {
      this.o.store.save(checkpoint);
    } catch (err) {
      throw new WatchStageError('checkpoint', err);
    }
    this.checkpoint = checkpoint;
    this.totals = new Map(state.totals);
    state.legacy = legacy;
    state.late = late;
    state.lastCommitMs = this.now();
    const { pending } = state;
    for (const [key, count] of pending.deltas) {
      const [domain, verdict] = key.split('|');
      this.o.metrics.linesScored.inc({ selector: selector.name, domain, verdict }, count);
    }
    if (pending.lateScored > 0) {
      this.o.metrics.lateLines.inc({ selector: selector.name, outcome: 'scored' }, pending.lateScored);
      this.o.logger.info(
        { selector: selector.name, late: pending.lateScored, latenessMs: selector.latenessMs },
        'scored lines that reached Loki after their timestamp had been polled'
      );
    }
    if (pending.dropped > 0) {
      this.o.metrics.lateLines.inc({ selector: selector.name, outcome: 'dropped' }, pending.dropped);
      this.o.logger.warn(
        {
          selector: selector.name,
          dropped: pending.dropped,
          oldest: pending.oldestDropped,
          latenessMs: selector.latenessMs,
        },
        'lines reached Loki later than the lateness window allows: counted, not scored (raise lateness to score them)'
      );
    }
    state.pending = { deltas: new Map(), lateScored: 0, dropped: 0, oldestDropped: null };
  }

  private async run(): Promise<void> {
    const name = this.o.selector.name;
    let failures = 0;
    while (!this.stopping) {
      const started = this.now();
      let delay: number;
      try {
        const report = await this.cycle();
        if (failures > 0) {
          this.o.logger.info({ selector: name, scored: report.scored }, 'selector recovered');
        }
        failures = 0;
        delay = Math.max(0, this.o.selector.pollIntervalMs - (this.now() - started));
      } catch (err) {
        failures++;
        const kind = err instanceof WatchStageError ? err.kind : 'query';
        this.o.metrics.errors.inc({ selector: name, kind });
        const cap = exponentialDelayMs(this.o.selector.pollIntervalMs, failures - 1, this.o.maxBackoffMs);
        delay = equalJitterMs(cap, this.random);
        this.o.logger.warn(
          { selector: name, kind, failures, retryInMs: Math.round(delay), err: (err as Error).message },
          'poll failed; will retry from the last checkpoint'
        );
      }
      await this.sleep(delay);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopping) {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

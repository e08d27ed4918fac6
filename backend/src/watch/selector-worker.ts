/**
 * One selector's poll loop: read every new line from Loki, score it, optionally push verdicts back, then commit
 * the checkpoint and only then count the scores in the metrics. Failed polls back off exponentially and retry from
 * the last commit, so a Loki outage only grows the lag.
 */
import type { LineResult, Verdict } from '../contract';
import type { ScoringEngine } from '../engine/types';
import { compareNs, entryKey, msToNs, nsToMs, type LokiClient, type LokiEntry, type ResumePoint } from '../loki';
import { totalsFromCheckpoint, totalsToList, type Checkpoint, type CheckpointStore, type Totals } from './checkpoint';
import type { ResolvedSelector } from './config';
import type { WatchErrorKind, WatchMetrics } from './metrics';
import { buildVerdictStreams } from './verdict-stream';
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

  /** One poll: every line in [checkpoint, now − safetyLag). */
  async cycle(): Promise<CycleReport> {
    const { selector } = this.o;
    const end = msToNs(this.now() - selector.safetyLagMs);
    const from: string | ResumePoint = this.checkpoint
      ? { ts: this.checkpoint.ts, keys: this.checkpoint.keys }
      : msToNs(this.now() - selector.lookbackMs);
    const fromTs = typeof from === 'string' ? from : from.ts;
    if (compareNs(fromTs, end) >= 0) {
      return { scored: 0, upTo: fromTs };
    }
    let scored = 0;
    const pages = this.o.client.queryRangeAll({ query: selector.query, start: from, end, pageSize: this.o.pageSize });
    while (!this.stopping) {
      let next: IteratorResult<LokiEntry[]>;
      try {
        next = await pages.next();
      } catch (err) {
        throw new WatchStageError('query', err);
      }
      if (next.done) {
        // Everything before `end` is accounted: move the position there so idle selectors keep queries short.
        this.commit({ ts: end, keys: [] }, this.totals, []);
        this.o.metrics.lastSuccess.set({ selector: selector.name }, this.now() / 1000);
        break;
      }
      scored += await this.processPage(next.value);
    }
    return { scored, upTo: this.checkpoint?.ts ?? fromTs };
  }

  private async processPage(entries: LokiEntry[]): Promise<number> {
    const scored: Array<{ entry: LokiEntry; result: LineResult }> = [];
    try {
      await this.o.baseline?.prepare(entries);
    } catch (err) {
      throw new WatchStageError('score', err);
    }
    for (let i = 0; i < entries.length; i += this.o.batchSize) {
      const batch = entries.slice(i, i + this.o.batchSize);
      let results: LineResult[];
      const inputs = batch.map((e) => ({ line: e.line, timestamp: e.ts, labels: e.labels }));
      try {
        results = await this.o.engine.score(inputs);
      } catch (err) {
        throw new WatchStageError('score', err);
      }
      if (results.length !== batch.length) {
        throw new WatchStageError(
          'score',
          new Error(`engine returned ${results.length} results for ${batch.length} lines`)
        );
      }
      batch.forEach((entry, j) => scored.push({ entry, result: results[j] }));
      // Counted after scoring: a line is judged against what came before it, then becomes part of the routine.
      // (A page retried after a failure is counted again: at most one page per failure, stated in the README.)
      this.o.baseline?.observe(inputs, results);
    }
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
    const totals: Totals = new Map(this.totals);
    const deltas = new Map<string, { domain: string; verdict: string; count: number }>();
    for (const { result } of scored) {
      const key = `${result.domain}|${result.verdict}` as const;
      totals.set(key, (totals.get(key) ?? 0) + 1);
      const d = deltas.get(key) ?? { domain: result.domain, verdict: result.verdict, count: 0 };
      d.count++;
      deltas.set(key, d);
    }
    const lastTs = entries[entries.length - 1].ts;
    const keys = new Set(this.checkpoint?.ts === lastTs ? this.checkpoint.keys : []);
    for (const e of entries) {
      if (e.ts === lastTs) {
        keys.add(entryKey(e));
      }
    }
    this.commit({ ts: lastTs, keys: [...keys] }, totals, [...deltas.values()]);
    return scored.length;
  }

  /** Persist first; only a persisted position may be reflected in the in-memory state and the counters. */
  private commit(
    position: { ts: string; keys: string[] },
    totals: Totals,
    deltas: Array<{ domain: string; verdict: string; count: number }>
  ): void {
    const checkpoint: Checkpoint = {
      version: 1,
      selector: this.o.selector.name,
      query: this.o.selector.query,
      ts: position.ts,
      keys: position.keys,
      totals: totalsToList(totals),
      updatedAt: new Date(this.now()).toISOString(),
    };
    try {
      this.o.store.save(checkpoint);
    } catch (err) {
      throw new WatchStageError('checkpoint', err);
    }
    this.checkpoint = checkpoint;
    this.totals = totals;
    for (const d of deltas) {
      this.o.metrics.linesScored.inc({ selector: this.o.selector.name, domain: d.domain, verdict: d.verdict }, d.count);
    }
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
        const cap = Math.min(this.o.maxBackoffMs, this.o.selector.pollIntervalMs * 2 ** (failures - 1));
        delay = cap / 2 + (this.random() * cap) / 2;
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

/**
 * Background retraining against an injected `Retrainer`: this module owns the job lifecycle (one job at a time,
 * states, progress, cancellation, a row per job in SQLite) and the swap of an accepted candidate; how a bundle is
 * trained, certified and evaluated is the Retrainer's business.
 *
 * States: queued -> running -> succeeded (accepted and now serving) | rejected (the Retrainer judged the candidate
 * invalid or worse than the current bundle, so nothing changes) | failed (an error, an aborted job, or a candidate
 * that would not load).
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { LabelRecord, LabelFilter, RetrainJob, RollbackResponse } from './schemas';
import type { LabelStore } from './store';

export interface RetrainProgress {
  stage: string;
  /** 0..1 */
  fraction: number;
}

export interface RetrainInput {
  bundleDir: string;
  labels: LabelRecord[];
  onProgress(p: RetrainProgress): void;
  signal: AbortSignal;
}

export interface RetrainOutput {
  candidateDir: string;
  /** True when the candidate is valid and not worse than the current bundle on its held-out set. */
  accepted: boolean;
  reason: string;
  metrics: { before: Record<string, number>; after: Record<string, number> };
}

export type Retrainer = (input: RetrainInput) => Promise<RetrainOutput>;

/** Which bundle serves, and how to serve another one (the service's model reload, pointed at a directory). */
export interface BundleSwitch {
  current(): string;
  /** Loads `dir` completely and swaps it in; rejects, leaving the current bundle serving, if it fails to load. */
  activate(dir: string): Promise<unknown>;
}

export class RetrainBusyError extends Error {
  constructor(readonly job: RetrainJob) {
    super(`retrain job ${job.id} is still ${job.state}; wait for it to finish`);
    this.name = 'RetrainBusyError';
  }
}

export class NoRollbackError extends Error {
  constructor() {
    super('there is no previous bundle to roll back to: no retrained bundle is serving');
    this.name = 'NoRollbackError';
  }
}

export interface RetrainJobManagerOptions {
  store: LabelStore;
  retrainer: Retrainer;
  bundles: BundleSwitch;
  /**
   * The configured bundle (MODEL_DIR) that retrained bundles stack on; the swaps and rollbacks are recorded in
   * the store under it. Default: `bundles.current()` when the manager is created.
   */
  baseBundleDir?: string;
  logger?: {
    info(obj: object, msg: string): void;
    error(obj: object, msg: string): void;
  };
  now?: () => Date;
  /** Minimum interval between progress writes to SQLite (memory is always current); default 1 s. */
  persistProgressMs?: number;
  /**
   * Candidate bundles (`candidate-*` beside each new one) kept after a job: the newest N, plus every one that
   * serves or is a rollback target. Default 5 (8 retrains left 57 MB of candidates that nothing would delete).
   */
  keepCandidates?: number;
  /** Labels a retrain uses per (template, verdict, domain), newest first; default MAX_LABELS_PER_GROUP. */
  maxLabelsPerGroup?: number;
  /** Labels a retrain uses at most, newest first; default MAX_RETRAIN_LABELS. */
  maxLabels?: number;
}

/**
 * Retrain memory grew with the label count (+930 MB at 200,000 labels: every record on the main thread, then
 * cloned into the worker). A template's 201st label with the same verdict teaches the model nothing the first
 * 200 did not, so a retrain takes the newest 200 per (template or line, verdict, domain) and 50,000 in all; the
 * job's result says how many it used of how many.
 */
export const MAX_LABELS_PER_GROUP = 200;
export const MAX_RETRAIN_LABELS = 50_000;

/** The newest `perGroup` labels of each group and `total` overall, read chunk by chunk (yielding between chunks). */
export async function boundedLabels(
  store: LabelStore,
  filter: LabelFilter,
  perGroup: number,
  total: number
): Promise<{ labels: LabelRecord[]; considered: number }> {
  const groups = new Map<string, LabelRecord[]>();
  let considered = 0;
  for (const chunk of store.chunks(filter, 1000)) {
    for (const label of chunk) {
      considered++;
      const key = JSON.stringify([
        label.templateId ?? `line:${label.line}`,
        label.verdict ?? null,
        label.domain ?? null,
      ]);
      const kept = groups.get(key) ?? [];
      kept.push(label);
      if (kept.length > perGroup) {
        kept.shift();
      }
      groups.set(key, kept);
    }
    // Oldest first in chunks of 1,000: 200,000 labels must not hold the event loop in one go.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const labels = [...groups.values()]
    .flat()
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return { labels: labels.slice(Math.max(0, labels.length - total)), considered };
}

/** Deletes old `candidate-*` directories in `dir`: keeps the newest `keep` (names sort by time) and `protect`. */
export function pruneCandidates(dir: string, keep: number, protect: ReadonlySet<string>): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.startsWith('candidate-'));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.sort().reverse().slice(keep)) {
    const path = resolve(join(dir, name));
    if (!protect.has(path)) {
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    }
  }
  return removed;
}

export class RetrainJobManager {
  private readonly jobs = new Map<string, RetrainJob>();
  private active: { job: RetrainJob; controller: AbortController; done: Promise<void> } | null = null;
  private readonly baseBundleDir: string;
  private closed = false;
  private readonly now: () => Date;

  constructor(private readonly options: RetrainJobManagerOptions) {
    this.now = options.now ?? (() => new Date());
    this.baseBundleDir = options.baseBundleDir ?? options.bundles.current();
    const interrupted = options.store.failInterruptedJobs('interrupted: the service stopped while the job ran');
    if (interrupted > 0) {
      options.logger?.info({ jobs: interrupted }, 'retrain jobs of a previous run marked failed');
    }
  }

  /** Starts a job in the background and returns it queued; throws RetrainBusyError while another one runs. */
  start(filter: LabelFilter = {}): RetrainJob {
    if (this.closed) {
      throw new Error('the retrain job manager is closed');
    }
    if (this.active) {
      throw new RetrainBusyError(this.snapshot(this.active.job));
    }
    const job: RetrainJob = {
      id: randomUUID(),
      state: 'queued',
      createdAt: this.now().toISOString(),
      startedAt: null,
      finishedAt: null,
      bundleDir: this.options.bundles.current(),
      labelCount: 0,
      progress: { stage: 'queued', fraction: 0 },
      result: null,
      error: null,
    };
    // A database that cannot take the row (full, locked) throws here: the caller answers 507/503, no job exists.
    this.options.store.saveJob(job);
    this.jobs.set(job.id, job);
    const controller = new AbortController();
    // The job starts on a later tick, so the caller answers 202 with the queued job first.
    const done = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.run(job, filter, controller));
    this.active = { job, controller, done };
    return this.snapshot(job);
  }

  get(id: string): RetrainJob | null {
    const job = this.jobs.get(id);
    return job ? this.snapshot(job) : this.options.store.getJob(id);
  }

  /** Resolves when the active job (if any) has finished; for tests and shutdown. */
  async idle(): Promise<void> {
    await this.active?.done;
  }

  /** Swaps back the bundle that the last successful retrain replaced (recorded in the store: survives restarts). */
  async rollback(): Promise<RollbackResponse> {
    if (this.active) {
      throw new RetrainBusyError(this.snapshot(this.active.job));
    }
    const [latest, previous] = this.options.store.activeBundles(this.baseBundleDir);
    if (latest === undefined) {
      throw new NoRollbackError();
    }
    const from = this.options.bundles.current();
    const to = previous?.dir ?? this.baseBundleDir;
    await this.options.bundles.activate(to);
    this.options.store.markRolledBack(latest.seq);
    this.options.logger?.info({ from, to }, 'rolled back to the previous bundle');
    return { from, to };
  }

  /** Aborts a running job and waits for it; no new job starts afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    this.active?.controller.abort(new Error('the service is shutting down'));
    await this.idle();
  }

  private prune(dir: string): void {
    try {
      const protect = new Set(
        [this.options.bundles.current(), ...this.options.store.activeBundles(this.baseBundleDir).map((b) => b.dir)].map(
          (d) => resolve(d)
        )
      );
      const removed = pruneCandidates(dir, this.options.keepCandidates ?? 5, protect);
      if (removed.length > 0) {
        this.options.logger?.info({ removed }, 'old retrain candidates deleted');
      }
    } catch (err) {
      this.options.logger?.error(
        { err: { message: (err as Error).message } },
        'deleting old retrain candidates failed'
      );
    }
  }

  private snapshot(job: RetrainJob): RetrainJob {
    return structuredClone(job);
  }

  private async run(job: RetrainJob, filter: LabelFilter, controller: AbortController): Promise<void> {
    const { store, retrainer, bundles, logger } = this.options;
    const persistEvery = this.options.persistProgressMs ?? 1000;
    let lastPersist = 0;
    // Saving the job row never throws into the job: a full or locked database must not crash the service (a throw
    // in the retrain worker's message handler was an uncaught exception; one in finish() an unhandled rejection).
    // The job's state in memory stays current and GET /retrain/{id} answers from it; the failure is logged and the
    // store's health says degraded. saveJob reads `job` when it runs, so a retried save writes the latest state.
    const persist = (): Promise<void> =>
      store
        .retrying(() => store.saveJob(job))
        .then(
          () => undefined,
          (err: Error) =>
            logger?.error(
              { job: job.id, state: job.state, err: { message: err.message } },
              'the retrain job could not be saved in the label database'
            )
        );
    const finish = async (state: RetrainJob['state'], fields: Partial<RetrainJob>): Promise<void> => {
      Object.assign(job, fields, { state, finishedAt: this.now().toISOString() });
      await persist();
    };
    try {
      if (controller.signal.aborted) {
        throw controller.signal.reason;
      }
      const { labels, considered } = await boundedLabels(
        store,
        filter,
        this.options.maxLabelsPerGroup ?? MAX_LABELS_PER_GROUP,
        this.options.maxLabels ?? MAX_RETRAIN_LABELS
      );
      const usedNote =
        labels.length < considered
          ? `used ${labels.length} of ${considered} labels (newest ${this.options.maxLabelsPerGroup ?? MAX_LABELS_PER_GROUP} per template and verdict, ${this.options.maxLabels ?? MAX_RETRAIN_LABELS} in all); `
          : '';
      Object.assign(job, {
        state: 'running',
        startedAt: this.now().toISOString(),
        labelCount: labels.length,
        progress: { stage: 'starting', fraction: 0 },
      });
      void persist();
      logger?.info({ job: job.id, labels: labels.length, bundleDir: job.bundleDir }, 'retrain job started');
      const output = await retrainer({
        bundleDir: job.bundleDir,
        labels,
        signal: controller.signal,
        onProgress: (p) => {
          if (job.state !== 'running') {
            return;
          }
          job.progress = { stage: p.stage, fraction: Math.min(1, Math.max(0, p.fraction)) };
          const t = Date.now();
          if (t - lastPersist >= persistEvery) {
            lastPersist = t;
            void persist();
          }
        },
      });
      if (controller.signal.aborted) {
        throw controller.signal.reason;
      }
      const result = { ...output, reason: `${usedNote}${output.reason}`, activated: false };
      if (!output.accepted) {
        await finish('rejected', { result, progress: { stage: 'rejected', fraction: 1 } });
        logger?.info(
          { job: job.id, reason: output.reason },
          'retrain candidate rejected; the current bundle keeps serving'
        );
        return;
      }
      job.progress = { stage: 'activating', fraction: 1 };
      try {
        await bundles.activate(output.candidateDir);
      } catch (err) {
        await finish('failed', {
          result,
          error: `the accepted candidate ${output.candidateDir} could not be loaded: ${(err as Error).message}`,
        });
        logger?.error({ job: job.id, err: { message: (err as Error).message } }, 'retrain candidate failed to load');
        return;
      }
      let unrecorded: string | null = null;
      try {
        await store.retrying(() => store.recordActivation(this.baseBundleDir, output.candidateDir, job.id));
      } catch (err) {
        // The candidate serves now; only the record that makes it serve again after a restart is missing.
        unrecorded = `the swap could not be recorded (after a restart the previous bundle serves): ${(err as Error).message}`;
        logger?.error({ job: job.id, err: { message: (err as Error).message } }, 'retrained bundle swap not recorded');
      }
      await finish('succeeded', {
        result: { ...result, activated: true },
        progress: { stage: 'done', fraction: 1 },
        error: unrecorded,
      });
      logger?.info({ job: job.id, candidateDir: output.candidateDir }, 'retrained bundle swapped in');
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await finish('failed', { error: controller.signal.aborted ? `aborted: ${message}` : message });
      logger?.error({ job: job.id, err: { message } }, 'retrain job failed');
    } finally {
      if (this.active?.job === job) {
        this.active = null;
      }
      if (job.result?.candidateDir && basename(job.result.candidateDir).startsWith('candidate-')) {
        this.prune(dirname(job.result.candidateDir));
      }
    }
  }
}

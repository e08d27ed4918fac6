/** Retrain jobs on the client: polling one until it is final, and telling a retrained bundle by its version. */
import { ServiceError, type ServiceErrorKind } from './errors';
import type { FeedbackApi } from './feedback';
import type { RetrainJob, RetrainState } from './labels';

export const FINAL_RETRAIN_STATES: ReadonlySet<RetrainState> = new Set(['succeeded', 'rejected', 'failed']);

/** Versions of bundles written by a retrain end in "+labels.<count>" (backend/src/train/retrain.ts). */
export function isRetrainedVersion(version: string | undefined): boolean {
  return Boolean(version && /\+labels\.\d+$/.test(version));
}

/** Failures worth another poll: the job keeps running on the service while the proxy or the service hiccups. */
const TRANSIENT = new Set<ServiceErrorKind>(['rate_limited', 'timeout', 'unreachable', 'unavailable']);

export interface PollOptions {
  /** Every answer, final or not. */
  onUpdate?: (job: RetrainJob) => void;
  signal?: AbortSignal;
  initialDelayMs?: number;
  maxDelayMs?: number;
  factor?: number;
  /** Consecutive transient failures tolerated before giving up. */
  maxErrors?: number;
  /** Injected in tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export class PollAbortedError extends Error {
  constructor() {
    super('polling the retrain job was cancelled');
    this.name = 'PollAbortedError';
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new PollAbortedError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new PollAbortedError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Polls a retrain job until it reaches a final state (succeeded, rejected, failed) and resolves with it. The delay
 * grows by `factor` up to `maxDelayMs` (a retrain takes seconds to a minute: quick feedback early, little load
 * later); a 429's Retry-After is honoured; transient failures are retried up to `maxErrors` in a row.
 */
export async function pollRetrainJob(api: FeedbackApi, id: string, options: PollOptions = {}): Promise<RetrainJob> {
  const { onUpdate, signal, initialDelayMs = 500, maxDelayMs = 5000, factor = 1.6, maxErrors = 5 } = options;
  const wait = options.sleep ?? sleep;
  let delay = initialDelayMs;
  let errors = 0;
  for (;;) {
    if (signal?.aborted) {
      throw new PollAbortedError();
    }
    let pause = delay;
    try {
      const job = await api.fetchRetrainJob(id);
      errors = 0;
      onUpdate?.(job);
      if (FINAL_RETRAIN_STATES.has(job.state)) {
        return job;
      }
    } catch (err) {
      if (!(err instanceof ServiceError) || !TRANSIENT.has(err.kind) || ++errors > maxErrors) {
        throw err;
      }
      pause = Math.max(delay, (err.retryAfterSeconds ?? 0) * 1000);
    }
    await wait(pause, signal);
    delay = Math.min(maxDelayMs, Math.round(delay * factor));
  }
}

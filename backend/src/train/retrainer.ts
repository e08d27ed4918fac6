/**
 * The service's Retrainer (labels/retrain-jobs.ts): runs `retrainBundle` in a worker thread, writes candidates
 * under `outDir/<bundle id>-<timestamp>`, relays progress and terminates the worker when the job is aborted.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Retrainer } from '../labels/retrain-jobs';
import { siblingModule, spawnWorker } from '../service/pool/spawn';
import type { RetrainResult } from './retrain';

const WORKER_ENTRY = siblingModule(__dirname, 'retrain-worker');

export function createRetrainer(options: { outDir: string; now?: () => Date }): Retrainer {
  const outDir = resolve(options.outDir);
  const now = options.now ?? (() => new Date());
  return ({ bundleDir, labels, onProgress, signal }) => {
    mkdirSync(outDir, { recursive: true });
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const candidateDir = join(outDir, `candidate-${stamp}`);
    return new Promise<RetrainResult>((resolvePromise, reject) => {
      const worker = spawnWorker(WORKER_ENTRY, { bundleDir, labels, candidateDir });
      let settled = false;
      const finish = (fn: () => void) => {
        if (!settled) {
          settled = true;
          signal.removeEventListener('abort', onAbort);
          fn();
        }
      };
      const onAbort = () => {
        void worker.terminate();
        finish(() => reject(new Error('retrain aborted')));
      };
      signal.addEventListener('abort', onAbort);
      worker.on(
        'message',
        (m: { type: string; stage?: string; fraction?: number; result?: RetrainResult; message?: string }) => {
          if (m.type === 'progress') {
            try {
              onProgress({ stage: m.stage ?? '', fraction: m.fraction ?? 0 });
            } catch {
              // A throw here would be an uncaught exception in the service; progress is only a report.
            }
          } else if (m.type === 'result') {
            finish(() => resolvePromise(m.result!));
            void worker.terminate();
          } else if (m.type === 'error') {
            finish(() => reject(new Error(m.message)));
            void worker.terminate();
          }
        }
      );
      worker.on('error', (err) => finish(() => reject(err)));
      worker.on('exit', (code) => finish(() => reject(new Error(`retrain worker exited with code ${code}`))));
    });
  };
}

/** Worker-thread entry of a retrain: training is seconds of synchronous work that must not stall the service. */
import { parentPort, workerData } from 'node:worker_threads';
import { retrainBundle, type RetrainRequest } from './retrain';

const request = workerData as Omit<RetrainRequest, 'onProgress' | 'signal'>;
retrainBundle({ ...request, onProgress: (p) => parentPort!.postMessage({ type: 'progress', ...p }) }).then(
  (result) => parentPort!.postMessage({ type: 'result', result }),
  (err: unknown) =>
    parentPort!.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) })
);

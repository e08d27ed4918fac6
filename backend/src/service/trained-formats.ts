/**
 * The header formats a bundle was trained on, worked out on a worker thread. For a bundle whose manifest does not
 * record them (the shipped one), the detector normalises every line of training-set.jsonl: 12,362 lines, 260-640 ms
 * on the 2-core VM, on the main thread at every reload, and /healthz waited behind it (1.9 s in the fuzz run). The
 * catalog gets the answer as `trainedFormats` instead. Any failure here (a malformed manifest) yields null: the
 * detector then reads the bundle itself and reports the bundle's problem in its own words.
 */
import { siblingModule, spawnWorker } from './pool/spawn';

const WORKER_ENTRY = siblingModule(__dirname, 'trained-formats-worker');

export function trainedFormatsOffThread(bundleDir: string): Promise<string[] | null> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (formats: string[] | null) => {
      if (!settled) {
        settled = true;
        resolve(formats);
        void worker.terminate();
      }
    };
    const worker = spawnWorker(WORKER_ENTRY, { dir: bundleDir });
    worker.on('message', (m: { formats?: string[]; error?: string }) => done(m.formats ?? null));
    worker.on('error', () => done(null));
    worker.on('exit', () => done(null));
  });
}

/** Worker-thread entry of trainedFormatsOffThread: the bundle's trained header formats (engine/cold-start.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { trainedFormats } from '../engine/cold-start';
import { createNormalizer } from '../normalize';

const { dir } = workerData as { dir: string };
try {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    normalizer?: { format?: string; trainedFormats?: string[] };
  };
  const normalizer = createNormalizer({ format: manifest.normalizer?.format ?? 'auto' });
  parentPort!.postMessage({ formats: [...trainedFormats(dir, manifest.normalizer?.trainedFormats, normalizer)] });
} catch (err) {
  parentPort!.postMessage({ error: (err as Error).message });
}

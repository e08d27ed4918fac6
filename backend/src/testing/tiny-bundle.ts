/**
 * A small trained bundle for tests: the committed BGL fixture (40 loghub-labelled lines), the reviewed default
 * partition, 4096 buckets, dim 8, 4 epochs, K 20. Trained and written once per jest worker (the promise is
 * memoised) into a fresh temporary directory, so every test file of the worker shares it. Takes well under 3 s.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBundle } from '../bundle/write';
import { DEFAULT_FEATURIZER } from '../features/hash';
import { loadPartitionFile } from '../partition';
import { readDataFile } from '../train/data';
import { DEFAULT_TRAIN_CONFIG, trainModel, type TrainConfig, type TrainedModel } from '../train/pipeline';

/**
 * onnxruntime-node hands its outputs back as typed arrays of Node's own realm, and onnxruntime-common checks them
 * with `instanceof` against the constructors of the realm it was loaded in: jest's sandbox has its own, so every
 * `session.run` fails there with "A float32 tensor's data must be type of Float32Array". This makes the sandbox's
 * typed-array constructors recognise the host's arrays too (by their internal tag, which is realm-independent).
 * It runs when this module loads, whatever was imported before; it only has to happen before the first
 * `session.run`. Test files that run onnxruntime without the tiny bundle can call it themselves.
 */
export function acceptHostTypedArrays(): void {
  for (const name of [
    'Float32Array',
    'Float64Array',
    'Int8Array',
    'Int16Array',
    'Int32Array',
    'Uint8Array',
    'Uint8ClampedArray',
    'Uint16Array',
    'Uint32Array',
    'BigInt64Array',
    'BigUint64Array',
  ]) {
    const ctor = (globalThis as Record<string, unknown>)[name] as object;
    const tag = `[object ${name}]`;
    Object.defineProperty(ctor, Symbol.hasInstance, {
      configurable: true,
      value: (v: unknown) => ArrayBuffer.isView(v) && Object.prototype.toString.call(v) === tag,
    });
  }
}
acceptHostTypedArrays();

const REPO = resolve(__dirname, '..', '..', '..');

/** The committed loghub-labelled BGL fixture the tiny bundle is trained on. */
export const TINY_BUNDLE_DATA = join(REPO, 'tests', 'fixtures', 'loghub', 'BGL', 'BGL_2k.log');
/** The reviewed partition file the tiny bundle uses. */
export const TINY_BUNDLE_PARTITION = join(REPO, 'models', 'partitions', 'default.json');

export const TINY_TRAIN_CONFIG: TrainConfig = Object.freeze({
  ...DEFAULT_TRAIN_CONFIG,
  k: 20,
  seed: 42,
  featurizer: { ...DEFAULT_FEATURIZER, buckets: 4096 },
  fit: { ...DEFAULT_TRAIN_CONFIG.fit, dim: 8, epochs: 4, seed: 42 },
});

/** Trains the tiny model in memory (no bundle written); `overrides` change the training config (e.g. the split). */
export function trainTinyModel(seed = 42, overrides: Partial<TrainConfig> = {}): Promise<TrainedModel> {
  const file = readDataFile(TINY_BUNDLE_DATA, 'loghub-labelled');
  const partition = loadPartitionFile(TINY_BUNDLE_PARTITION);
  const config: TrainConfig = { ...TINY_TRAIN_CONFIG, ...overrides, seed, fit: { ...TINY_TRAIN_CONFIG.fit, seed } };
  return trainModel([file], async () => partition, config);
}

/** Trains the tiny model and writes it as a bundle under a new temporary directory; returns the bundle dir. */
export async function writeTinyBundle(seed = 42, overrides: Partial<TrainConfig> = {}): Promise<string> {
  const model = await trainTinyModel(seed, overrides);
  const dir = join(mkdtempSync(join(tmpdir(), 'anomaly-lens-tiny-bundle-')), 'tiny');
  writeBundle(dir, model, {
    id: 'tiny',
    version: '1',
    command: 'tiny-bundle (tests)',
    trainingSeconds: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
  });
  return dir;
}

let memo: Promise<string> | null = null;

/** The shared tiny bundle's directory (trained on first use in this worker). Treat it as read-only. */
export function tinyBundle(): Promise<string> {
  if (!memo) {
    memo = writeTinyBundle();
    memo.catch(() => {
      memo = null;
    });
  }
  return memo;
}

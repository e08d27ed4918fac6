/**
 * Writes a trained model as a bundle directory. Files are written to a temporary sibling directory and renamed
 * into place, so a reader never sees half a bundle and a failed write leaves the previous bundle intact.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { exportOnnx, ONNX_INPUTS, ONNX_OPSET, ONNX_OUTPUTS } from '../onnx/export';
import type { TrainedModel } from '../train/pipeline';
import { PACKAGE_VERSION } from '../version';
import { BUNDLE_FORMAT_VERSION, BUNDLE_KIND, manifestSchema, type BundleManifest } from './schema';

export interface WriteBundleOptions {
  id: string;
  version: string;
  command: string;
  trainingSeconds: number;
  metrics?: Record<string, unknown>;
  createdAt?: string;
}

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

export function buildManifestAndFiles(
  model: TrainedModel,
  options: WriteBundleOptions
): { manifest: BundleManifest; files: Record<string, Uint8Array | string> } {
  const files: Record<string, Uint8Array | string> = {
    'model.onnx': exportOnnx(model.params, {
      producerVersion: PACKAGE_VERSION,
      docString: `Anomaly Lens router + experts over domains ${model.domains.join(', ')}`,
    }),
    'templates.json': `${JSON.stringify({ templates: model.templates, drain: model.miner.snapshot() })}\n`,
    'partition.json': `${JSON.stringify({ file: model.partitionFile, report: model.partition.report }, null, 2)}\n`,
  };
  if (model.sequence) {
    files['sequence.json'] = `${JSON.stringify(model.sequence)}\n`;
  }
  if (model.trainingSet.length > 0) {
    files['training-set.jsonl'] = model.trainingSet.map((row) => `${JSON.stringify(row)}\n`).join('');
  }
  const byId = new Map(model.partition.domains.map((d) => [d.id, d]));
  const manifest: BundleManifest = {
    kind: BUNDLE_KIND,
    formatVersion: BUNDLE_FORMAT_VERSION,
    id: options.id,
    version: options.version,
    createdAt: options.createdAt ?? new Date().toISOString(),
    command: options.command,
    normalizer: { format: model.config.normalizerFormat, trainedFormats: model.trainedFormats },
    drain: model.config.drain,
    featurizer: model.config.featurizer,
    network: { dim: model.params.dim, inputs: { ...ONNX_INPUTS }, outputs: { ...ONNX_OUTPUTS }, opset: ONNX_OPSET },
    domains: model.decision.domains.map((d) => ({
      id: d.id,
      type: d.type,
      description: byId.get(d.id)!.description,
      typicalCauses: byId.get(d.id)!.typicalCauses,
      templates: byId.get(d.id)!.templates.length,
      platt: d.platt,
      threshold: d.threshold,
      prior: d.prior,
    })),
    softThreshold: model.decision.softThreshold,
    quietNovelPrior: model.decision.quietNovelPrior,
    combine: model.combine,
    files: Object.fromEntries(Object.entries(files).map(([name, data]) => [name, sha256(data)])),
    training: {
      data: model.provenance.map((p) => ({
        file: basename(p.file.path),
        sha256: p.file.sha256,
        format: p.file.format,
        lines: p.file.lines.length,
        train: p.train,
        validation: p.validation,
      })),
      k: model.config.k,
      seed: model.config.seed,
      labelled: model.labelled,
      linesSeen: model.linesSeen,
      heldOutTemplates: model.heldOutTemplates,
      augment: model.config.augment,
      fit: { ...model.config.fit, history: model.history },
      seconds: options.trainingSeconds,
    },
    metrics: { validation: model.validation, ...(options.metrics ?? {}) },
  };
  manifestSchema.parse(manifest);
  return { manifest, files };
}

export function writeBundle(dir: string, model: TrainedModel, options: WriteBundleOptions): BundleManifest {
  const { manifest, files } = buildManifestAndFiles(model, options);
  const target = resolve(dir);
  mkdirSync(dirname(target), { recursive: true });
  const tmp = `${target}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  for (const [name, data] of Object.entries(files)) {
    writeFileSync(join(tmp, name), data);
  }
  writeFileSync(join(tmp, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (existsSync(join(target, 'README.md'))) {
    // Keep the model card (written by the eval step) until it is regenerated.
    renameSync(join(target, 'README.md'), join(tmp, 'README.md'));
  }
  const old = `${target}.old-${process.pid}`;
  const hadPrevious = existsSync(target);
  if (hadPrevious) {
    renameSync(target, old);
  }
  try {
    renameSync(tmp, target);
  } catch (err) {
    // Put the previous bundle back: a failed write must leave it serving.
    if (hadPrevious) {
      renameSync(old, target);
    }
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  rmSync(old, { recursive: true, force: true });
  return manifest;
}

/** Replaces the `metrics` of a written bundle's manifest (the manifest is not covered by its own hashes). */
export function updateManifestMetrics(
  dir: string,
  manifest: BundleManifest,
  metrics: Record<string, unknown>
): BundleManifest {
  const next = manifestSchema.parse({ ...manifest, metrics: { ...manifest.metrics, ...metrics } });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(next, null, 2)}\n`);
  return next;
}

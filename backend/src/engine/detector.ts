/**
 * The detector: a verified bundle, its normaliser and template miner, and one onnxruntime session. Scores lines
 * (verdict, calibrated score, domain, top-3 domains, template, novelty) and answers the catalog questions
 * (model info, templates). `session.run` is synchronous native work: the service calls this from worker threads.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as ort from 'onnxruntime-node';
import type { CombineMode, LineResult, LogLineInput, ModelInfo, ModelRef, ModelTemplatesResponse } from '../contract';
import { loadBundle, BundleError, type LoadedBundle } from '../bundle/load';
import type { TemplateMatch } from '../drain';
import { FeatureHasher } from '../features/bag';
import { decideInto, decisionScratch, domainScoresOf, type DecisionScratch } from '../model/decide';
import { isSevereLevel } from '../model/evidence';
import { isColdStartAlarm, raiseColdStartAlarm, trainedFormats } from './cold-start';
import { createNormalizer, type NormalizedLine, type Normalizer } from '../normalize';
import { FeatureBatches } from './feature-batch';
import { bundleInfo, templatesPage } from './catalog';
import { NovelTemplates } from './novel';
import { ResultPacker, type PackedResults } from './packed-results';
import type { TemplateQuery } from './types';

export type DeviceChoice = 'auto' | 'cpu' | 'cuda';

export interface DetectorLogger {
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
}

export interface DetectorOptions {
  device?: DeviceChoice;
  /** onnxruntime intra-op threads; 1 in service workers (parallelism comes from the pool). */
  intraOpThreads?: number;
  logger?: DetectorLogger;
  maxLineLength?: number;
  /**
   * Parse every line with this format instead of the bundle's (`auto`): a diagnostic only ("ideal parse", the
   * dataset's own header format), never what the service runs.
   */
  normalizerFormat?: string;
  /**
   * The header formats the bundle was trained on, when the caller worked them out already (the service does, on a
   * worker thread: for a bundle that does not record them, scanning training-set.jsonl takes hundreds of ms).
   */
  trainedFormats?: readonly string[];
}

export interface Detector {
  readonly bundle: LoadedBundle;
  readonly model: ModelRef;
  readonly device: 'cpu' | 'cuda';
  score(lines: readonly LogLineInput[], options?: { combine?: CombineMode }): Promise<LineResult[]>;
  /** `score`'s results in the worker pool's message form (ids dropped), built without result objects. */
  scorePacked(lines: readonly LogLineInput[], options?: { combine?: CombineMode }): Promise<PackedResults>;
  info(): ModelInfo;
  templates(query: TemplateQuery): ModelTemplatesResponse;
  close(): Promise<void>;
}

/**
 * Why the CUDA provider cannot load, or null when its libraries are installed next to the native binding
 * (onnxruntime-node's install script fetches them unless ONNXRUNTIME_NODE_INSTALL=skip; the GPU image keeps them).
 */
export function cudaUnavailableReason(): string | null {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return `no CUDA build of onnxruntime-node for ${process.platform}/${process.arch}`;
  }
  let binding: string;
  try {
    binding = require.resolve(`onnxruntime-node/bin/napi-v6/linux/x64/onnxruntime_binding.node`);
  } catch {
    return 'onnxruntime-node native binding not found';
  }
  const lib = join(dirname(binding), 'libonnxruntime_providers_cuda.so');
  return existsSync(lib) ? null : `CUDA provider libraries are not installed (${lib} is missing)`;
}

/** Per-line flags of `Inferred`. */
const TRUNCATED = 1;
const NOVEL = 2;
/** Novel without failure evidence: decided by the quiet-novel prior. */
const QUIET = 4;
/** Novel, error level or worse and failure vocabulary: flagged (cold-start.ts). */
const ALARM = 8;

interface Inferred {
  templates: TemplateMatch[];
  flags: Uint8Array;
  /** Router and expert outputs, `domains` values per row. */
  router: Float32Array;
  expert: Float32Array;
}

const SILENT: DetectorLogger = { info: () => undefined, warn: () => undefined };

async function openSession(
  bundle: LoadedBundle,
  device: DeviceChoice,
  threads: number,
  logger: DetectorLogger
): Promise<{ session: ort.InferenceSession; device: 'cpu' | 'cuda' }> {
  const base: ort.InferenceSession.SessionOptions = {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
    // Batch shapes vary with every batch (width groups), so the arena's grown chunks only held memory: without
    // it the service's peak RSS stays under 400 MB at the same throughput (bench/serve).
    enableCpuMemArena: false,
    // Spinning threads burn a core each between batches; the service's parallelism comes from its workers.
    extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
  };
  const missing = device === 'cpu' ? null : cudaUnavailableReason();
  if (device === 'cuda' && missing) {
    throw new BundleError(bundle.dir, `INFER_DEVICE=cuda but ${missing}`);
  }
  if (device === 'auto' && missing) {
    logger.info({ device: 'cpu', reason: missing }, 'onnxruntime: CUDA unavailable, running on CPU');
  }
  if (device !== 'cpu' && !missing) {
    try {
      const session = await ort.InferenceSession.create(bundle.onnx, { ...base, executionProviders: ['cuda'] });
      logger.info({ device: 'cuda' }, 'onnxruntime: CUDA execution provider');
      return { session, device: 'cuda' };
    } catch (err) {
      if (device === 'cuda') {
        throw new BundleError(
          bundle.dir,
          `INFER_DEVICE=cuda but the CUDA execution provider failed: ${(err as Error).message}`
        );
      }
      logger.warn(
        { device: 'cpu', reason: (err as Error).message.split('\n')[0] },
        'onnxruntime: CUDA execution provider unavailable, running on CPU'
      );
    }
  }
  try {
    const session = await ort.InferenceSession.create(bundle.onnx, { ...base, executionProviders: ['cpu'] });
    if (device === 'cpu') {
      logger.info({ device: 'cpu' }, 'onnxruntime: CPU execution provider');
    }
    return { session, device: 'cpu' };
  } catch (err) {
    throw new BundleError(bundle.dir, `model.onnx does not load in onnxruntime: ${(err as Error).message}`);
  }
}

function checkGraph(bundle: LoadedBundle, session: ort.InferenceSession): void {
  const { inputs, outputs } = bundle.manifest.network;
  for (const name of [inputs.ids, inputs.weights]) {
    if (!session.inputNames.includes(name)) {
      throw new BundleError(bundle.dir, `model.onnx has no input "${name}" (inputs: ${session.inputNames.join(', ')})`);
    }
  }
  for (const name of [outputs.router, outputs.expert]) {
    if (!session.outputNames.includes(name)) {
      throw new BundleError(
        bundle.dir,
        `model.onnx has no output "${name}" (outputs: ${session.outputNames.join(', ')})`
      );
    }
  }
}

/**
 * A bundle whose hashes match can still hold NaN or infinite weights (a diverged training run): it loaded and
 * served `"score": null`. Probe rows that together hold every embedding bucket (each weighted equally) touch every
 * weight of the graph, so any non-finite weight reaches the outputs, which must be probabilities in [0, 1].
 */
async function probeFiniteOutputs(bundle: LoadedBundle, session: ort.InferenceSession): Promise<void> {
  const { network, featurizer } = bundle.manifest;
  // Chunks of 32,768 buckets keep the probe's gather small (buckets x dim floats) for the largest featurizers.
  const chunk = Math.min(featurizer.buckets, 32_768);
  for (let start = 0; start < featurizer.buckets; start += chunk) {
    const ids = new Int32Array(chunk).map((_, i) => start + i);
    const weights = new Float32Array(chunk).fill(1 / chunk);
    let out: ort.InferenceSession.OnnxValueMapType;
    try {
      out = await session.run({
        [network.inputs.ids]: new ort.Tensor('int32', ids, [1, chunk]),
        [network.inputs.weights]: new ort.Tensor('float32', weights, [1, chunk]),
      });
    } catch (err) {
      throw new BundleError(bundle.dir, `model.onnx does not run in onnxruntime: ${(err as Error).message}`);
    }
    for (const name of [network.outputs.router, network.outputs.expert]) {
      const data = out[name]!.data as Float32Array;
      const bad = data.findIndex((v) => !(Number.isFinite(v) && v >= 0 && v <= 1));
      if (bad >= 0) {
        throw new BundleError(
          bundle.dir,
          `model.onnx output ${name} is ${data[bad]} for domain ${bad} on a probe of embedding rows ${start}-${start + chunk - 1}: ` +
            'its weights are not finite (a diverged training run?), so its scores would be null'
        );
      }
    }
  }
}

/**
 * An ONNX session on the bundle's graph, checked before anything scores: its inputs and outputs by name, one probe
 * run whose output widths must match the manifest's domains, finite outputs. A refused graph's session is released.
 */
async function openVerifiedSession(
  bundle: LoadedBundle,
  choice: DeviceChoice,
  intraOpThreads: number,
  logger: DetectorLogger
): Promise<{ session: ort.InferenceSession; device: 'cpu' | 'cuda' }> {
  const { manifest } = bundle;
  const { session, device } = await openSession(bundle, choice, intraOpThreads, logger);
  const domains = manifest.domains.length;
  try {
    checkGraph(bundle, session);
    // One probe run: a graph whose output width disagrees with the manifest's domains is refused here.
    let probe: ort.InferenceSession.OnnxValueMapType;
    try {
      probe = await session.run({
        [manifest.network.inputs.ids]: new ort.Tensor('int32', new Int32Array([1]), [1, 1]),
        [manifest.network.inputs.weights]: new ort.Tensor('float32', new Float32Array([1]), [1, 1]),
      });
    } catch (err) {
      throw new BundleError(bundle.dir, `model.onnx does not run in onnxruntime: ${(err as Error).message}`);
    }
    for (const name of [manifest.network.outputs.router, manifest.network.outputs.expert]) {
      const dims = probe[name]!.dims;
      if (dims.length !== 2 || dims[1] !== domains) {
        throw new BundleError(
          bundle.dir,
          `model.onnx output ${name} has shape [${dims.join(', ')}], expected [batch, ${domains}]`
        );
      }
    }
    await probeFiniteOutputs(bundle, session);
  } catch (err) {
    // A refused graph must not keep its native session (and its memory) alive.
    await session.release();
    throw err;
  }
  return { session, device };
}

/** The service's main thread loads this from the same module as `loadDetector` (service/pool/protocol.ts). */
export { loadCatalog } from './catalog';

export async function loadDetector(bundleDir: string, options: DetectorOptions = {}): Promise<Detector> {
  const logger = options.logger ?? SILENT;
  const bundle = loadBundle(bundleDir);
  const { manifest } = bundle;
  const normalizer: Normalizer = createNormalizer({
    format: options.normalizerFormat ?? manifest.normalizer.format,
    ...(options.maxLineLength ? { maxLineLength: options.maxLineLength } : {}),
  });
  const { session, device } = await openVerifiedSession(
    bundle,
    options.device ?? 'auto',
    options.intraOpThreads ?? 1,
    logger
  );
  const domains = manifest.domains.length;

  const info: ModelInfo = { ...bundleInfo(bundle), device };

  const batches = new FeatureBatches(new FeatureHasher(manifest.featurizer), manifest.featurizer.maxFeatures);
  const decision = decisionScratch();
  const novelTemplates = new NovelTemplates();
  const trained = options.trainedFormats
    ? new Set(options.trainedFormats)
    : trainedFormats(bundle.dir, manifest.normalizer.trainedFormats, normalizer);
  const packer = new ResultPacker(manifest.domains.map((d) => d.id));

  /** Everything up to the decision: per-line template and flags (parallel arrays), network outputs by row. */
  async function infer(lines: readonly LogLineInput[]): Promise<Inferred> {
    const n = lines.length;
    // Parallel arrays rather than an object per line: this loop is the hot path of the service.
    const templates = new Array<TemplateMatch>(n);
    const flags = new Uint8Array(n);
    const normalized = new Array<NormalizedLine>(n);
    for (let row = 0; row < n; row++) {
      const line = normalizer.normalize(lines[row]!.line);
      const match = bundle.miner.match(line.tokens);
      normalized[row] = line;
      let f = line.truncated ? TRUNCATED : 0;
      if (match !== null && bundle.templateById.has(match.id)) {
        templates[row] = match;
      } else {
        const entry = novelTemplates.lookup(line.tokens);
        templates[row] = entry.template;
        f |= NOVEL;
        // No failure evidence (words or level): the verdict rests on the table's quiet-novel prior.
        if (!entry.failure && !isSevereLevel(line.level)) {
          f |= QUIET;
        } else if (isColdStartAlarm(trained, line.format, line.level, entry.failure)) {
          f |= ALARM;
        }
      }
      flags[row] = f;
    }
    const input = batches.build(normalized);
    // One run per width group; outputs are scattered back to batch order.
    const router = new Float32Array(n * domains);
    const expert = new Float32Array(n * domains);
    try {
      for (const group of input.groups) {
        const count = group.rows.length;
        const out = await session.run({
          [manifest.network.inputs.ids]: new ort.Tensor('int32', group.ids, [count, group.width]),
          [manifest.network.inputs.weights]: new ort.Tensor('float32', group.weights, [count, group.width]),
        });
        const groupRouter = out[manifest.network.outputs.router]!.data as Float32Array;
        const groupExpert = out[manifest.network.outputs.expert]!.data as Float32Array;
        // Element loops, not set(subarray): two typed-array views per line cost more than the copy.
        for (let i = 0; i < count; i++) {
          const at = group.rows[i]! * domains;
          const from = i * domains;
          for (let d = 0; d < domains; d++) {
            router[at + d] = groupRouter[from + d]!;
            expert[at + d] = groupExpert[from + d]!;
          }
        }
      }
    } finally {
      batches.release(input);
    }
    return { templates, flags, router, expert };
  }

  // The one decision step of both result forms (synchronous: the shared scratch is never interleaved).
  function decideRow(r: Inferred, row: number, mode: CombineMode): DecisionScratch {
    const f = r.flags[row]!;
    decideInto(bundle.decision, r.router, r.expert, row * domains, mode, (f & QUIET) !== 0, decision);
    if ((f & ALARM) !== 0) {
      raiseColdStartAlarm(decision);
    }
    return decision;
  }

  async function score(lines: readonly LogLineInput[], opts: { combine?: CombineMode } = {}): Promise<LineResult[]> {
    if (lines.length === 0) {
      return [];
    }
    const r = await infer(lines);
    const mode = opts.combine ?? manifest.combine;
    const table = bundle.decision;
    const results = new Array<LineResult>(lines.length);
    for (let row = 0; row < lines.length; row++) {
      const d = decideRow(r, row, mode);
      const result: LineResult = {
        index: row,
        verdict: d.anomaly ? 'anomaly' : 'normal',
        score: d.score,
        domain: table.domains[d.domain]!.id,
        domainScores: domainScoresOf(table, d),
        template: r.templates[row]!,
        novel: (r.flags[row]! & NOVEL) !== 0,
        truncated: (r.flags[row]! & TRUNCATED) !== 0,
      };
      const id = lines[row]!.id;
      if (id !== undefined) {
        result.id = id;
      }
      results[row] = result;
    }
    return results;
  }

  async function scorePacked(
    lines: readonly LogLineInput[],
    opts: { combine?: CombineMode } = {}
  ): Promise<PackedResults> {
    const r = lines.length === 0 ? null : await infer(lines);
    const mode = opts.combine ?? manifest.combine;
    packer.begin(lines.length);
    for (let row = 0; r !== null && row < lines.length; row++) {
      const f = r.flags[row]!;
      packer.line(row, decideRow(r, row, mode), r.templates[row]!, (f & NOVEL) !== 0, (f & TRUNCATED) !== 0);
    }
    return packer.finish();
  }

  return {
    bundle,
    model: { id: manifest.id, version: manifest.version },
    device,
    score,
    scorePacked,
    info: () => info,
    templates: (query) => templatesPage(bundle, query),
    close: () => session.release(),
  };
}

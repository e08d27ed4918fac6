/**
 * Failure domains for templates of systems the bundle never saw, by their nearest reviewed templates in a frozen
 * sentence encoder's space. Measured (bench/encoder, leave one Loghub-2k system out, 1,363 reviewed templates):
 * 51.6 % of templates get the reviewed domain this way, against 19.1 % from the shipped router (which only knows
 * BGL's and HDFS's vocabulary) and 37.6 % from the same 5-NN over hashed tokens. On the systems it was trained on
 * the router stays better (BGL 0.82 vs 0.43), so only novel templates of lines whose header format the bundle never
 * trained on are relabelled, and only their domain: the verdict and score are the detector's, untouched.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMAIN_IDS, type DomainId, type LineResult, type LogLineInput } from '../contract';
import type { ScoringEngine } from '../engine/types';
import { createNormalizer } from '../normalize';
import { loadEncoder, type TemplateEncoder } from './encoder';

export const REFERENCE_FILES = { index: 'domain-reference.json', vectors: 'domain-reference.f32' } as const;
const K = 5;

export interface DomainReference {
  dim: number;
  domains: DomainId[];
  vectors: Float32Array;
}

interface ReferenceIndex {
  kind: 'anomaly-lens/encoder-domain-reference';
  model: string;
  dim: number;
  source: string;
  domains: DomainId[];
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Embeds the reviewed templates once (bench/encoder/build-reference.js) and writes them beside the encoder. */
export async function writeReference(
  dir: string,
  rows: ReadonlyArray<{ template: string; domain: DomainId }>,
  source: string
): Promise<void> {
  const encoder = await loadEncoder({ dir });
  try {
    const vectors = await encoder.embed(rows.map((r) => r.template));
    const flat = new Float32Array(vectors.length * encoder.dim);
    vectors.forEach((v, i) => flat.set(v, i * encoder.dim));
    writeFileSync(join(dir, REFERENCE_FILES.vectors), Buffer.from(flat.buffer));
    const index: ReferenceIndex = {
      kind: 'anomaly-lens/encoder-domain-reference',
      model: sha256(join(dir, 'model.onnx')),
      dim: encoder.dim,
      source,
      domains: rows.map((r) => r.domain),
    };
    writeFileSync(join(dir, REFERENCE_FILES.index), `${JSON.stringify(index)}\n`);
  } finally {
    await encoder.close();
  }
}

/** The reference, refused when it was built with another model file or does not fit its index. */
export function loadReference(dir: string): DomainReference {
  const index = JSON.parse(readFileSync(join(dir, REFERENCE_FILES.index), 'utf8')) as ReferenceIndex;
  if (index.kind !== 'anomaly-lens/encoder-domain-reference') {
    throw new Error(`${dir}/${REFERENCE_FILES.index} is not an encoder domain reference`);
  }
  if (index.model !== sha256(join(dir, 'model.onnx'))) {
    throw new Error(`${dir}/${REFERENCE_FILES.index} was built with another model.onnx: rebuild it`);
  }
  const bytes = readFileSync(join(dir, REFERENCE_FILES.vectors));
  const vectors = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  if (vectors.length !== index.domains.length * index.dim) {
    throw new Error(
      `${dir}/${REFERENCE_FILES.vectors} holds ${vectors.length} floats, expected ${index.domains.length} × ${index.dim}`
    );
  }
  const unknown = index.domains.find((d) => !(DOMAIN_IDS as readonly string[]).includes(d));
  if (unknown) {
    throw new Error(`${dir}/${REFERENCE_FILES.index} names an unknown domain "${unknown}"`);
  }
  return { dim: index.dim, domains: index.domains, vectors: Float32Array.from(vectors) };
}

/** The k nearest reviewed templates vote, weighted by cosine; shares of the vote, best first (top 3). */
export function nearestDomains(
  reference: DomainReference,
  v: Float32Array,
  k = K
): Array<{ domain: DomainId; score: number }> {
  const { dim, vectors, domains } = reference;
  const best: Array<{ i: number; s: number }> = [];
  for (let i = 0; i < domains.length; i++) {
    let s = 0;
    for (let j = 0; j < dim; j++) {
      s += vectors[i * dim + j]! * v[j]!;
    }
    if (best.length < k || s > best[best.length - 1]!.s) {
      best.push({ i, s });
      best.sort((a, b) => b.s - a.s);
      best.length = Math.min(best.length, k);
    }
  }
  const votes = new Map<DomainId, number>();
  let total = 0;
  for (const { i, s } of best) {
    const w = Math.max(s, 1e-6);
    votes.set(domains[i]!, (votes.get(domains[i]!) ?? 0) + w);
    total += w;
  }
  return [...votes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([domain, w]) => ({ domain, score: w / total }));
}

export interface EncoderDomainsOptions {
  dir: string;
  /** Header formats of the bundle's training lines: their novel templates keep the router's domain. */
  trainedFormats: ReadonlySet<string>;
  /**
   * New template texts encoded per request at most (default 8): the rest keep the router's domain until a later
   * request has room. onnxruntime runs on the main thread here (blocking it, as the service's own comment on the
   * catalog says), encoding costs 6–9 ms a text and the neighbour search ≈ 0.5 ms, so 8 keep a request's
   * encoder time under ≈ 80 ms; a
   * request of 5,000 never-seen lines (a fuzzer's, or a new system's first burst) must not pay for all of them
   * at once (bench/fuzz measured 17 s of encoder and search time for four such requests without this bound).
   */
  budgetPerRequest?: number;
  /** Template texts whose domain is kept (least recently used first out). */
  cacheSize?: number;
}

/**
 * Relabels the domain of novel templates of untrained formats. The encoder (≈ 195 MiB resident) is loaded on the
 * first such line, not before: a deployment that only sees the systems it trained on never pays for it.
 */
export function encoderDomains(options: EncoderDomainsOptions) {
  const reference = loadReference(options.dir);
  const normalizer = createNormalizer({ format: 'auto' });
  const budget = options.budgetPerRequest ?? 8;
  const cacheSize = options.cacheSize ?? 50_000;
  /** Template text → its nearest domains; re-inserted on use so the oldest unused text leaves first. */
  const known = new Map<string, Array<{ domain: DomainId; score: number }>>();
  let encoder: Promise<TemplateEncoder> | null = null;
  const stats = { encoded: 0, deferred: 0 };
  return {
    reference,
    stats,
    async relabel(lines: readonly LogLineInput[], results: LineResult[]): Promise<LineResult[]> {
      const targets = results.filter(
        (r) => r.novel && !options.trainedFormats.has(normalizer.normalize(lines[r.index]?.line ?? '').format)
      );
      if (targets.length === 0) {
        return results;
      }
      const fresh = [...new Set(targets.map((r) => r.template.text).filter((t) => !known.has(t)))];
      const now = fresh.slice(0, budget);
      stats.deferred += fresh.length - now.length;
      if (now.length > 0) {
        encoder ??= loadEncoder({ dir: options.dir });
        const vectors = await (await encoder).embed(now);
        now.forEach((text, i) => {
          if (known.size >= cacheSize) {
            known.delete(known.keys().next().value!);
          }
          known.set(text, nearestDomains(reference, vectors[i]!));
        });
        stats.encoded += now.length;
      }
      for (const r of targets) {
        const scores = known.get(r.template.text);
        if (scores) {
          known.delete(r.template.text);
          known.set(r.template.text, scores);
          r.domain = scores[0]!.domain;
          r.domainScores = scores.map((d) => ({ ...d }));
          r.domainSource = 'encoder';
        }
      }
      return results;
    },
    async close() {
      if (encoder) {
        await (await encoder).close();
      }
    },
  };
}

/**
 * Header formats of a bundle's training lines: the manifest's `normalizer.trainedFormats` (bundles trained since it
 * was recorded), else as the service's `auto` parses `training-set.jsonl` (older bundles; 12,000 lines cost the main
 * thread 260–640 ms, which is why the manifest records them now).
 */
export function trainedFormats(bundleDir: string): Set<string> {
  const manifest = join(bundleDir, 'manifest.json');
  if (existsSync(manifest)) {
    const recorded = (JSON.parse(readFileSync(manifest, 'utf8')) as { normalizer?: { trainedFormats?: string[] } })
      .normalizer?.trainedFormats;
    if (Array.isArray(recorded)) {
      return new Set(recorded);
    }
  }
  const file = join(bundleDir, 'training-set.jsonl');
  const formats = new Set<string>();
  if (!existsSync(file)) {
    return formats;
  }
  const normalizer = createNormalizer({ format: 'auto' });
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim()) {
      formats.add(normalizer.normalize((JSON.parse(line) as { line: string }).line).format);
    }
  }
  return formats;
}

/** The engine with encoder domains for novel templates of untrained formats. */
export function withEncoderDomains(engine: ScoringEngine, domains: ReturnType<typeof encoderDomains>): ScoringEngine {
  return {
    get model() {
      return engine.model;
    },
    score: async (lines, options) => domains.relabel(lines, await engine.score(lines, options)),
    info: () => engine.info(),
    templates: (query) => engine.templates(query),
    close: async () => {
      await domains.close();
      await engine.close();
    },
  };
}

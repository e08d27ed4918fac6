/**
 * A frozen sentence encoder for template texts: all-MiniLM-L6-v2 (int8 ONNX) run by onnxruntime-node, mean-pooled
 * over the attention mask and L2-normalised, as sentence-transformers does for this model. Templates repeat, so
 * each distinct text is encoded once and cached (bounded, oldest first out): a known template costs a map lookup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { encode, parseVocab, type WordPieceVocab } from './wordpiece';

export interface TemplateEncoder {
  readonly dim: number;
  /** One unit vector per text, in order; cached texts cost nothing. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  readonly stats: { encoded: number; cached: number };
  close(): Promise<void>;
}

export interface EncoderOptions {
  /** Directory with model.onnx and vocab.txt. */
  dir: string;
  maxTokens?: number;
  /** Distinct texts kept. */
  cacheSize?: number;
  batchSize?: number;
  intraOpThreads?: number;
}

/** Templates mask variables as `<NUM>`/`<*>`: a placeholder is not a word, so it is read as a neutral token. */
export function templateText(template: string): string {
  return template
    .replace(/<\*>|<[A-Z]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function loadEncoder(options: EncoderOptions): Promise<TemplateEncoder> {
  const vocab: WordPieceVocab = parseVocab(readFileSync(join(options.dir, 'vocab.txt'), 'utf8'));
  const session = await ort.InferenceSession.create(join(options.dir, 'model.onnx'), {
    intraOpNumThreads: options.intraOpThreads ?? 1,
    executionProviders: ['cpu'],
  });
  const maxTokens = options.maxTokens ?? 128;
  const cacheSize = options.cacheSize ?? 50_000;
  const batchSize = options.batchSize ?? 32;
  const cache = new Map<string, Float32Array>();
  const stats = { encoded: 0, cached: 0 };
  let dim = 0;

  async function run(texts: string[]): Promise<Float32Array[]> {
    const encoded = texts.map((t) => encode(templateText(t), vocab, maxTokens));
    const width = Math.max(...encoded.map((e) => e.length));
    const ids = new BigInt64Array(texts.length * width);
    const mask = new BigInt64Array(texts.length * width);
    encoded.forEach((e, row) =>
      e.forEach((id, col) => {
        ids[row * width + col] = BigInt(id);
        mask[row * width + col] = 1n;
      })
    );
    const dims = [texts.length, width];
    const out = await session.run({
      input_ids: new ort.Tensor('int64', ids, dims),
      attention_mask: new ort.Tensor('int64', mask, dims),
      token_type_ids: new ort.Tensor('int64', new BigInt64Array(texts.length * width), dims),
    });
    const hidden = out.last_hidden_state!;
    const data = hidden.data as Float32Array;
    const d = hidden.dims[2]!;
    dim = d;
    return encoded.map((e, row) => {
      const v = new Float32Array(d);
      for (let t = 0; t < e.length; t++) {
        const base = (row * width + t) * d;
        for (let k = 0; k < d; k++) {
          v[k] += data[base + k]!;
        }
      }
      let norm = 0;
      for (let k = 0; k < d; k++) {
        v[k] /= e.length;
        norm += v[k]! * v[k]!;
      }
      norm = Math.sqrt(norm) || 1;
      for (let k = 0; k < d; k++) {
        v[k] /= norm;
      }
      return v;
    });
  }

  return {
    get dim() {
      return dim;
    },
    stats,
    async embed(texts) {
      const missing = [...new Set(texts.filter((t) => !cache.has(t)))];
      stats.cached += texts.length - missing.length;
      for (let i = 0; i < missing.length; i += batchSize) {
        const batch = missing.slice(i, i + batchSize);
        const vectors = await run(batch);
        batch.forEach((t, j) => {
          if (cache.size >= cacheSize) {
            cache.delete(cache.keys().next().value!);
          }
          cache.set(t, vectors[j]!);
        });
        stats.encoded += batch.length;
      }
      return texts.map((t) => cache.get(t)!);
    },
    close: () => session.release(),
  };
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    s += a[i]! * b[i]!;
  }
  return s;
}

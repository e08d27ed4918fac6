import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { acceptHostTypedArrays } from '../testing/tiny-bundle';
import { cosine, loadEncoder, templateText, type TemplateEncoder } from './encoder';

acceptHostTypedArrays(); // onnxruntime's outputs are typed arrays of Node's realm, not jest's

const ROOT = join(__dirname, '../../..');
const reference = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/encoder/embedding-reference.json'), 'utf8')) as {
  vectors: Array<{ text: string; embedding: number[] }>;
};

describe('template encoder (all-MiniLM-L6-v2, int8 ONNX)', () => {
  let encoder: TemplateEncoder;
  beforeAll(async () => {
    encoder = await loadEncoder({ dir: join(ROOT, 'models/encoders/all-MiniLM-L6-v2'), batchSize: 2 });
  });
  afterAll(() => encoder.close());

  it('gives the reference embeddings (onnxruntime in Python on the same file) in one padded batch', async () => {
    const got = await encoder.embed(reference.vectors.map((v) => v.text));
    expect(encoder.dim).toBe(384);
    got.forEach((v, i) => {
      expect(cosine(v, Float32Array.from(reference.vectors[i]!.embedding))).toBeGreaterThan(0.9999);
      expect(cosine(v, v)).toBeCloseTo(1, 5);
    });
  });

  it('encodes a text once and serves it from the cache after', async () => {
    const before = { ...encoder.stats };
    await encoder.embed(['disk quota exceeded', 'disk quota exceeded']);
    await encoder.embed(['disk quota exceeded']);
    expect(encoder.stats.encoded - before.encoded).toBe(1);
    expect(encoder.stats.cached - before.cached).toBe(2);
  });

  it('reads placeholders as neutral, so a template and its line agree', () => {
    expect(templateText('Failed password for <*> from <IP> port <NUM> ssh2')).toBe(
      'Failed password for from port ssh2'
    );
  });
});

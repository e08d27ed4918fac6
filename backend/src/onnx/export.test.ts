import * as ort from 'onnxruntime-node';
import { forward, initNetwork, type Bag, type NetworkParams } from '../model/network';
import { createRng, gaussian } from '../model/rng';
import { acceptHostTypedArrays } from '../testing/tiny-bundle';
import { exportOnnx, ONNX_INPUTS, ONNX_OUTPUTS } from './export';

acceptHostTypedArrays(); // onnxruntime's outputs are typed arrays of Node's realm, not jest's

/** A random network: initNetwork leaves the embedding and biases at zero, so fill them too. */
function randomNetwork(): NetworkParams {
  const params = initNetwork({ buckets: 64, dim: 6, domains: 4 }, 5);
  const rng = createRng(9);
  for (const key of ['embedding', 'routerB', 'expertB'] as const) {
    params[key].forEach((_, i) => {
      params[key][i] = gaussian(rng);
    });
  }
  params.embedding.fill(0, 0, params.dim); // row 0 is padding
  return params;
}

function bag(ids: number[], rng: () => number): Bag {
  return { ids: Int32Array.from(ids), weights: Float32Array.from(ids.map(() => 0.1 + rng())) };
}

describe('exportOnnx', () => {
  let session: ort.InferenceSession;
  const params = randomNetwork();

  beforeAll(async () => {
    const bytes = exportOnnx(params, { producerVersion: 'test', docString: 'parity' });
    session = await ort.InferenceSession.create(bytes, { executionProviders: ['cpu'], intraOpNumThreads: 1 });
  });
  afterAll(async () => {
    await session.release();
  });

  it('declares the documented inputs and outputs', () => {
    expect([...session.inputNames].sort()).toEqual([ONNX_INPUTS.ids, ONNX_INPUTS.weights].sort());
    expect([...session.outputNames].sort()).toEqual([ONNX_OUTPUTS.expert, ONNX_OUTPUTS.router].sort());
  });

  it('matches the TypeScript forward pass within 1e-5 on a padded batch of bags of different lengths', async () => {
    const rng = createRng(21);
    const bags = [
      bag([1], rng),
      bag([5, 17, 63, 2, 40], rng),
      bag([], rng),
      bag([9, 10, 11], rng),
      bag(
        Array.from({ length: 12 }, (_, i) => 1 + ((i * 7) % 63)),
        rng
      ),
    ];
    const width = Math.max(...bags.map((b) => b.ids.length));
    const ids = new Int32Array(bags.length * width);
    const weights = new Float32Array(bags.length * width);
    bags.forEach((b, row) => {
      ids.set(b.ids, row * width);
      weights.set(b.weights, row * width);
    });
    const out = await session.run({
      [ONNX_INPUTS.ids]: new ort.Tensor('int32', ids, [bags.length, width]),
      [ONNX_INPUTS.weights]: new ort.Tensor('float32', weights, [bags.length, width]),
    });
    const router = out[ONNX_OUTPUTS.router]!;
    const expert = out[ONNX_OUTPUTS.expert]!;
    expect(router.dims).toEqual([bags.length, params.domains]);
    expect(expert.dims).toEqual([bags.length, params.domains]);
    bags.forEach((b, row) => {
      const ts = forward(params, b);
      for (let d = 0; d < params.domains; d++) {
        expect(Math.abs((router.data as Float32Array)[row * params.domains + d]! - ts.router[d]!)).toBeLessThan(1e-5);
        expect(Math.abs((expert.data as Float32Array)[row * params.domains + d]! - ts.expert[d]!)).toBeLessThan(1e-5);
      }
    });
  });

  it('is byte-for-byte deterministic', () => {
    const a = exportOnnx(params, { producerVersion: 'test', docString: 'x' });
    const b = exportOnnx(params, { producerVersion: 'test', docString: 'x' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

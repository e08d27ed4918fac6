import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { tinyBundle } from './tiny-bundle';

describe('tinyBundle', () => {
  it('trains once per worker and writes a complete bundle', async () => {
    const started = performance.now();
    const dir = await tinyBundle();
    const seconds = (performance.now() - started) / 1000;
    for (const f of ['manifest.json', 'model.onnx', 'templates.json', 'partition.json']) {
      expect(existsSync(join(dir, f))).toBe(true);
    }
    expect(seconds).toBeLessThan(3);
    expect(await tinyBundle()).toBe(dir);
  });

  it("makes jest's typed-array constructors accept Node's own (onnxruntime outputs)", () => {
    const host = runInThisContext('new Float32Array(2)') as unknown;
    expect(host instanceof Float32Array).toBe(true);
    expect(host instanceof Int32Array).toBe(false);
    expect(new Float32Array(1) instanceof Float32Array).toBe(true);
    expect([1] instanceof Float32Array).toBe(false);
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
});

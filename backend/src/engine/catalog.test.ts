import { tinyBundle } from '../testing/tiny-bundle';
import { loadCatalog } from './catalog';
import { loadDetector } from './detector';

describe('loadCatalog', () => {
  it('answers info and templates as the detector does, without an ONNX session', async () => {
    const dir = await tinyBundle();
    const catalog = loadCatalog(dir);
    const detector = await loadDetector(dir, { device: 'cpu' });
    try {
      const { device, ...info } = detector.info();
      expect(device).toBe('cpu');
      expect(catalog.info()).toEqual(info);
      for (const query of [{}, { offset: 3, limit: 5 }, { domain: catalog.info().domains[0]!.id }]) {
        expect(catalog.templates(query)).toEqual(detector.templates(query));
      }
      expect(catalog.templates({ limit: 1 }).templates).toHaveLength(1);
    } finally {
      await detector.close();
    }
  });

  it('refuses a directory that is no bundle', () => {
    expect(() => loadCatalog(__dirname)).toThrow(/model bundle/);
  });
});

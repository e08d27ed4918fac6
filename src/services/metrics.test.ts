import manifest from '../../models/default/manifest.json';
import { flattenMetrics, testMetrics } from './metrics';

describe('testMetrics', () => {
  it("parses the shipped bundle's test report, measured on its evaluation twin", () => {
    const test = testMetrics(manifest.metrics);
    expect(test).not.toBeNull();
    expect(test!.data).toBe('BGL_2005-06_to_08.log');
    expect(test!.slice).toEqual([0.8, 1]);
    expect(test!.f1).toBeGreaterThan(0.5);
    expect(test!.measuredOn?.bundle).toBe('default-eval');
    expect(test!.perDomain!.reduce((sum, d) => sum + d.lines, 0)).toBe(test!.lines);
  });

  it('is null when there is no test report or it has another shape', () => {
    expect(testMetrics({})).toBeNull();
    expect(testMetrics({ test: { f1: 0.9 } })).toBeNull();
    expect(testMetrics({ test: 'n/a' })).toBeNull();
  });
});

describe('flattenMetrics', () => {
  it('flattens nested objects and formats numbers', () => {
    expect(flattenMetrics({ bgl: { f1: 0.95123, lines: 17028 }, note: 'x', slice: [0.8, 1] })).toEqual([
      { name: 'bgl.f1', value: '0.951' },
      { name: 'bgl.lines', value: '17028' },
      { name: 'note', value: 'x' },
      { name: 'slice', value: '0.8, 1' },
    ]);
  });

  it('keys lists of objects by what names each element, never printing [object Object]', () => {
    const rows = flattenMetrics({
      perDomain: [
        { domain: 'kernel', f1: 0.9 },
        { domain: 'memory', f1: 0.1 },
      ],
      runs: [{ seconds: 1 }, { seconds: 2 }],
    });
    expect(rows).toEqual([
      { name: 'perDomain.kernel.f1', value: '0.900' },
      { name: 'perDomain.memory.f1', value: '0.100' },
      { name: 'runs.0.seconds', value: '1' },
      { name: 'runs.1.seconds', value: '2' },
    ]);
    const shipped = flattenMetrics(manifest.metrics);
    expect(shipped.length).toBeGreaterThan(10);
    expect(shipped.filter((r) => r.value.includes('[object Object]'))).toEqual([]);
  });

  it('leaves out the top-level keys shown elsewhere', () => {
    expect(flattenMetrics({ test: { f1: 1 }, validation: { f1: 0.5 } }, '', ['test'])).toEqual([
      { name: 'validation.f1', value: '0.500' },
    ]);
  });
});

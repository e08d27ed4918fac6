import { FieldType } from '@grafana/data';
import { flattenMetrics } from './metrics';
import { rateFrames } from './rateFrames';

describe('rateFrames', () => {
  it('makes one time series frame per domain with the rate in percentunit', () => {
    const frames = rateFrames(
      {
        bucketMs: 60_000,
        times: [0, 60_000],
        series: [{ domain: 'memory', rates: [0.5, null], anomalies: [1, 0], totals: [2, 0], totalAnomalies: 1 }],
      },
      'B'
    );
    expect(frames).toHaveLength(1);
    const [f] = frames;
    expect(f.refId).toBe('B');
    expect(f.name).toBe('memory');
    expect(f.fields.map((x) => [x.name, x.type])).toEqual([
      ['Time', FieldType.time],
      ['anomaly rate', FieldType.number],
      ['anomalies', FieldType.number],
      ['lines', FieldType.number],
    ]);
    expect(f.fields[1].values).toEqual([0.5, null]);
    expect(f.fields[1].config.unit).toBe('percentunit');
    expect(f.fields[1].labels).toEqual({ domain: 'memory' });
  });
});

describe('flattenMetrics', () => {
  it('flattens nested model-card metrics', () => {
    expect(flattenMetrics({ bgl: { f1: 0.95123, n: 10 }, note: 'x', tags: ['a', 'b'] })).toEqual([
      { name: 'bgl.f1', value: '0.951' },
      { name: 'bgl.n', value: '10' },
      { name: 'note', value: 'x' },
      { name: 'tags', value: 'a, b' },
    ]);
  });
});

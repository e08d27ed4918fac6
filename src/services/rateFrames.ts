/** Anomaly-rate buckets as Grafana time series frames: one frame per domain, rate in 0..1 (percentunit). */
import { createDataFrame, FieldType, type DataFrame } from '@grafana/data';
import type { RateBuckets } from './analysis';

export function rateFrames(buckets: RateBuckets, refId = 'A'): DataFrame[] {
  return buckets.series.map((s) =>
    createDataFrame({
      refId,
      name: s.domain,
      fields: [
        { name: 'Time', type: FieldType.time, values: buckets.times, config: { interval: buckets.bucketMs } },
        {
          name: 'anomaly rate',
          type: FieldType.number,
          values: s.rates,
          labels: { domain: s.domain },
          config: { unit: 'percentunit', min: 0, max: 1, displayNameFromDS: s.domain },
        },
        {
          name: 'anomalies',
          type: FieldType.number,
          values: s.anomalies,
          labels: { domain: s.domain },
          config: { custom: { hideFrom: { viz: true, legend: true } } },
        },
        {
          name: 'lines',
          type: FieldType.number,
          values: s.totals,
          labels: { domain: s.domain },
          config: { custom: { hideFrom: { viz: true, legend: true } } },
        },
      ],
    })
  );
}

/**
 * Log volume over time with the anomalies stacked by failure domain: the Explain page's timeline. Pure: buckets
 * from scored lines, then one Grafana frame (Time, Normal, one field per domain with anomalies) whose stacked bars
 * add up to the line count of each bucket.
 */
import { createDataFrame, FieldType, type DataFrame, type FieldConfigSource } from '@grafana/data';
import { DOMAIN_IDS, DOMAIN_TAXONOMY, type DomainId } from './contract';
import type { ScoredLine } from './analysis';

export interface VolumeBuckets {
  bucketMs: number;
  /** Bucket start times (ms), aligned to bucketMs. */
  times: number[];
  /** Lines with a normal verdict per bucket. */
  normal: number[];
  /** Anomalous lines per bucket for each domain that has any, most anomalies first. */
  anomalies: Array<{ domain: DomainId; counts: number[]; total: number }>;
}

export function volumeByDomain(lines: ScoredLine[], fromMs: number, toMs: number, bucketMs: number): VolumeBuckets {
  const start = Math.floor(fromMs / bucketMs) * bucketMs;
  const n = Math.max(1, Math.ceil((toMs - start) / bucketMs));
  const times = Array.from({ length: n }, (_, i) => start + i * bucketMs);
  const normal = new Array<number>(n).fill(0);
  const byDomain = new Map<DomainId, number[]>();
  for (const l of lines) {
    const b = Math.floor((l.timeMs - start) / bucketMs);
    if (b < 0 || b >= n) {
      continue;
    }
    if (l.result.verdict !== 'anomaly') {
      normal[b]++;
      continue;
    }
    let counts = byDomain.get(l.result.domain);
    if (!counts) {
      counts = new Array<number>(n).fill(0);
      byDomain.set(l.result.domain, counts);
    }
    counts[b]++;
  }
  const anomalies = [...byDomain.entries()].map(([domain, counts]) => ({
    domain,
    counts,
    total: counts.reduce((a, c) => a + c, 0),
  }));
  anomalies.sort((a, b) => b.total - a.total || a.domain.localeCompare(b.domain));
  return { bucketMs, times, normal, anomalies };
}

/**
 * A colour per domain from Grafana's named palette, fixed by the taxonomy's order so a domain keeps its colour
 * across queries, charts and chips.
 */
const DOMAIN_COLOURS = [
  'red',
  'orange',
  'yellow',
  'purple',
  'dark-red',
  'semi-dark-orange',
  'blue',
  'light-purple',
  'dark-yellow',
  'super-light-red',
  'dark-purple',
] as const;

export function domainColour(domain: DomainId): string {
  const i = DOMAIN_IDS.indexOf(domain);
  return DOMAIN_COLOURS[(i < 0 ? DOMAIN_IDS.length - 1 : i) % DOMAIN_COLOURS.length];
}

/** Normal lines stay neutral so the anomalies stand out. */
export const NORMAL_COLOUR = 'text';

/** The series name a domain's anomalies carry (legend, tooltip, override matcher). */
export function anomalySeriesName(domain: DomainId): string {
  return `${DOMAIN_TAXONOMY.find((d) => d.id === domain)?.title ?? domain} anomalies`;
}

export function volumeFrames(v: VolumeBuckets, refId = 'volume'): DataFrame[] {
  return [
    createDataFrame({
      refId,
      name: 'Log volume',
      fields: [
        { name: 'Time', type: FieldType.time, values: v.times, config: { interval: v.bucketMs } },
        { name: 'Normal', type: FieldType.number, values: v.normal, config: { displayName: 'Normal' } },
        ...v.anomalies.map((a) => ({
          name: a.domain,
          type: FieldType.number,
          values: a.counts,
          labels: { domain: a.domain },
          config: { displayName: anomalySeriesName(a.domain) },
        })),
      ],
    }),
  ];
}

/** Stacked bars, one colour per domain, normal lines in a muted colour at the bottom. */
export function volumeFieldConfig(v: VolumeBuckets): FieldConfigSource {
  const fixed = (name: string, colour: string, fillOpacity?: number) => ({
    matcher: { id: 'byName', options: name },
    properties: [
      { id: 'color', value: { mode: 'fixed', fixedColor: colour } },
      ...(fillOpacity === undefined ? [] : [{ id: 'custom.fillOpacity', value: fillOpacity }]),
    ],
  });
  // byName matches the display name.
  return {
    defaults: {
      min: 0,
      decimals: 0,
      unit: 'short',
      custom: {
        drawStyle: 'bars',
        barAlignment: 1,
        fillOpacity: 85,
        lineWidth: 0,
        showPoints: 'never',
        stacking: { mode: 'normal', group: 'A' },
        axisSoftMin: 0,
      },
    },
    overrides: [
      fixed('Normal', NORMAL_COLOUR, 18),
      ...v.anomalies.map((a) => fixed(anomalySeriesName(a.domain), domainColour(a.domain))),
    ],
  };
}

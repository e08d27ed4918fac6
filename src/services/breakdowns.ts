/**
 * Label and detected-field breakdowns of the scored lines: per field, its values with line and anomaly counts.
 * Stream labels come from Loki; level, component and host from the service's header parser (lineParts).
 */
import type { ScoredLine } from './analysis';
import type { LineParts } from './lineParts';

export interface BreakdownValue {
  value: string;
  lines: number;
  anomalies: number;
}

export interface Breakdown {
  field: string;
  /** `label`: a Loki stream label (include/exclude edit the selector); `detected`: parsed from the line. */
  source: 'label' | 'detected';
  values: BreakdownValue[];
}

const DETECTED: ReadonlyArray<keyof Pick<LineParts, 'levelText' | 'component' | 'host'>> = [
  'levelText',
  'component',
  'host',
];
const DETECTED_NAME: Record<(typeof DETECTED)[number], string> = {
  levelText: 'level',
  component: 'component',
  host: 'host',
};

/** Fields with at least two values (one value splits nothing), anomalous values first; at most `limit` values each. */
export function breakdowns(lines: ScoredLine[], partsOf: (l: ScoredLine) => LineParts, limit = 12): Breakdown[] {
  const fields = new Map<string, { source: Breakdown['source']; values: Map<string, BreakdownValue> }>();
  const add = (field: string, source: Breakdown['source'], value: string, anomaly: boolean) => {
    let f = fields.get(`${source}:${field}`);
    if (!f) {
      f = { source, values: new Map() };
      fields.set(`${source}:${field}`, f);
    }
    let v = f.values.get(value);
    if (!v) {
      v = { value, lines: 0, anomalies: 0 };
      f.values.set(value, v);
    }
    v.lines++;
    v.anomalies += anomaly ? 1 : 0;
  };
  for (const l of lines) {
    const anomaly = l.result.verdict === 'anomaly';
    for (const [k, v] of Object.entries(l.labels)) {
      add(k, 'label', v, anomaly);
    }
    const parts = partsOf(l);
    for (const key of DETECTED) {
      const v = parts[key];
      // A stream label of the same name already splits the lines.
      if (v && l.labels[DETECTED_NAME[key]] === undefined) {
        add(DETECTED_NAME[key], 'detected', v, anomaly);
      }
    }
  }
  const out: Breakdown[] = [];
  for (const [key, f] of fields) {
    if (f.values.size < 2) {
      continue;
    }
    const values = [...f.values.values()]
      .sort((a, b) => b.anomalies - a.anomalies || b.lines - a.lines || a.value.localeCompare(b.value))
      .slice(0, limit);
    out.push({ field: key.slice(key.indexOf(':') + 1), source: f.source, values });
  }
  const order = (b: Breakdown) => (b.field === 'level' ? 0 : b.source === 'label' ? 1 : 2);
  return out.sort((a, b) => order(a) - order(b) || a.field.localeCompare(b.field));
}

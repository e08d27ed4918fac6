/**
 * Pure conversion of Grafana Loki log frames into the lines the service scores. Handles Grafana 12/13 Loki frames
 * (fields labels, Time, Line, tsNs, id) and dataplane logs frames (timestamp, body, labels, id).
 */
import { FieldType, type DataFrame, type Field } from '@grafana/data';
import type { LogLineInput } from './contract';

export interface LogLine {
  /** Position in the time-ordered list (also the index sent to the service). */
  index: number;
  /** Nanosecond epoch as a decimal string (exceeds 2^53). */
  tsNs: string;
  timeMs: number;
  line: string;
  labels: Record<string, string>;
  id: string;
}

export interface FramesToLinesResult {
  lines: LogLine[];
  /** Rows available in the frames before the cap. */
  total: number;
  /** More rows than maxLines: the oldest were dropped. */
  capped: boolean;
}

function findField(frame: DataFrame, names: string[], type?: FieldType): Field | undefined {
  for (const name of names) {
    const f = frame.fields.find((x) => x.name === name);
    if (f) {
      return f;
    }
  }
  return type ? frame.fields.find((x) => x.type === type) : undefined;
}

function toLabels(value: unknown): Record<string, string> {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return {};
    }
  }
  if (!v || typeof v !== 'object') {
    return {};
  }
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    out[k] = typeof x === 'string' ? x : String(x);
  }
  return out;
}

function toMs(value: unknown): number {
  if (typeof value === 'number') {
    return value;
  }
  if (typeof value === 'string') {
    const n = Number(value);
    return Number.isFinite(n) ? n : Date.parse(value);
  }
  if (value instanceof Date) {
    return value.getTime();
  }
  return NaN;
}

/** Compares nanosecond strings without BigInt: shorter means smaller (no leading zeros in epochs). */
export function compareNs(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}

export function isLogsFrame(frame: DataFrame): boolean {
  return (
    Boolean(findField(frame, ['Line', 'body', 'line'])) &&
    Boolean(findField(frame, ['Time', 'timestamp'], FieldType.time))
  );
}

/**
 * All rows of all log frames, oldest first (Loki answers newest first), capped at maxLines most recent rows.
 */
export function framesToLines(frames: DataFrame[], maxLines: number): FramesToLinesResult {
  const rows: Array<Omit<LogLine, 'index'>> = [];
  for (const frame of frames) {
    const lineField = findField(frame, ['Line', 'body', 'line']);
    const timeField = findField(frame, ['Time', 'timestamp'], FieldType.time);
    if (!lineField || !timeField) {
      continue;
    }
    const tsNsField = findField(frame, ['tsNs']);
    const labelsField = findField(frame, ['labels']);
    const idField = findField(frame, ['id']);
    for (let i = 0; i < frame.length; i++) {
      const timeMs = toMs(timeField.values[i]);
      const rawNs = tsNsField?.values[i];
      const tsNs =
        typeof rawNs === 'string' && /^\d{1,19}$/.test(rawNs)
          ? rawNs
          : Number.isFinite(timeMs)
            ? `${Math.round(timeMs)}000000`
            : '0';
      const labels = labelsField ? toLabels(labelsField.values[i]) : { ...(lineField.labels ?? {}) };
      const rawId = idField?.values[i];
      rows.push({
        tsNs,
        timeMs: Number.isFinite(timeMs) ? timeMs : Number(tsNs.slice(0, -6) || 0),
        line: String(lineField.values[i] ?? ''),
        labels,
        id: typeof rawId === 'string' && rawId ? rawId : `${tsNs}_${rows.length}`,
      });
    }
  }
  // Stable sort keeps Loki's order for equal timestamps.
  const sorted = rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => compareNs(a.r.tsNs, b.r.tsNs) || a.i - b.i)
    .map((x) => x.r);
  const total = sorted.length;
  const kept = total > maxLines ? sorted.slice(total - maxLines) : sorted;
  return { lines: kept.map((r, index) => ({ ...r, index })), total, capped: total > maxLines };
}

export function toServiceLines(lines: LogLine[]): LogLineInput[] {
  return lines.map((l) => ({ line: l.line, timestamp: l.tsNs, labels: l.labels, id: l.id.slice(0, 256) }));
}

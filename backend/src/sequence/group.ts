/**
 * Cuts all posted lines into sequences: lines with a session key (HDFS block, OpenStack instance, request id, a
 * regex or a label) form one session per key; the rest form consecutive windows per stream (same label set), by
 * count (100 lines by default) or by time. Windows do not overlap, so each line belongs to one sequence.
 */
import { DEFAULT_SEQUENCE_WINDOW_LINES, type LogLineInput, type SequenceWindowing, type SessionKey } from '../contract';
import { resolveExtractors } from './keys';

export interface GroupedSequence {
  key: string | null;
  keyType: string;
  kind: 'session' | 'window';
  /** Canonical label set of a window's stream (`{a="x"}`); null for sessions. */
  stream: string | null;
  /** Request indices in event order (see timeOrder). */
  lineIndices: number[];
}

export function groupSequences(
  lines: readonly LogLineInput[],
  session: SessionKey | undefined,
  windowing: SequenceWindowing | undefined
): GroupedSequence[] {
  const extractors = resolveExtractors(session);
  const sessions = new Map<string, GroupedSequence>();
  const unkeyed = new Map<string, number[]>();
  lines.forEach((l, i) => {
    for (const { type, extract } of extractors) {
      const key = extract(l.line, l.labels);
      if (key !== null) {
        // The key type is part of the identity: a request id that equals a block id is another session.
        const id = `${type}\u0000${key}`;
        const s = sessions.get(id);
        if (s) {
          s.lineIndices.push(i);
        } else {
          sessions.set(id, { key, keyType: type, kind: 'session', stream: null, lineIndices: [i] });
        }
        return;
      }
    }
    const stream = streamOf(l.labels);
    const list = unkeyed.get(stream);
    if (list) {
      list.push(i);
    } else {
      unkeyed.set(stream, [i]);
    }
  });
  const windows: GroupedSequence[] = [];
  for (const [stream, indices] of unkeyed) {
    for (const w of cutWindows(lines, timeOrder(lines, indices), windowing)) {
      windows.push({ key: null, keyType: 'window', kind: 'window', stream, lineIndices: w });
    }
  }
  const keyed = [...sessions.values()].map((s) => ({ ...s, lineIndices: timeOrder(lines, s.lineIndices) }));
  return [...keyed, ...windows].sort((a, b) => Math.min(...a.lineIndices) - Math.min(...b.lineIndices));
}

/** `{app="x", pod="y"}` with sorted names; `{}` for a line without labels. */
export function streamOf(labels: Readonly<Record<string, string>> | undefined): string {
  const entries = Object.entries(labels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')}}`;
}

/**
 * Event order: time order when every line has a timestamp (Loki answers newest first by default; a session read
 * backwards would be all unexpected transitions), request order otherwise. The sort is stable.
 */
export function timeOrder(lines: readonly LogLineInput[], indices: readonly number[]): number[] {
  if (indices.some((i) => lines[i].timestamp === undefined)) {
    return [...indices];
  }
  const ts = new Map(indices.map((i) => [i, BigInt(lines[i].timestamp!)]));
  return [...indices].sort((a, b) => {
    const d = ts.get(a)! - ts.get(b)!;
    return d < 0n ? -1 : d > 0n ? 1 : a - b;
  });
}

/**
 * Consecutive windows over one stream's lines (already in event order). By time, windows are aligned on the
 * stream's first timestamp and `seconds` long; a line without a timestamp joins the window of the line before it.
 */
export function cutWindows(
  lines: readonly LogLineInput[],
  indices: readonly number[],
  windowing: SequenceWindowing | undefined
): number[][] {
  if (windowing?.seconds !== undefined) {
    const span = BigInt(Math.round(windowing.seconds * 1e9));
    const stamped = indices.filter((i) => lines[i].timestamp !== undefined).map((i) => BigInt(lines[i].timestamp!));
    const origin = stamped.length > 0 ? stamped.reduce((m, v) => (v < m ? v : m)) : 0n;
    const buckets = new Map<bigint, number[]>();
    let bucket = 0n;
    for (const i of indices) {
      const raw = lines[i].timestamp;
      if (raw !== undefined) {
        bucket = (BigInt(raw) - origin) / span;
      }
      const list = buckets.get(bucket);
      if (list) {
        list.push(i);
      } else {
        buckets.set(bucket, [i]);
      }
    }
    return [...buckets.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, v]) => v);
  }
  const size = windowing?.lines ?? DEFAULT_SEQUENCE_WINDOW_LINES;
  const out: number[][] = [];
  for (let k = 0; k < indices.length; k += size) {
    out.push(indices.slice(k, k + size));
  }
  return out;
}

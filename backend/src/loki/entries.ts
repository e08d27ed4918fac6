/** Flattening Loki stream results into entries, and the identity of an entry used for exactly-once bookkeeping. */
import { createHash } from 'node:crypto';
import { compareNs } from './timestamp';
import type { StreamResult } from './schemas';

export interface LokiEntry {
  /** Nanosecond epoch as a decimal string. */
  ts: string;
  line: string;
  /** Indexed stream labels (with categorize-labels) or every label Loki attached (without). */
  labels: Record<string, string>;
  structuredMetadata?: Record<string, string>;
  parsed?: Record<string, string>;
}

export function flattenStreams(result: StreamResult[]): LokiEntry[] {
  const entries: LokiEntry[] = [];
  for (const stream of result) {
    for (const value of stream.values) {
      const entry: LokiEntry = { ts: value[0], line: value[1], labels: stream.stream };
      const extra = value[2];
      if (extra !== undefined) {
        if (isCategorized(extra)) {
          if (extra.structuredMetadata) {
            entry.structuredMetadata = extra.structuredMetadata;
          }
          if (extra.parsed) {
            entry.parsed = extra.parsed;
          }
        } else if (Object.keys(extra).length > 0) {
          entry.structuredMetadata = extra;
        }
      }
      entries.push(entry);
    }
  }
  // Loki orders within a stream only; a stable sort keeps the per-stream order for equal timestamps.
  return entries.sort((a, b) => compareNs(a.ts, b.ts));
}

function isCategorized(
  extra: Record<string, unknown>
): extra is { structuredMetadata?: Record<string, string>; parsed?: Record<string, string> } {
  return typeof extra.structuredMetadata === 'object' || typeof extra.parsed === 'object';
}

export function canonicalLabels(labels: Record<string, string>): string {
  const keys = Object.keys(labels).sort();
  return `{${keys.map((k) => `${k}=${JSON.stringify(labels[k])}`).join(',')}}`;
}

/**
 * Identity of an entry within its timestamp: Loki deduplicates identical (stream, ts, line) at ingest, so
 * stream + line tells apart every entry that shares a nanosecond.
 */
export function entryKey(entry: Pick<LokiEntry, 'labels' | 'line'>): string {
  return createHash('sha256')
    .update(canonicalLabels(entry.labels))
    .update('\n')
    .update(entry.line)
    .digest('hex')
    .slice(0, 32);
}

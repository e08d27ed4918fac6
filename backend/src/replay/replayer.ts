/** Pushes the lines of a file to Loki at a steady rate with current timestamps, optionally looping. */
import { readFileSync } from 'node:fs';
import type { LokiClient } from '../loki';
import { linesDue, MonotonicNanoClock } from './pacer';

export interface ReplayOptions {
  client: LokiClient;
  lines: readonly string[];
  labels: Record<string, string>;
  /**
   * Loghub labelled files (BGL, Thunderbird): the first column is the ground truth (`-` or an alert category).
   * It is Loghub's, not the node's: the pushed line is the rest, exactly as the node wrote it (so nothing
   * downstream can read the answer off it), and the label travels as the structured metadata `truth` for
   * dashboards that compare verdicts with it.
   */
  loghubLabels?: boolean;
  /** Lines per second. */
  rate: number;
  loop: boolean;
  /** How often a batch is pushed. */
  tickMs?: number;
  signal?: AbortSignal;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onBatch?: (stats: ReplayStats) => void;
}

export interface ReplayStats {
  pushed: number;
  batches: number;
  loops: number;
}

export function readReplayFile(file: string): string[] {
  const lines = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
  if (lines.length === 0) {
    throw new Error(`${file} has no lines to replay`);
  }
  return lines;
}

/** The pushed form of a line: Loghub's label column moved out of the text into structured metadata. */
export function toEntry(
  line: string,
  ts: string,
  loghubLabels: boolean
): { ts: string; line: string; structuredMetadata?: Record<string, string> } {
  if (!loghubLabels) {
    return { ts, line };
  }
  const m = /^(\S+)(\s.*)?$/.exec(line);
  if (!m) {
    return { ts, line };
  }
  return { ts, line: (m[2] ?? '').trimStart(), structuredMetadata: { truth: m[1]! } };
}

export async function replay(options: ReplayOptions): Promise<ReplayStats> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const tickMs = options.tickMs ?? 250;
  const clock = new MonotonicNanoClock(now);
  const stats: ReplayStats = { pushed: 0, batches: 0, loops: 0 };
  const started = now();
  let cursor = 0;
  // `sent` counts lines over all loops, so the rate holds across the wrap-around.
  let sent = 0;
  while (!options.signal?.aborted) {
    const due = linesDue(options.rate, now() - started) - sent;
    if (due > 0) {
      const batch: Array<ReturnType<typeof toEntry>> = [];
      while (batch.length < due) {
        if (cursor === options.lines.length) {
          if (!options.loop) {
            break;
          }
          cursor = 0;
          stats.loops++;
        }
        batch.push(toEntry(options.lines[cursor++]!, clock.next(), options.loghubLabels ?? false));
      }
      if (batch.length > 0) {
        await options.client.push([{ labels: options.labels, entries: batch }]);
        sent += batch.length;
        stats.pushed += batch.length;
        stats.batches++;
        options.onBatch?.(stats);
      }
      if (!options.loop && cursor === options.lines.length) {
        break;
      }
    }
    await sleep(tickMs);
  }
  return stats;
}

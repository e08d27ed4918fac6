/**
 * Explicit feeding: a stream's history in order (a file for `baseline learn`, a request body for the learn
 * route), scored by the engine for its templates and counted into the stream's baseline. Lines without a
 * timestamp take their header's time (line-time.ts), else the previous line's.
 */
import type { LogLineInput } from '../contract';
import type { ScoringEngine } from '../engine/types';
import { createNormalizer } from '../normalize';
import { lineTimes } from './line-time';
import type { BaselineScorer } from './scorer';

export interface LearnReport {
  stream: string;
  lines: number;
  templates: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

const BATCH = 1000;

/** Loki-style ns timestamps for raw lines from their headers (`year` for headers without one). */
export function timestampsFromHeaders(lines: readonly string[], year: number, fallbackMs: number): string[] {
  const normalizer = createNormalizer({ format: 'auto' });
  const headers = lines.map((l) => normalizer.normalize(l).timestamp);
  return lineTimes(headers, year, fallbackMs).map((ms) => `${Math.floor(ms)}000000`);
}

export async function learnStream(
  engine: ScoringEngine,
  scorer: BaselineScorer,
  labels: Record<string, string>,
  lines: readonly LogLineInput[]
): Promise<LearnReport> {
  const key = scorer.keyOf({ line: '', labels });
  if (key === null) {
    throw new Error('the stream has no labels: give at least one k=v');
  }
  for (let i = 0; i < lines.length; i += BATCH) {
    const batch = lines.slice(i, i + BATCH).map((l) => ({ ...l, labels }));
    const results = await engine.score(batch);
    scorer.observe(batch, results);
  }
  scorer.store.markBootstrapped(key, labels);
  const s = scorer.store.get(key)!;
  return {
    stream: key,
    lines: lines.length,
    templates: s.templates.size,
    firstSeen: s.firstSeen ? new Date(s.firstSeen).toISOString() : null,
    lastSeen: s.lastSeen ? new Date(s.lastSeen).toISOString() : null,
  };
}

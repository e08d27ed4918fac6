/**
 * The counting half of training: transition counts, per-template count bounds and precedences of NORMAL sessions
 * (already validated). Weights and calibration are the caller's (train.ts).
 */
import {
  DEFAULT_SEQUENCE_WEIGHTS,
  END,
  SEQUENCE_MODEL_KIND,
  SEQUENCE_MODEL_VERSION,
  START,
  type SequenceModelJson,
  type SequenceTrainOptions,
  type TrainingSession,
} from './schema';

export const DEFAULT_SMOOTHING = 0.1;
/** Counts seen in at most 0.5 % of normal sessions on either side lie outside the bounds. */
export const DEFAULT_BOUND_QUANTILE = 0.005;
/** A template in fewer than 1 % of normal sessions is rare: normal-looking but suspicious. */
export const DEFAULT_RARE_PRESENCE = 0.01;
/** Raw-score units per logit: one unit (about one finding) above the threshold reads as p ≈ 0.88. */
export const DEFAULT_SCALE = 0.5;

export function fitNormalSessions(
  sessions: readonly TrainingSession[],
  options: Omit<SequenceTrainOptions, 'validation' | 'anomalies' | 'templateText'>
): SequenceModelJson {
  const stats = new Map<string, { sessions: number; min: number; max: number; counts: number[] }>();
  const transitions = new Map<string, number>();
  for (const { templateIds } of sessions) {
    const counts = new Map<string, number>();
    for (const id of templateIds) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, c] of counts) {
      const s = stats.get(id);
      if (s) {
        s.sessions++;
        s.min = Math.min(s.min, c);
        s.max = Math.max(s.max, c);
        s.counts.push(c);
      } else {
        stats.set(id, { sessions: 1, min: c, max: c, counts: [c] });
      }
    }
    const path = [START, ...templateIds, END];
    for (let i = 1; i < path.length; i++) {
      const pair = `${path[i - 1]}\u0000${path[i]}`;
      transitions.set(pair, (transitions.get(pair) ?? 0) + 1);
    }
  }
  const total = sessions.length;
  const boundQuantile = options.boundQuantile ?? DEFAULT_BOUND_QUANTILE;
  const templates = [...stats.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([id, s]) => {
      const [low, high] = countBounds(s.counts, total, boundQuantile);
      return { id, sessions: s.sessions, min: s.sessions < total ? 0 : s.min, max: s.max, low, high };
    });
  const transitionRows = [...transitions.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([pair, count]): [string, string, number] => {
      const [from, to] = pair.split('\u0000');
      return [from, to, count];
    });

  const precedes = precedence(
    sessions,
    templates.filter((t) => t.low >= 1).map((t) => t.id)
  );

  return {
    kind: SEQUENCE_MODEL_KIND,
    version: SEQUENCE_MODEL_VERSION,
    sessions: total,
    smoothing: options.smoothing ?? DEFAULT_SMOOTHING,
    boundQuantile,
    rarePresence: options.rarePresence ?? DEFAULT_RARE_PRESENCE,
    openEnded: options.openEnded ?? true,
    templates,
    precedes,
    transitions: transitionRows,
    weights: { ...DEFAULT_SEQUENCE_WEIGHTS, ...options.weights },
    calibration: { method: 'training-max', threshold: 0, scale: options.scale ?? DEFAULT_SCALE, validation: null },
  };
}

/** Share of co-occurring sessions in which `a` must come first for `[a, b]` to be a precedence. */
export const PRECEDENCE_SHARE = 0.99;

/** Pairs [a, b] with a expected (low bound ≥ 1) that first occur before b in nearly every normal session with both. */
function precedence(
  sessions: ReadonlyArray<{ templateIds: string[] }>,
  expected: readonly string[]
): Array<[string, string]> {
  const together = new Map<string, number>();
  const before = new Map<string, number>();
  const expectedSet = new Set(expected);
  for (const { templateIds } of sessions) {
    const first = new Map<string, number>();
    templateIds.forEach((id, i) => {
      if (!first.has(id)) {
        first.set(id, i);
      }
    });
    for (const [a, ia] of first) {
      if (!expectedSet.has(a)) {
        continue;
      }
      for (const [b, ib] of first) {
        if (a !== b) {
          const pair = `${a}\u0000${b}`;
          together.set(pair, (together.get(pair) ?? 0) + 1);
          if (ia < ib) {
            before.set(pair, (before.get(pair) ?? 0) + 1);
          }
        }
      }
    }
  }
  return [...together.entries()]
    .filter(([pair, n]) => (before.get(pair) ?? 0) >= PRECEDENCE_SHARE * n)
    .map(([pair]) => pair.split('\u0000') as [string, string])
    .sort((x, y) => (x[0] + x[1] < y[0] + y[1] ? -1 : 1));
}

/**
 * Lower and upper count quantiles over all `total` sessions, counting the sessions without the template as 0
 * (nearest-rank, so the bounds are counts that actually occurred).
 */
export function countBounds(presentCounts: readonly number[], total: number, q: number): [number, number] {
  const sorted = [...new Array<number>(total - presentCounts.length).fill(0), ...presentCounts].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(total - 1, Math.max(0, Math.ceil(p * total) - 1))];
  return [q === 0 ? sorted[0] : at(q), q === 0 ? sorted[total - 1] : at(1 - q)];
}

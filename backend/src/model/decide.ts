/**
 * From network outputs to a verdict (FAME's decision rule, or LogMoE's soft mixture): pure-anomaly and
 * pure-normal domains are decided by routing alone, mixed domains by their calibrated expert and threshold.
 */
import type { CombineMode, DomainId, DomainScore, Verdict } from '../contract';
import { applyPlatt, type Platt } from './calibrate';

export type DomainType = 'pure-anomaly' | 'pure-normal' | 'mixed';

export interface DomainDecision {
  id: DomainId;
  type: DomainType;
  /** Mixed domains: the expert's probability calibration. */
  platt: Platt | null;
  /** Mixed domains: calibrated probability at or above which a line is an anomaly. */
  threshold: number;
  /** Pure domains: the calibrated probability that a line routed here is an anomaly (held-out precision). */
  prior: number;
}

export interface DecisionTable {
  domains: readonly DomainDecision[];
  /** Threshold of the soft mixture's probability. */
  softThreshold: number;
  /**
   * Held-out anomaly rate of quiet novel lines (template never seen in training, no failure vocabulary, no error
   * level): their verdict rests on this rate, not on the network, whose output on features it never saw is an
   * extrapolation (it flagged most lines of systems absent from training). Null: no such rule (older bundles).
   */
  quietNovelPrior: number | null;
}

export interface Decision {
  verdict: Verdict;
  score: number;
  domain: DomainId;
  domainScores: DomainScore[];
}

/** Calibrated probability that a line handled by domain `d` is an anomaly. */
export function domainAnomalyProbability(domain: DomainDecision, expertProb: number): number {
  if (domain.type !== 'mixed' || !domain.platt) {
    return domain.prior;
  }
  return applyPlatt(domain.platt, expertProb);
}

/** Top domains reported per line. */
export const TOP_DOMAINS = 3;

/**
 * One line's decision as plain fields, written in place: the scoring path decides every line into one reused
 * scratch (no per-line objects) and builds result objects, or packed arrays, from it.
 */
export interface DecisionScratch {
  anomaly: boolean;
  score: number;
  /** Index of the routed domain in `table.domains`. */
  domain: number;
  /** Indices and clamped router scores of the top domains (score descending, then id), `topCount` of them. */
  top: Int32Array;
  topScores: Float64Array;
  topCount: number;
}

export function decisionScratch(): DecisionScratch {
  return {
    anomaly: false,
    score: 0,
    domain: 0,
    top: new Int32Array(TOP_DOMAINS),
    topScores: new Float64Array(TOP_DOMAINS),
    topCount: 0,
  };
}

// Rank of each domain id in `localeCompare` order (the top domains' tie-break), computed once per table.
const idRanks = new WeakMap<DecisionTable, Int32Array>();

function idRank(table: DecisionTable): Int32Array {
  let ranks = idRanks.get(table);
  if (ranks === undefined) {
    const ids = table.domains.map((d) => d.id);
    const sorted = [...ids].sort((a, b) => a.localeCompare(b));
    ranks = Int32Array.from(ids, (id) => sorted.findIndex((s) => s.localeCompare(id) === 0));
    idRanks.set(table, ranks);
  }
  return ranks;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * The top `TOP_DOMAINS` by clamped router score, ties by id (`localeCompare`), then by position (as a stable sort
 * would): a selection over the few domains, no per-line arrays.
 */
function topDomainsInto(table: DecisionTable, router: ArrayLike<number>, at: number, out: DecisionScratch): void {
  const ranks = idRank(table);
  const n = table.domains.length;
  const count = Math.min(TOP_DOMAINS, n);
  for (let k = 0; k < count; k++) {
    let best = -1;
    let bestScore = 0;
    for (let d = 0; d < n; d++) {
      if ((k > 0 && out.top[0] === d) || (k > 1 && out.top[1] === d)) {
        continue;
      }
      const score = clamp01(router[at + d]!);
      if (best < 0 || score > bestScore || (score === bestScore && ranks[d]! < ranks[best]!)) {
        best = d;
        bestScore = score;
      }
    }
    out.top[k] = best;
    out.topScores[k] = bestScore;
  }
  out.topCount = count;
}

/**
 * The verdict of one line into `out`: `router` and `expert` hold the line's domain outputs from index `at`.
 * `quietNovel`: its template is unseen and it carries no failure evidence (model/evidence.ts); with a
 * prior in the table, that prior is its score and decides (the routed domain stays, for the record).
 */
export function decideInto(
  table: DecisionTable,
  router: ArrayLike<number>,
  expert: ArrayLike<number>,
  at: number,
  mode: CombineMode,
  quietNovel: boolean,
  out: DecisionScratch
): void {
  const domains = table.domains;
  let top = 0;
  for (let d = 1; d < domains.length; d++) {
    if (router[at + d]! > router[at + top]!) {
      top = d;
    }
  }
  topDomainsInto(table, router, at, out);
  out.domain = top;
  const routed = domains[top]!;
  if (mode === 'soft') {
    let p = 0;
    for (let d = 0; d < domains.length; d++) {
      p += router[at + d]! * domainAnomalyProbability(domains[d]!, expert[at + d]!);
    }
    out.score = clamp01(p);
    out.anomaly = out.score >= table.softThreshold;
  } else {
    out.score = domainAnomalyProbability(routed, expert[at + top]!);
    out.anomaly =
      routed.type === 'pure-anomaly' ? true : routed.type === 'pure-normal' ? false : out.score >= routed.threshold;
  }
  if (quietNovel && table.quietNovelPrior !== null) {
    out.score = table.quietNovelPrior;
    out.anomaly = out.score > 0.5;
  }
}

/** The top domains of a decision as result objects. */
export function domainScoresOf(table: DecisionTable, d: DecisionScratch): DomainScore[] {
  const scores = new Array<DomainScore>(d.topCount);
  for (let k = 0; k < d.topCount; k++) {
    scores[k] = { domain: table.domains[d.top[k]!]!.id, score: d.topScores[k]! };
  }
  return scores;
}

const shared = decisionScratch();

/** The verdict of one line (see `decideInto`). */
export function decide(
  table: DecisionTable,
  router: ArrayLike<number>,
  expert: ArrayLike<number>,
  mode: CombineMode,
  quietNovel = false
): Decision {
  decideInto(table, router, expert, 0, mode, quietNovel, shared);
  return {
    verdict: shared.anomaly ? 'anomaly' : 'normal',
    score: shared.score,
    domain: table.domains[shared.domain]!.id,
    domainScores: domainScoresOf(table, shared),
  };
}

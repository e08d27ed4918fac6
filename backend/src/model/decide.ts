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

function topDomains(table: DecisionTable, router: ArrayLike<number>, n: number): DomainScore[] {
  return table.domains
    .map((d, i) => ({ domain: d.id, score: Math.min(1, Math.max(0, router[i]!)) }))
    .sort((a, b) => b.score - a.score || a.domain.localeCompare(b.domain))
    .slice(0, n);
}

/**
 * The verdict of one line. `quietNovel`: its template is unseen and it carries no failure evidence (see
 * engine's `isQuietNovel`); with a prior in the table, that prior is its score and decides (the routed domain
 * stays, for the record).
 */
export function decide(
  table: DecisionTable,
  router: ArrayLike<number>,
  expert: ArrayLike<number>,
  mode: CombineMode,
  quietNovel = false
): Decision {
  const decision = decideByNetwork(table, router, expert, mode);
  if (!quietNovel || table.quietNovelPrior === null) {
    return decision;
  }
  const score = table.quietNovelPrior;
  return { ...decision, score, verdict: score > 0.5 ? 'anomaly' : 'normal' };
}

function decideByNetwork(
  table: DecisionTable,
  router: ArrayLike<number>,
  expert: ArrayLike<number>,
  mode: CombineMode
): Decision {
  let top = 0;
  for (let d = 1; d < table.domains.length; d++) {
    if (router[d]! > router[top]!) {
      top = d;
    }
  }
  const domainScores = topDomains(table, router, 3);
  const routed = table.domains[top]!;
  if (mode === 'soft') {
    let p = 0;
    for (let d = 0; d < table.domains.length; d++) {
      p += router[d]! * domainAnomalyProbability(table.domains[d]!, expert[d]!);
    }
    const score = Math.min(1, Math.max(0, p));
    return { verdict: score >= table.softThreshold ? 'anomaly' : 'normal', score, domain: routed.id, domainScores };
  }
  const score = domainAnomalyProbability(routed, expert[top]!);
  const verdict: Verdict =
    routed.type === 'pure-anomaly'
      ? 'anomaly'
      : routed.type === 'pure-normal'
        ? 'normal'
        : score >= routed.threshold
          ? 'anomaly'
          : 'normal';
  return { verdict, score, domain: routed.id, domainScores };
}

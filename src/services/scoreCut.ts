/**
 * The cut a line's calibrated score was compared with, so the page never shows "0.75 normal" beside a hidden
 * 0.79 threshold. Mirrors the service's decision rule (backend/src/model/decide.ts) from what /api/v1/model
 * publishes: mixed domains compare with their threshold, pure domains decide by routing, quiet novel lines rest on
 * the held-out prior with a cut of 0.5, the soft mixture has one threshold.
 */
import type { LineResult, ModelInfo } from './contract';

export interface ScoreCut {
  /** The threshold the score was compared with; null when routing alone decided. */
  cut: number | null;
  /** How the verdict was reached, in words. */
  rule: string;
}

export function scoreCut(result: LineResult, model: ModelInfo | null | undefined): ScoreCut | null {
  const decision = model?.decision;
  const domain = model?.domains.find((d) => d.id === result.domain);
  if (!decision || !domain) {
    return null;
  }
  if (result.novel && decision.quietNovelPrior !== null && result.score === decision.quietNovelPrior) {
    return { cut: 0.5, rule: 'new template without failure evidence: the held-out rate of such lines decides' };
  }
  if (decision.combine === 'soft') {
    return { cut: decision.softThreshold, rule: 'router-weighted mixture of the experts' };
  }
  if (domain.type === 'pure-anomaly') {
    return { cut: null, rule: `routed to ${domain.id}, a domain whose lines are all anomalies in training` };
  }
  if (domain.type === 'pure-normal') {
    return { cut: null, rule: `routed to ${domain.id}, a domain whose lines are all normal in training` };
  }
  return domain.threshold === undefined ? null : { cut: domain.threshold, rule: `${domain.id} expert's threshold` };
}

/** "0.75 < 0.79", "0.99 ≥ 0.50", or the score alone when routing decided. */
export function formatScoreWithCut(score: number, cut: ScoreCut | null): string {
  if (!cut || cut.cut === null) {
    return score.toFixed(2);
  }
  return `${score.toFixed(2)} ${score >= cut.cut ? '≥' : '<'} ${cut.cut.toFixed(2)}`;
}

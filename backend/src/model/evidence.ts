/**
 * Whether a line gives any reason of its own to suspect a failure: failure vocabulary in its message, or a
 * header level of error or worse. For a line whose template the model never saw, this is all the evidence
 * there is (see `quietNovelPrior` in decide.ts).
 */
import { speaksOfFailure } from '../features/lexicon';
import type { NormalizedLine } from '../normalize';

// `failure` is a BGL level word (its FAILURE lines are hardware faults).
const SEVERE_LEVEL = /^(e|err|error|f|fatal|failure|crit|critical|emerg|emergency|alert|panic|severe)$/i;

/** A header level of error or worse. */
export function isSevereLevel(level: string | null): boolean {
  return level !== null && SEVERE_LEVEL.test(level);
}

export function carriesFailureEvidence(line: NormalizedLine): boolean {
  return isSevereLevel(line.level) || speaksOfFailure(line.tokens);
}

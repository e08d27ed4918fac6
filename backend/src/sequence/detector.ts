/**
 * The bundle's `sequence.json` as a scorer: the normal-behaviour model alone (versions 1 and 2), or — from
 * version 3, when the bundle was trained with session labels — combined with its supervised classifier.
 */
import type { SequenceScorer } from './assess';
import { SequenceModel } from './model';

export function loadSequenceScorer(json: unknown): SequenceScorer {
  return SequenceModel.fromJSON(json);
}

/**
 * Binds `/api/v1/explain` to a loaded model. The reasoning engine (reasoning/explain.ts, `explainSequence`) is
 * built separately; until it lands this returns undefined and the route answers 501 not_implemented.
 *
 * To wire it in: import { explainSequence } from '../reasoning/explain' and return
 *   (request) => explainSequence(engine, detector.bundle.knowledge, detector.bundle.sequenceModel, request)
 * (names per that module's final signature).
 */
import type { ExplainRequest, ExplainResponse } from '../contract';
import type { ScoringEngine } from '../engine/types';
import type { ModelCatalog } from './pooled-engine';

export type Explainer = (request: ExplainRequest) => Promise<ExplainResponse>;

export function bindExplainer(_catalog: ModelCatalog, _engine: ScoringEngine): Explainer | undefined {
  return undefined;
}

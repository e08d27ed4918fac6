/**
 * Binds `/api/v1/explain` to a loaded model: the reasoning engine (reasoning/explain.ts) over the pooled scoring
 * engine, with the knowledge (template glosses, domain descriptions) and the sequence model of the bundle the
 * main thread loaded. An optional LLM narrator (NARRATOR_* env) rewrites the grounded reasoning on request.
 */
import type { ExplainRequest, ExplainResponse } from '../contract';
import type { LoadedBundle } from '../bundle/load';
import type { ScoringEngine } from '../engine/types';
import { explainSequence, type Narrator } from '../reasoning/explain';
import { knowledgeFromTables } from '../reasoning/knowledge';
import { loadSequenceScorer } from '../sequence/detector';
import type { ModelCatalog } from './pooled-engine';

export type Explainer = (request: ExplainRequest) => Promise<ExplainResponse>;

/** Undefined when the catalog carries no bundle (test doubles): the route then answers 501. */
export function bindExplainer(
  catalog: ModelCatalog,
  engine: ScoringEngine,
  narrator?: Narrator
): Explainer | undefined {
  const bundle = (catalog as { bundle?: LoadedBundle }).bundle;
  if (!bundle) {
    return undefined;
  }
  const knowledge = knowledgeFromTables(bundle.knowledge.templates, bundle.knowledge.domains);
  // The bundle loader verified the file's hash; fromJSON validates its content (a bad model fails the load).
  const sequenceModel = bundle.sequenceModel ? loadSequenceScorer(bundle.sequenceModel) : null;
  return (request) => explainSequence(engine, knowledge, sequenceModel, request, narrator);
}

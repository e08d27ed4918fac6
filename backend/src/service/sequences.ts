/**
 * Binds `/api/v1/sequences` to a loaded model: every posted line scored once by the pooled engine, headers parsed
 * for levels, then the incidents list (sequence/incidents.ts) with the bundle's sequence model and glosses.
 */
import type { LoadedBundle } from '../bundle/load';
import type { SequencesRequest, SequencesResponse } from '../contract';
import type { ScoringEngine } from '../engine/types';
import { knowledgeFromTables } from '../reasoning/knowledge';
import { toEvents } from '../reasoning/explain';
import { listIncidents } from '../sequence/incidents';
import { loadSequenceScorer } from '../sequence/detector';
import type { ModelCatalog } from './pooled-engine';

export type SequenceLister = (request: SequencesRequest) => Promise<SequencesResponse>;

/** Undefined when the catalog carries no bundle (test doubles): the route then answers 501. */
export function bindSequences(catalog: ModelCatalog, engine: ScoringEngine): SequenceLister | undefined {
  const bundle = (catalog as { bundle?: LoadedBundle }).bundle;
  if (!bundle) {
    return undefined;
  }
  const knowledge = knowledgeFromTables(bundle.knowledge.templates, bundle.knowledge.domains);
  const scorer = bundle.sequenceModel ? loadSequenceScorer(bundle.sequenceModel) : null;
  return async (request) => {
    const options = request.options?.combine ? { combine: request.options.combine } : {};
    const results = await engine.score(request.lines, options);
    if (results.length !== request.lines.length) {
      throw new Error(`the scorer returned ${results.length} results for ${request.lines.length} lines`);
    }
    const events = toEvents(request.lines);
    const textOf = new Map(results.map((r) => [r.template.id, r.template.text]));
    const label = (id: string) => knowledge.template(id)?.gloss ?? textOf.get(id) ?? id;
    return { model: engine.model, ...listIncidents(request, results, events, scorer, label) };
  };
}

/** Public API of hierarchical reasoning. */
export { buildReasoning } from './build';
export {
  explainSequence,
  toEvents,
  ExplainInputError,
  type LineScorer,
  type Narrator,
  type NarrationInput,
} from './explain';
export {
  EMPTY_KNOWLEDGE,
  knowledgeFromTables,
  type DomainKnowledge,
  type ReasoningKnowledge,
  type TemplateKnowledge,
} from './knowledge';
export { reasoningProblems } from './validate';
export type { ReasoningEvent, ReasoningFinding, SequenceVerdict } from './types';

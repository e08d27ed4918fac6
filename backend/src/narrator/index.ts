/** Public API of the optional LLM narrator. */
export {
  LlmNarrator,
  narratorFromEnv,
  narratorOptionsFromEnv,
  narratorOptionsSchema,
  type NarratorOptions,
} from './llm-narrator';
export { LruCache } from './cache';
export { buildUserPrompt, maskedLines, sequenceHash, SYSTEM_PROMPT } from './prompt';

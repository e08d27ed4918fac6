/** Public API of sessions and the sequence model. */
export { trainSequenceModel, calibrateOnValidation, DEFAULT_SMOOTHING, DEFAULT_SCALE } from './train';
export { SequenceModel, type SequenceAssessment, type SequenceFindingDraft, type TemplateLabeller } from './model';
export {
  sequenceModelJsonSchema,
  SEQUENCE_MODEL_KIND,
  SEQUENCE_MODEL_VERSION,
  DEFAULT_SEQUENCE_WEIGHTS,
  type SequenceModelJson,
  type SequenceTrainOptions,
  type TrainingSession,
  type ValidationSession,
} from './schema';
export { selectSequence, groupByKey, DEFAULT_WINDOW_LINES, type SelectedSequence, type SequenceWindow } from './select';
export * from './keys';
export { binaryMetrics, type BinaryMetrics } from './metrics';
export { evaluateSessions, type SessionEvalReport } from './evaluate';

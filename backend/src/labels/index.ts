/** The durable label store, its feedback HTTP API and the retrain job manager (issue 9, service side). */
export * from './schemas';
export { LabelStore, IdempotencyConflictError, type LabelStoreOptions, type WriteContext } from './store';
export { MIGRATIONS, MigrationError, migrate, type Migration } from './migrations';
export { exportJsonl, importJsonl, splitLines, type ImportOptions } from './jsonl';
export { labelsRouter, USER_HEADER, requestUser, type LabelsRouterOptions } from './router';
export {
  RetrainJobManager,
  RetrainBusyError,
  NoRollbackError,
  type BundleSwitch,
  type Retrainer,
  type RetrainInput,
  type RetrainOutput,
  type RetrainProgress,
  type RetrainJobManagerOptions,
} from './retrain-jobs';

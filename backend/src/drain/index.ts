/** Public API of the template miner. */
export { DrainMiner, type DrainStats } from './miner';
export { DEFAULT_DRAIN_OPTIONS, drainOptionsSchema, resolveDrainOptions, type DrainOptions } from './options';
export { DRAIN_SNAPSHOT_KIND, DRAIN_SNAPSHOT_VERSION, drainSnapshotSchema, type DrainSnapshot } from './snapshot';
export { templateId, unseenTemplate, unseenTemplateId } from './ids';
export { generalize, tokenFits, WILDCARD } from './template';
export type { AddResult, ChangeType, TemplateMatch } from './types';

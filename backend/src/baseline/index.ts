/** Stream baselines (issue 19): what is routine on each of the user's streams, learnt without labels. */
export { BaselineStore, BASELINE_FILE, type BaselineStoreOptions, type StreamSummary } from './store';
export { BaselineScorer, lineMs, type BaselineScorerOptions } from './scorer';
export { BaselinedEngine } from './engine';
export { classify, DEFAULT_RULES, type BaselineRules } from './classify';
export { combineInto, DEFAULT_COMBINE, type CombineRules } from './combine';
export { DEFAULT_STREAM_LABELS, parseLabelList, parseStreamLabels, streamKey, streamSelector } from './identity';
export { labelledTemplates, trainedTemplateIds, userLabelledTemplateIds, type LabelledTemplates } from './labelled';
export { baselineRouter } from './router';
export { bootstrapStream, DEFAULT_BOOTSTRAP, type BootstrapOptions, type BootstrapReport } from './bootstrap';
export { watchBaselineFeed, type WatchBaselineFeed } from './watch-feed';
export { DEFAULT_LIMITS, type BaselineLimits } from './stats';
export { learnStream, timestampsFromHeaders, type LearnReport } from './learn';
export { parseHeaderTime, lineTimes } from './line-time';
export { citeBaseline } from './cite';

/**
 * The service's stream baselines (issue 19), when BASELINE_STORE is set: the store, the scorer whose decisions
 * leave labelled templates alone, and the engine wrapper every loaded model's engine goes through. Without a
 * store every hook is the identity and scoring is as before.
 */
import type { Logger } from 'pino';
import {
  BaselinedEngine,
  BaselineScorer,
  BaselineStore,
  labelledTemplates,
  parseStreamLabels,
  userLabelledTemplateIds,
} from '../baseline';
import type { ScoringEngine } from '../engine/types';
import type { LabelStore } from '../labels';
import type { ServiceConfig } from './config';

export interface ServiceBaseline {
  scorer: BaselineScorer | null;
  wrap(engine: ScoringEngine): ScoringEngine;
  /** The label store whose template verdicts override the baseline (bound once it is open). */
  userLabels(store: LabelStore | null): void;
  close(): void;
}

export function openBaseline(
  config: Pick<ServiceConfig, 'baselineStore' | 'baselineStreamLabels'>,
  logger: Pick<Logger, 'info'>,
  currentEngine: () => ScoringEngine | null
): ServiceBaseline {
  if (!config.baselineStore) {
    return { scorer: null, wrap: (e) => e, userLabels: () => undefined, close: () => undefined };
  }
  const store = BaselineStore.open(config.baselineStore);
  let labelDb: LabelStore | null = null;
  // The serving engine (through the wrapper) answers templates(); its inner engine is what has the bundle.
  const labelled = labelledTemplates(currentEngine, null);
  const scorer = new BaselineScorer(store, {
    streamLabels: parseStreamLabels(config.baselineStreamLabels ?? undefined),
    labelled: {
      refresh: () => {
        labelled.refresh();
        userSet.refresh();
      },
      has: (id) => labelled.has(id) || userSet.has(id),
    },
  });
  const userSet = {
    ids: new Set<string>(),
    at: -Infinity,
    refresh() {
      if (labelDb && Date.now() - this.at > 30_000) {
        this.ids = userLabelledTemplateIds(labelDb.db);
        this.at = Date.now();
      }
    },
    has(id: string) {
      return this.ids.has(id);
    },
  };
  logger.info({ baselineStore: store.file, streamLabels: scorer.streamLabels }, 'stream baselines on');
  return {
    scorer,
    wrap: (engine) => new BaselinedEngine(engine, scorer),
    userLabels: (s) => {
      labelDb = s;
    },
    close: () => store.close(),
  };
}

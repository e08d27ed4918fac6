/**
 * A ScoringEngine that always delegates to the model serving right now. In-process consumers (the Loki watcher)
 * hold this one reference and follow reloads without knowing about them.
 */
import type { LineResult, LogLineInput, ModelInfo, ModelRef, ModelTemplatesResponse } from '../contract';
import type { ScoreOptions, ScoringEngine, TemplateQuery } from '../engine/types';
import { UnavailableError } from './errors';
import type { ModelSource } from './models';

export class CurrentModelEngine implements ScoringEngine {
  constructor(private readonly models: ModelSource) {}

  private engine(): ScoringEngine {
    const model = this.models.current();
    if (!model) {
      throw new UnavailableError('no model is loaded');
    }
    return model.engine;
  }

  get model(): ModelRef {
    return this.engine().model;
  }

  async score(lines: LogLineInput[], options?: ScoreOptions): Promise<LineResult[]> {
    return this.engine().score(lines, options);
  }

  info(): ModelInfo {
    return this.engine().info();
  }

  templates(query: TemplateQuery): ModelTemplatesResponse {
    return this.engine().templates(query);
  }

  /** The models are owned by the server; closing this view closes nothing. */
  async close(): Promise<void> {}
}

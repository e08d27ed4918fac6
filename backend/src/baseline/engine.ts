/**
 * A ScoringEngine whose results carry stream-baseline evidence: the inner engine scores (the model's verdict,
 * unchanged code path), then `BaselineScorer.annotate` combines it with each stream's baseline on the main
 * thread (the store is per process; workers never see it). Read-only: scoring does not feed the baseline.
 */
import type { LineResult, LogLineInput, ModelInfo, ModelRef, ModelTemplatesResponse } from '../contract';
import type { ScoreOptions, ScoringEngine, TemplateQuery } from '../engine/types';
import type { BaselineScorer } from './scorer';

export class BaselinedEngine implements ScoringEngine {
  constructor(
    readonly inner: ScoringEngine,
    readonly scorer: BaselineScorer
  ) {}

  get model(): ModelRef {
    return this.inner.model;
  }

  async score(lines: LogLineInput[], options?: ScoreOptions): Promise<LineResult[]> {
    const results = await this.inner.score(lines, options);
    this.scorer.annotate(lines, results);
    return results;
  }

  info(): ModelInfo {
    return this.inner.info();
  }

  templates(query: TemplateQuery): ModelTemplatesResponse {
    return this.inner.templates(query);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

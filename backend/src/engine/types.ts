/**
 * The scoring engine as the service, the watcher and the CLI see it. The implementation (bundle loading,
 * featurising, ONNX inference, decision) lives in the model modules; callers depend on this interface only.
 */
import type {
  CombineMode,
  LineResult,
  LogLineInput,
  ModelInfo,
  ModelRef,
  ModelTemplatesResponse,
  DomainId,
} from '../contract';

export interface ScoreOptions {
  combine?: CombineMode;
}

export interface TemplateQuery {
  offset?: number;
  limit?: number;
  domain?: DomainId;
}

export interface ScoringEngine {
  readonly model: ModelRef;
  /** One result per input line, same order, `index` = position in `lines`. */
  score(lines: LogLineInput[], options?: ScoreOptions): Promise<LineResult[]>;
  info(): ModelInfo;
  templates(query: TemplateQuery): ModelTemplatesResponse;
  close(): Promise<void>;
}

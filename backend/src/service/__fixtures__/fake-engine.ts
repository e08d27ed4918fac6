/** In-process ScoringEngine double for HTTP-layer tests (same scoring as the fake detector). */
import type { LineResult, LogLineInput, ModelInfo, ModelTemplatesResponse } from '../../contract';
import type { ScoreOptions, ScoringEngine, TemplateQuery } from '../../engine/types';
import { fakeInfo, fakeTemplates, scoreLine } from './fake-detector';

export class FakeEngine implements ScoringEngine {
  readonly model = { id: 'fake', version: '1.0.0' };
  closed = false;
  calls: Array<{ lines: number; options?: ScoreOptions }> = [];
  /** Replace to make score() fail or stall. */
  behaviour: (lines: LogLineInput[]) => Promise<LineResult[]> = async (lines) => lines.map(scoreLine);

  score(lines: LogLineInput[], options?: ScoreOptions): Promise<LineResult[]> {
    this.calls.push({ lines: lines.length, options });
    return this.behaviour(lines);
  }
  info(): ModelInfo {
    return fakeInfo(this.model.id, this.model.version);
  }
  templates(query: TemplateQuery): ModelTemplatesResponse {
    return fakeTemplates(query);
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

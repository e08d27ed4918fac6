/**
 * The ScoringEngine the HTTP layer uses in production: lines are truncated to the configured length, queued in
 * the micro-batcher and scored by the worker pool. Model metadata (info, templates) is answered on the main
 * thread by a catalog, since those calls are synchronous and cheap.
 */
import type { CombineMode, LineResult, LogLineInput, ModelInfo, ModelRef, ModelTemplatesResponse } from '../contract';
import type { ScoreOptions, ScoringEngine, TemplateQuery } from '../engine/types';
import { MicroBatcher, type BatcherOptions } from './pool/batcher';
import type { WorkerPool } from './pool/worker-pool';

/** The main thread's view of the bundle (engine/catalog.ts): the pool adds the device. */
export interface ModelCatalog {
  info(): Omit<ModelInfo, 'device'>;
  templates(query: TemplateQuery): ModelTemplatesResponse;
  close?(): Promise<void> | void;
}

export interface PooledEngineOptions extends Omit<BatcherOptions, 'minSplitLines'> {
  maxLineLength: number;
  minSplitLines?: number;
  onBatch?(lines: number): void;
  onQueueChange?(queuedLines: number): void;
}

/** Cuts lines longer than `maxLength` (code units, never splitting a surrogate pair); returns which were cut. */
export function truncateLines(
  lines: readonly LogLineInput[],
  maxLength: number
): { lines: LogLineInput[]; truncated: Set<number> } {
  const truncated = new Set<number>();
  const out = lines.map((input, i) => {
    if (input.line.length <= maxLength) {
      return input;
    }
    truncated.add(i);
    let end = maxLength;
    const last = input.line.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      end--;
    }
    return { ...input, line: input.line.slice(0, end) };
  });
  return { lines: out, truncated };
}

export class PooledEngine implements ScoringEngine {
  readonly model: ModelRef;
  private readonly batcher: MicroBatcher;

  constructor(
    private readonly pool: WorkerPool,
    private readonly catalog: ModelCatalog,
    private readonly options: PooledEngineOptions
  ) {
    const info = catalog.info();
    this.model = { id: info.id, version: info.version };
    this.batcher = new MicroBatcher(
      { minSplitLines: 64, ...options },
      (lines, combine) => pool.run(lines, combine),
      () => pool.readyCount(),
      { onBatch: options.onBatch, onQueueChange: options.onQueueChange }
    );
    // A replaced or freed worker can take queued work at once.
    pool.on('ready', () => this.batcher.pump());
  }

  get device(): 'cpu' | 'cuda' {
    return this.pool.device;
  }

  get queuedLines(): number {
    return this.batcher.queued;
  }

  get readyWorkers(): number {
    return this.pool.readyCount();
  }

  async score(lines: LogLineInput[], options: ScoreOptions = {}): Promise<LineResult[]> {
    const { lines: bounded, truncated } = truncateLines(lines, this.options.maxLineLength);
    const combine: CombineMode | undefined = options.combine;
    const results = await this.batcher.submit(bounded, combine);
    if (truncated.size === 0) {
      return results;
    }
    return results.map((r, i) => (truncated.has(i) ? { ...r, truncated: true } : r));
  }

  info(): ModelInfo {
    return { ...this.catalog.info(), device: this.pool.device };
  }

  templates(query: TemplateQuery): ModelTemplatesResponse {
    return this.catalog.templates(query);
  }

  /** Refuses new work, lets queued and running batches finish, then stops the workers. */
  async close(): Promise<void> {
    await this.drain();
    await this.pool.close();
    await this.catalog.close?.();
  }

  private async drain(): Promise<void> {
    await this.batcher.whenIdle();
    this.batcher.close('the model is being unloaded');
  }
}

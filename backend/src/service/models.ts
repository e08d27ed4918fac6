/**
 * The serving model and its replacement. A reload loads the new bundle completely (fresh workers, warmed up)
 * while the old one keeps serving; only then is the reference swapped, in one assignment, and the old model
 * drained and closed in the background. A bundle that fails to load leaves the old model untouched.
 */
import type { ExplainRequest, ExplainResponse, ModelRef, SequencesRequest, SequencesResponse } from '../contract';
import type { ScoringEngine } from '../engine/types';
import { HttpError } from './errors';
import type { EngineStats } from './metrics';

export interface LoadedModel {
  engine: ScoringEngine;
  /** Bound to this model's knowledge and sequence model; absent while the reasoning engine is not built in. */
  explain?: (request: ExplainRequest) => Promise<ExplainResponse>;
  /** The incidents among posted lines (`/api/v1/sequences`), bound like `explain`. */
  sequences?: (request: SequencesRequest) => Promise<SequencesResponse>;
  /** Queue and worker state; a model with no ready worker is not ready (readyz 503). */
  stats?: () => EngineStats;
}

export interface ReloadResult {
  previous: ModelRef | null;
  model: ModelRef;
  device: 'cpu' | 'cuda';
  loadMs: number;
}

export interface ModelSource {
  current(): LoadedModel | null;
  reload?(): Promise<ReloadResult>;
}

export interface ModelManagerHooks {
  onLoaded?(model: LoadedModel): void;
  onReload?(outcome: 'success' | 'failure'): void;
  onRetireError?(err: Error): void;
}

export class ModelManager implements ModelSource {
  private model: LoadedModel | null = null;
  private reloading = false;
  private retiring = new Set<Promise<void>>();
  private inflight: Promise<ReloadResult> | null = null;

  constructor(
    private readonly load: () => Promise<LoadedModel>,
    private readonly hooks: ModelManagerHooks = {}
  ) {}

  current(): LoadedModel | null {
    return this.model;
  }

  async start(): Promise<LoadedModel> {
    this.model = await this.load();
    this.hooks.onLoaded?.(this.model);
    return this.model;
  }

  /**
   * `wait`: queue behind a reload in progress instead of answering 409 (a retrain's swap must not be thrown away
   * because an operator's reload ran at the same moment: "could not be loaded" though nothing was tried).
   */
  async reload(options: { wait?: boolean } = {}): Promise<ReloadResult> {
    while (this.reloading && options.wait) {
      await this.inflight?.catch(() => undefined);
    }
    if (this.reloading) {
      throw new HttpError(409, 'reload_failed', 'a reload is already in progress');
    }
    this.reloading = true;
    const run = this.doReload();
    this.inflight = run;
    return run;
  }

  private async doReload(): Promise<ReloadResult> {
    const started = performance.now();
    try {
      let next: LoadedModel;
      try {
        next = await this.load();
      } catch (err) {
        this.hooks.onReload?.('failure');
        throw new HttpError(
          422,
          'reload_failed',
          `the new model bundle was rejected; the previous model keeps serving: ${(err as Error).message}`,
          { reason: (err as Error).message, serving: this.model?.engine.model ?? null }
        );
      }
      const previous = this.model;
      this.model = next;
      this.hooks.onLoaded?.(next);
      this.hooks.onReload?.('success');
      if (previous) {
        this.retire(previous);
      }
      return {
        previous: previous?.engine.model ?? null,
        model: next.engine.model,
        device: next.engine.info().device,
        loadMs: Math.round(performance.now() - started),
      };
    } finally {
      this.reloading = false;
    }
  }

  /** Stops serving: closes the current model (finishing its queued work) and waits for retired ones. */
  async close(): Promise<void> {
    const model = this.model;
    this.model = null;
    await Promise.all([model?.engine.close(), ...this.retiring]);
  }

  private retire(model: LoadedModel): void {
    const closing = model.engine.close().catch((err: Error) => this.hooks.onRetireError?.(err));
    this.retiring.add(closing);
    void closing.finally(() => this.retiring.delete(closing));
  }
}

/** Messages between the pool (main thread) and an inference worker. */
import type { CombineMode, LineResult, LogLineInput, ModelInfo } from '../../contract';

export interface WorkerInit {
  /** Absolute path of the module that exports `loadDetector` (the engine's, or a test fixture's). */
  detectorModule: string;
  bundleDir: string;
  device: 'auto' | 'cpu' | 'cuda';
  intraOpThreads: number;
}

export type ToWorker = { type: 'score'; id: number; lines: LogLineInput[]; combine?: CombineMode };

export type FromWorker =
  | { type: 'ready'; info: ModelInfo; device: 'cpu' | 'cuda'; warmupMs: number }
  | { type: 'init_error'; message: string }
  /** Results as JSON text: JSON.parse on the main thread costs about half of structured-clone deserialisation. */
  | { type: 'result'; id: number; json: string }
  | { type: 'error'; id: number; message: string }
  | { type: 'log'; level: 'debug' | 'info' | 'warn' | 'error'; msg: string; fields?: Record<string, unknown> };

/** The part of the engine's detector a worker uses; `loadDetector` in engine/detector.ts returns a superset. */
export interface WorkerDetector {
  readonly device: 'cpu' | 'cuda';
  score(lines: LogLineInput[], options?: { combine?: CombineMode }): Promise<LineResult[]>;
  info(): ModelInfo;
  close(): Promise<void> | void;
}

export interface WorkerLogger {
  debug(obj: unknown, msg?: string): void;
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

export type LoadDetector = (
  bundleDir: string,
  options: { device: WorkerInit['device']; intraOpThreads: number; logger: WorkerLogger }
) => Promise<WorkerDetector>;

/** Messages between the pool (main thread) and an inference worker. */
import type { CombineMode, LineResult, LogLineInput, ModelInfo } from '../../contract';
import type { PackedResults } from '../../engine/packed-results';
import type { ModelCatalog } from '../pooled-engine';

export interface WorkerInit {
  /** Absolute path of the module that exports `loadDetector` (the engine's, or a test fixture's). */
  detectorModule: string;
  bundleDir: string;
  device: 'auto' | 'cpu' | 'cuda';
  intraOpThreads: number;
  /** The service's MAX_LINE_LENGTH: the worker's normalizer cuts where the pooled engine does. */
  maxLineLength?: number;
}

/** A batch's lines as one string: line i is `text.slice(ends[i - 1] ?? 0, ends[i])`. */
export interface PackedLines {
  text: string;
  ends: Uint32Array;
}

export type { PackedResults } from '../../engine/packed-results';

export type ToWorker = { type: 'score'; id: number; lines: PackedLines; combine?: CombineMode };

export type FromWorker =
  | { type: 'ready'; info: ModelInfo; device: 'cpu' | 'cuda'; warmupMs: number }
  | { type: 'init_error'; message: string }
  | { type: 'result'; id: number; results: PackedResults }
  | { type: 'error'; id: number; message: string }
  | { type: 'log'; level: 'debug' | 'info' | 'warn' | 'error'; msg: string; fields?: Record<string, unknown> };

/** The part of the engine's detector a worker uses; `loadDetector` in engine/detector.ts returns a superset. */
export interface WorkerDetector {
  readonly device: 'cpu' | 'cuda';
  score(lines: LogLineInput[], options?: { combine?: CombineMode }): Promise<LineResult[]>;
  /** The same results in their message form, without building result objects (test fixtures may omit it). */
  scorePacked?(lines: LogLineInput[], options?: { combine?: CombineMode }): Promise<PackedResults>;
  info(): ModelInfo;
  close(): Promise<void> | void;
}

export interface WorkerLogger {
  debug(obj: unknown, msg?: string): void;
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

/** The main thread's catalog, from the same module: the bundle without an ONNX session (engine/catalog.ts). */
export type LoadCatalog = (bundleDir: string) => ModelCatalog;

export type LoadDetector = (
  bundleDir: string,
  options: { device: WorkerInit['device']; intraOpThreads: number; logger: WorkerLogger; maxLineLength?: number }
) => Promise<WorkerDetector>;

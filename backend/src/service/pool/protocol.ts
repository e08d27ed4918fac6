/** Messages between the pool (main thread) and an inference worker. */
import type { CombineMode, LineResult, LogLineInput, ModelInfo } from '../../contract';

export interface WorkerInit {
  /** Absolute path of the module that exports `loadDetector` (the engine's, or a test fixture's). */
  detectorModule: string;
  bundleDir: string;
  device: 'auto' | 'cpu' | 'cuda';
  intraOpThreads: number;
}

/** A batch's lines as one string: line i is `text.slice(ends[i - 1] ?? 0, ends[i])`. */
export interface PackedLines {
  text: string;
  ends: Uint32Array;
}

/**
 * A batch's results without ids (the main thread echoes them from its inputs). Line i has `INTS` int32s in `ints`
 * (flags: anomaly 1, novel 2, truncated 4; then string indices of domain, template id, template text; the number
 * of top domains; their string indices) and `FLOATS` float64s in `floats` (score, top domains' scores); see
 * packed.ts. The typed arrays' buffers are transferred, not copied.
 */
export interface PackedResults {
  /** Each distinct string of the batch once: domain ids, template ids and texts. */
  strings: string[];
  ints: Int32Array;
  floats: Float64Array;
}

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

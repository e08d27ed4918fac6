/** Inputs of the pure reasoning core. */
import type { LineResult, PatternKind, Verdict } from '../contract';

/** One event of the sequence: a posted line with its parsed header. */
export interface ReasoningEvent {
  /** 1-based position in the sequence. */
  number: number;
  line: string;
  message: string;
  component: string | null;
  level: string | null;
  timestamp: string | null;
}

export interface ReasoningFinding {
  kind: PatternKind;
  events: number[];
  description: string;
}

/** What the sequence model said about the whole sequence (null when no sequence model is loaded). */
export interface SequenceVerdict {
  score: number;
  verdict: Verdict;
  threshold?: number;
  findings: readonly ReasoningFinding[];
  /** Which detector judged the sequence (absent: the normal-behaviour model). */
  detector?: 'supervised' | 'semi-supervised' | 'combined' | 'cold-start';
  /** 1-based event the detector names as the root cause (absent: the summary picks it). */
  rootCause?: number;
  /** 1-based events after the root cause explained as its consequences. */
  consequences?: readonly number[];
  /** The supervised classifier's evidence, worded: which counts or transitions drove its verdict. */
  drivers?: readonly string[];
}

export type { LineResult };

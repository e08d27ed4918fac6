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
}

export type { LineResult };

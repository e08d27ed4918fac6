/**
 * Builds the sequence a user asks about out of the posted lines: every line sharing the focus line's session
 * key, or — when no key is found — a window of lines (or seconds) around the focus line.
 */
import type { LogLineInput, SessionKey } from '../contract';
import { resolveExtractors } from './keys';
import { checkRegex } from './linear-regex';

export interface SequenceWindow {
  lines?: number;
  seconds?: number;
}

export interface SelectedSequence {
  key: string | null;
  keyType: string;
  /** Request indices of the events, in event order (request order). */
  lineIndices: number[];
  start: string | null;
  end: string | null;
}

/** Lines on each side of the focus line when neither a key nor a window is given. */
export const DEFAULT_WINDOW_LINES = 20;

/**
 * Largest `window.seconds`: 100 years. Any wider window holds every line with a timestamp anyway, and an unbounded
 * one overflowed (1e300 s is Infinity ns, and BigInt(Infinity) threw: a 500 for a client error).
 */
export const MAX_WINDOW_SECONDS = 100 * 365.25 * 86_400;

export interface SequenceOptionIssue {
  /** Path in the request body, e.g. `session.regex`. */
  path: string;
  message: string;
}

/**
 * What is wrong with a request's session and window beyond their JSON schema: a regex RE2 cannot compile (invalid,
 * or a backreference/lookaround RE2 does not run) and a window too wide to compute. Empty: selectSequence will not
 * throw on them.
 */
export function sequenceOptionIssues(
  session: SessionKey | undefined,
  window: SequenceWindow | undefined
): SequenceOptionIssue[] {
  const issues: SequenceOptionIssue[] = [];
  if (session !== undefined && typeof session === 'object' && 'regex' in session) {
    try {
      checkRegex(session.regex);
    } catch (err) {
      issues.push({ path: 'session.regex', message: `does not compile: ${(err as Error).message}` });
    }
  }
  const seconds = window?.seconds;
  if (seconds !== undefined && !(Number.isFinite(seconds) && seconds > 0 && seconds <= MAX_WINDOW_SECONDS)) {
    issues.push({ path: 'window.seconds', message: `must be a number in (0, ${MAX_WINDOW_SECONDS}]` });
  }
  return issues;
}

export function selectSequence(
  lines: readonly LogLineInput[],
  focus: number,
  session: SessionKey | undefined,
  window: SequenceWindow | undefined
): SelectedSequence {
  if (!Number.isInteger(focus) || focus < 0 || focus >= lines.length) {
    throw new RangeError(`focus ${focus} is outside the ${lines.length} posted lines`);
  }
  const focusLine = lines[focus];
  for (const { type, extract } of resolveExtractors(session)) {
    const key = extract(focusLine.line, focusLine.labels);
    if (key !== null) {
      const lineIndices: number[] = [];
      lines.forEach((l, i) => {
        if (i === focus || extract(l.line, l.labels) === key) {
          lineIndices.push(i);
        }
      });
      return withBounds(lines, { key, keyType: type, lineIndices });
    }
  }
  return withBounds(lines, { key: null, keyType: 'window', lineIndices: windowIndices(lines, focus, window) });
}

function windowIndices(lines: readonly LogLineInput[], focus: number, window: SequenceWindow | undefined): number[] {
  const seconds = window?.seconds;
  const focusTs = lines[focus].timestamp;
  if (seconds !== undefined && focusTs !== undefined) {
    const span = BigInt(Math.round(Math.min(seconds, MAX_WINDOW_SECONDS) * 1e9));
    const centre = BigInt(focusTs);
    const out: number[] = [];
    lines.forEach((l, i) => {
      // Lines without a timestamp cannot be placed in time; the focus line itself always belongs.
      if (i === focus || (l.timestamp !== undefined && abs(BigInt(l.timestamp) - centre) <= span)) {
        out.push(i);
      }
    });
    return out;
  }
  const side = window?.lines ?? DEFAULT_WINDOW_LINES;
  const from = Math.max(0, focus - side);
  const to = Math.min(lines.length - 1, focus + side);
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

function abs(v: bigint): bigint {
  return v < 0n ? -v : v;
}

function withBounds(lines: readonly LogLineInput[], s: Omit<SelectedSequence, 'start' | 'end'>): SelectedSequence {
  let min: bigint | null = null;
  let max: bigint | null = null;
  for (const i of s.lineIndices) {
    const ts = lines[i].timestamp;
    if (ts !== undefined) {
      const v = BigInt(ts);
      min = min === null || v < min ? v : min;
      max = max === null || v > max ? v : max;
    }
  }
  return { ...s, start: min === null ? null : min.toString(), end: max === null ? null : max.toString() };
}

/** Groups lines into sessions by key, in order of first appearance; lines without a key are skipped. */
export function groupByKey<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) {
      continue;
    }
    const group = groups.get(key);
    if (group) {
      group.push(item);
    } else {
      groups.set(key, [item]);
    }
  }
  return groups;
}

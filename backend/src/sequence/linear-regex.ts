/**
 * User-supplied regexes (explain's `session: { regex }`, `--session regex:`) run on RE2 (re2-wasm: WebAssembly, no
 * native build or download), whose matching time is linear in the input. V8's backtracking engine took 19 s for
 * `(a+)+$` on eight lines of 26 `a` and a `!`, blocking the whole process; RE2 takes well under a millisecond.
 *
 * RE2 has no backreferences or lookaround: such patterns are rejected as invalid, with RE2's reason.
 *
 * Limits, because re2-wasm runs in a fixed 16 MiB WebAssembly heap and aborts the process when it is exhausted:
 * patterns are at most MAX_PATTERN_LENGTH characters, compiled patterns are kept in a small cache whose evicted
 * entries are freed (embind objects are not garbage collected: 20,000 uncached compiles exhausted the heap), and
 * only the first MAX_SUBJECT_LENGTH characters of a line are searched.
 */
import { RE2 } from 're2-wasm';

export const MAX_PATTERN_LENGTH = 1024;
export const MAX_SUBJECT_LENGTH = 64 * 1024;
const CACHE_SIZE = 32;

type Compiled = RE2;
const cache = new Map<string, Compiled>();

export class InvalidRegexError extends Error {
  override name = 'InvalidRegexError';
}

function compile(pattern: string): Compiled {
  const hit = cache.get(pattern);
  if (hit) {
    // Map order is insertion order: re-inserting marks it most recently used.
    cache.delete(pattern);
    cache.set(pattern, hit);
    return hit;
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new InvalidRegexError(`pattern is ${pattern.length} characters; the limit is ${MAX_PATTERN_LENGTH}`);
  }
  let re: Compiled;
  try {
    re = new RE2(pattern, 'u');
  } catch (err) {
    throw new InvalidRegexError((err as Error).message);
  }
  cache.set(pattern, re);
  if (cache.size > CACHE_SIZE) {
    const [oldest, evicted] = cache.entries().next().value as [string, Compiled];
    cache.delete(oldest);
    (evicted as unknown as { wrapper?: { delete(): void } }).wrapper?.delete();
  }
  return re;
}

/** Throws InvalidRegexError (with RE2's reason) when `pattern` does not compile. */
export function checkRegex(pattern: string): void {
  compile(pattern);
}

/** The match's capture groups (index 0: whole match), or null. Linear time in min(subject, MAX_SUBJECT_LENGTH). */
export function execLinear(pattern: string, subject: string): Array<string | undefined> | null {
  const re = compile(pattern);
  re.lastIndex = 0;
  return re.exec(subject.length > MAX_SUBJECT_LENGTH ? subject.slice(0, MAX_SUBJECT_LENGTH) : subject);
}

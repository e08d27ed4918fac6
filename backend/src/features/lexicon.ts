/**
 * Word classes of failure vocabulary. A template never seen in training still shares these with the labelled
 * ones (`Lustre mount FAILED` with `NFS Mount failed`), which is what lets the router and experts generalise.
 */
export const LEXICON: ReadonlyArray<readonly [string, RegExp]> = [
  ['fail', /fail/],
  ['error', /err(or)?s?\b|^err/],
  ['assert', /assert/],
  ['exception', /exception|traceback|stack ?trace/],
  ['timeout', /time ?out|timed/],
  ['refused', /refus|denied|reject|forbidden|unauthori[sz]ed/],
  ['lost', /lost|sever|closed|reset|broken|disconnect|unreachable|down\b/],
  ['fatal', /fatal|panic|crash|abort|kill|terminat|core ?dump|segfault/],
  ['corrupt', /corrupt|invalid|illegal|bad\b|mismatch|unexpected/],
  ['missing', /missing|not ?found|no ?such|unable|cannot|can't|could ?not/],
  ['retry', /retr(y|ies|ying)|again/],
  ['ok', /success|succeeded|completed?|ok\b|started|ready|connected/],
];

// Log vocabularies are small and repetitive: a bounded memo makes the twelve regexes per word a map lookup.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, number>();

/** Bit i set when the word's lowercase form is in class `LEXICON[i]` (memoised by the word as given). */
export function lexiconMask(word: string): number {
  let mask = memo.get(word);
  if (mask === undefined) {
    const lower = word.toLowerCase();
    mask = 0;
    for (let i = 0; i < LEXICON.length; i++) {
      if (LEXICON[i]![1].test(lower)) {
        mask |= 1 << i;
      }
    }
    if (memo.size >= MEMO_LIMIT) {
      memo.clear();
    }
    memo.set(word, mask);
  }
  return mask;
}

/** Class names of a word, in `LEXICON` order. */
export function lexiconClasses(word: string): string[] {
  const mask = lexiconMask(word);
  return LEXICON.filter((_, i) => (mask & (1 << i)) !== 0).map(([name]) => name);
}

/** Every class but `ok`, the lexicon's one class of good news, speaks of trouble. */
const FAILURE_MASK = LEXICON.reduce((mask, [name], i) => (name === 'ok' ? mask : mask | (1 << i)), 0);

/** First words of the lexicon's two-word patterns (`could not`, `not found`, `no such`, `time out`, …). */
const PAIR_STARTS = new Set(['could', 'can', 'not', 'no', 'time', 'stack', 'core']);

/**
 * Failure classes of a run of words, as a mask. Word pairs are checked too: `could not`, `not found` and `no such`
 * span two tokens (the featuriser, which hashes single words, sees them only as a bigram).
 */
function failureMaskOf(words: readonly string[], stopAtFirst: boolean): number {
  let mask = 0;
  for (let i = 0; i < words.length && !(stopAtFirst && mask !== 0); i++) {
    mask |= lexiconMask(words[i]!) & FAILURE_MASK;
    if (i > 0 && PAIR_STARTS.has(words[i - 1]!.toLowerCase())) {
      mask |= lexiconMask(`${words[i - 1]} ${words[i]}`) & FAILURE_MASK;
    }
  }
  return mask;
}

/** The failure-vocabulary classes (`fail`, `exception`, `missing`, …) of some words, in `LEXICON` order. */
export function failureClasses(words: readonly string[]): string[] {
  const mask = failureMaskOf(words, false);
  return LEXICON.filter((_, i) => (mask & (1 << i)) !== 0).map(([name]) => name);
}

/** Whether any of the words (or adjacent pairs) is failure vocabulary. */
export function speaksOfFailure(words: readonly string[]): boolean {
  return failureMaskOf(words, true) !== 0;
}

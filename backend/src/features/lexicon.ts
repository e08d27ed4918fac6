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

/**
 * Text-overlap metrics for generated reasoning: corpus BLEU-4 (Papineni et al. 2002) and ROUGE-1/2/L F-scores
 * (Lin 2004). Hand-written because no maintained npm package computes corpus BLEU with a brevity penalty and
 * ROUGE-L together; the definitions are short and the tests pin them to published values.
 */

export type BleuSmoothing = 'none' | 'add-one';

export interface BleuResult {
  bleu: number;
  /** Modified n-gram precisions p1..p4 (after smoothing). */
  precisions: number[];
  brevityPenalty: number;
  candidateLength: number;
  referenceLength: number;
  smoothing: BleuSmoothing;
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join('\u0000');
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

/**
 * Corpus BLEU-4 with uniform weights. Clipped n-gram matches and candidate n-gram totals are summed over the
 * corpus before dividing; the brevity penalty uses, per candidate, the reference length closest to it (the shorter
 * on a tie). Smoothing `none` gives 0 when any order has no match; `add-one` adds 1 to the matches and the total
 * of orders 2–4 (Lin & Och 2004; Chen & Cherry 2014, method 2).
 */
export function corpusBleu(
  candidates: ReadonlyArray<readonly string[]>,
  references: ReadonlyArray<ReadonlyArray<readonly string[]>>,
  smoothing: BleuSmoothing = 'none',
  maxOrder = 4
): BleuResult {
  if (candidates.length !== references.length) {
    throw new Error(`${candidates.length} candidates but ${references.length} reference sets`);
  }
  const matches = new Array<number>(maxOrder).fill(0);
  const totals = new Array<number>(maxOrder).fill(0);
  let c = 0;
  let r = 0;
  candidates.forEach((cand, k) => {
    const refs = references[k];
    if (refs.length === 0) {
      throw new Error(`candidate ${k + 1} has no reference`);
    }
    c += cand.length;
    r += refs
      .map((ref) => ref.length)
      .reduce((best, len) => {
        const d = Math.abs(len - cand.length);
        const bd = Math.abs(best - cand.length);
        return d < bd || (d === bd && len < best) ? len : best;
      });
    for (let n = 1; n <= maxOrder; n++) {
      const cg = ngrams(cand, n);
      const maxRef = new Map<string, number>();
      for (const ref of refs) {
        for (const [g, count] of ngrams(ref, n)) {
          maxRef.set(g, Math.max(maxRef.get(g) ?? 0, count));
        }
      }
      for (const [g, count] of cg) {
        matches[n - 1] += Math.min(count, maxRef.get(g) ?? 0);
      }
      totals[n - 1] += Math.max(0, cand.length - n + 1);
    }
  });
  const precisions = matches.map((m, i) => {
    const add = smoothing === 'add-one' && i > 0 ? 1 : 0;
    const total = totals[i] + add;
    return total === 0 ? 0 : (m + add) / total;
  });
  const brevityPenalty = c === 0 ? 0 : c > r ? 1 : Math.exp(1 - r / c);
  const bleu = precisions.some((p) => p === 0)
    ? 0
    : brevityPenalty * Math.exp(precisions.reduce((s, p) => s + Math.log(p), 0) / maxOrder);
  return { bleu, precisions, brevityPenalty, candidateLength: c, referenceLength: r, smoothing };
}

export interface Prf {
  precision: number;
  recall: number;
  f: number;
}

function prf(overlap: number, candTotal: number, refTotal: number): Prf {
  const precision = candTotal === 0 ? 0 : overlap / candTotal;
  const recall = refTotal === 0 ? 0 : overlap / refTotal;
  return { precision, recall, f: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** ROUGE-N of one pair: clipped n-gram overlap over candidate (precision) and reference (recall) n-grams. */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): Prf {
  const cg = ngrams(candidate, n);
  const rg = ngrams(reference, n);
  let overlap = 0;
  for (const [g, count] of cg) {
    overlap += Math.min(count, rg.get(g) ?? 0);
  }
  return prf(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence (two-row dynamic programme). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    prev = cur;
  }
  return prev[b.length];
}

/** ROUGE-L of one pair (sentence-level LCS, β = 1). */
export function rougeL(candidate: readonly string[], reference: readonly string[]): Prf {
  return prf(lcsLength(candidate, reference), candidate.length, reference.length);
}

/** Lower-cased word and number tokens; punctuation dropped. The tokenisation every reported figure uses. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

export interface ReasoningScore {
  pairs: number;
  tokenization: string;
  bleu4: BleuResult;
  /** Mean over pairs of the per-pair F-scores. */
  rouge1: Prf;
  rouge2: Prf;
  rougeL: Prf;
}

export function scoreTexts(
  candidates: readonly string[],
  references: readonly string[],
  smoothing: BleuSmoothing
): ReasoningScore {
  if (candidates.length !== references.length) {
    throw new Error(`${candidates.length} candidates but ${references.length} references: they must pair up`);
  }
  if (candidates.length === 0) {
    throw new Error('nothing to score: no candidate/reference pairs');
  }
  const c = candidates.map(tokenize);
  const r = references.map(tokenize);
  const mean = (items: Prf[]): Prf => ({
    precision: items.reduce((s, x) => s + x.precision, 0) / items.length,
    recall: items.reduce((s, x) => s + x.recall, 0) / items.length,
    f: items.reduce((s, x) => s + x.f, 0) / items.length,
  });
  return {
    pairs: c.length,
    tokenization: 'lower-cased runs of letters, digits and _ (punctuation dropped)',
    bleu4: corpusBleu(
      c,
      r.map((x) => [x]),
      smoothing
    ),
    rouge1: mean(c.map((x, i) => rougeN(x, r[i], 1))),
    rouge2: mean(c.map((x, i) => rougeN(x, r[i], 2))),
    rougeL: mean(c.map((x, i) => rougeL(x, r[i]))),
  };
}

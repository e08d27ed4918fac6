import { corpusBleu, lcsLength, rougeL, rougeN, scoreTexts, tokenize } from './metrics';

const split = (s: string) => s.split(' ');

// The example of Papineni et al. (2002), as used in NLTK's BLEU documentation.
const hyp1 = split('It is a guide to action which ensures that the military always obeys the commands of the party');
const ref1a = split('It is a guide to action that ensures that the military will forever heed Party commands');
const ref1b = split(
  'It is the guiding principle which guarantees the military forces always being under the command of the Party'
);
const ref1c = split('It is the practical guide for the army always to heed the directions of the party');
const hyp2 = split('he read the book because he was interested in world history');
const ref2a = split('he was interested in world history because he read the book');

describe('BLEU-4', () => {
  it('clips unigram counts as in Papineni et al.: "the the the …" scores 2/7', () => {
    const r = corpusBleu(
      [split('the the the the the the the')],
      [[split('the cat is on the mat'), split('there is a cat on the mat')]]
    );
    expect(r.precisions[0]).toBeCloseTo(2 / 7, 12);
    expect(r.bleu).toBe(0);
  });

  it('matches the published sentence value of the Papineni example (NLTK: 0.5045666840058485)', () => {
    expect(corpusBleu([hyp1], [[ref1a, ref1b, ref1c]]).bleu).toBeCloseTo(0.5045666840058485, 12);
  });

  it('matches the published corpus value (NLTK corpus_bleu: 0.5920778868801042)', () => {
    const r = corpusBleu([hyp1, hyp2], [[ref1a, ref1b, ref1c], [ref2a]]);
    expect(r.bleu).toBeCloseTo(0.5920778868801042, 12);
    expect(r.brevityPenalty).toBe(1);
  });

  it('applies the brevity penalty exp(1 − r/c) to short candidates', () => {
    // 4 candidate tokens, all n-grams match, reference of 8 tokens: BP = exp(1 − 2).
    const r = corpusBleu([split('a b c d')], [[split('a b c d e f g h')]]);
    expect(r.precisions).toEqual([1, 1, 1, 1]);
    expect(r.bleu).toBeCloseTo(Math.exp(-1), 12);
  });

  it('smooths orders 2–4 with add-one when asked', () => {
    const r = corpusBleu([split('a b x c')], [[split('a b y c')]], 'add-one');
    // p1 = 3/4; p2 = (1+1)/(3+1); p3 = (0+1)/(2+1); p4 = (0+1)/(1+1)
    expect(r.precisions).toEqual([3 / 4, 2 / 4, 1 / 3, 1 / 2]);
    expect(r.bleu).toBeCloseTo(Math.pow((3 / 4) * (2 / 4) * (1 / 3) * (1 / 2), 1 / 4), 12);
    expect(corpusBleu([split('a b x c')], [[split('a b y c')]]).bleu).toBe(0);
  });
});

describe('ROUGE', () => {
  const cand = split('the cat sat on the mat');
  const ref = split('the cat is on the mat');

  it('computes ROUGE-1, ROUGE-2 and ROUGE-L by hand-checked counts', () => {
    expect(rougeN(cand, ref, 1).f).toBeCloseTo(5 / 6, 12); // the×2, cat, on, mat
    expect(rougeN(cand, ref, 2).f).toBeCloseTo(3 / 5, 12); // the cat, on the, the mat
    expect(lcsLength(cand, ref)).toBe(5); // the cat on the mat
    expect(rougeL(cand, ref)).toEqual({ precision: 5 / 6, recall: 5 / 6, f: expect.closeTo(5 / 6, 12) });
    const short = rougeN(split('the cat'), ref, 1);
    expect(short).toEqual({ precision: 1, recall: 2 / 6, f: expect.closeTo(0.5, 12) });
  });

  it('scores text pairs with the documented tokenisation', () => {
    expect(tokenize('Events 5–7: Disk FULL, retrying.')).toEqual(['events', '5', '7', 'disk', 'full', 'retrying']);
    const s = scoreTexts(['The cat sat on the mat.'], ['the cat is on the mat'], 'none');
    expect(s.rouge1.f).toBeCloseTo(5 / 6, 12);
    expect(s.pairs).toBe(1);
    expect(() => scoreTexts(['a'], [], 'none')).toThrow(/must pair up/);
  });
});

/** The novel-template memo answers exactly what `unseenTemplate` and `speaksOfFailure` would, line by line. */
import { unseenTemplate } from '../drain';
import { speaksOfFailure } from '../features/lexicon';
import { createNormalizer } from '../normalize';
import { loghubFixtureLines } from '../testing/fixture-lines';
import { NovelTemplates } from './novel';

describe('NovelTemplates', () => {
  it('equals unseenTemplate and speaksOfFailure on every Loghub fixture line, cached or not, memo cleared or not', () => {
    const normalizer = createNormalizer({ format: 'auto' });
    const lines = loghubFixtureLines().map((l) => normalizer.normalize(l).tokens);
    lines.push([], ['could', 'not', 'connect'], ['a b', 'c'], ['a', 'b c']);
    const memo = new NovelTemplates();
    const small = new NovelTemplates(7);
    for (const round of [0, 1]) {
      for (const tokens of lines) {
        const expected = { template: unseenTemplate(tokens), failure: speaksOfFailure(tokens) };
        expect({ round, ...memo.lookup(tokens) }).toEqual({ round, ...expected });
        expect(small.lookup(tokens)).toEqual(expected);
      }
    }
  });

  it('hands lines of one text one shared template', () => {
    const memo = new NovelTemplates();
    const first = memo.lookup(['disk', '<PATH>', 'full']);
    expect(memo.lookup(['disk', '<PATH>', 'full'])).toBe(first);
    expect(first.failure).toBe(false);
    expect(memo.lookup(['connection', 'refused']).failure).toBe(true);
  });
});

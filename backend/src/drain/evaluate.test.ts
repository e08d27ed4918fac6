import { canonicalTemplate, groupingAccuracy, parsingAccuracy } from './evaluate';

describe('parser metrics', () => {
  it('GA counts a line correct only if its predicted group equals its true group exactly', () => {
    // truth groups {0,1} {2} {3,4}; predicted {0,1} {2,3} {4}: only lines 0 and 1 are correct.
    expect(groupingAccuracy(['A', 'A', 'B', 'C', 'C'], ['x', 'x', 'y', 'y', 'z'])).toBeCloseTo(2 / 5);
    expect(groupingAccuracy(['A', 'B'], ['p', 'q'])).toBe(1);
    expect(groupingAccuracy(['A', 'A'], ['p', 'q'])).toBe(0);
    expect(() => groupingAccuracy(['A'], [])).toThrow(/one prediction per line/);
  });

  it('PA compares templates with every placeholder mapped to <*> and whitespace normalised', () => {
    expect(canonicalTemplate(' took <NUM>  ms  from <IP>:<NUM> ')).toBe('took <*> ms from <*>:<*>');
    expect(parsingAccuracy(['took <*> ms', 'x <*>'], ['took <DURATION> ms', 'x y'])).toBe(0.5);
  });
});

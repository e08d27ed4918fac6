/**
 * The normaliser's fast paths (character scans and guards in front of regexes) against the regexes they stand
 * in for, on hostile and near-miss input: results must be identical, never just similar.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { classBits, isSpace } from './chars';
import { maskWord } from './mask';
import { isVariableRange, segmentEnd, segmentIsAlnum } from './segments';
import { TYPED, TYPED_NO_DIGIT } from './typed';
import type { MaskedParam } from './types';

const SEED = 20261130;
const FIXTURES = join(__dirname, '../../../tests/fixtures/loghub');
const SYSTEMS = ['HDFS', 'BGL', 'Thunderbird', 'Mac', 'Linux', 'OpenStack', 'Android', 'HealthApp', 'Proxifier'];

/** Real words of the Loghub fixtures (the shapes the guards must not miss). */
const realWords = SYSTEMS.flatMap((s) =>
  readFileSync(join(FIXTURES, s, `${s}_2k.log`), 'utf8')
    .split(/\s+/)
    .filter(Boolean)
);

/** Word-ish text: characters every rule looks at, plus unicode, controls and lone surrogates. */
const wordPart = fc.constantFrom(
  ...'0123456789abcdefxyzABCFXZ-+.:%/\\@_,=#()[]<>"\'`;!?'.split(''),
  'µ',
  'ſ',
  'K',
  '\u00a0',
  '\u2028',
  '\ud800',
  '\udc00',
  '😀',
  '\u0000',
  '0x',
  'blk_',
  '-1',
  '1.2.3.4',
  ':8080',
  '123e4567-e89b-12d3-a456-426614174000',
  '2024-01-02T03:04:05Z',
  '12ms',
  '64KB',
  'http://',
  'a@b.c'
);
const wordText = fc.oneof(
  fc.array(wordPart, { maxLength: 24 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...realWords),
  fc
    .tuple(fc.constantFrom(...realWords), fc.integer({ min: 0, max: 40 }), wordPart)
    .map(([w, at, part]) => w.slice(0, at) + part + w.slice(at + 1))
);

const SEGMENT = /(?<![A-Za-z0-9])-\d[A-Za-z0-9]*|[A-Za-z0-9]+|(?:[^A-Za-z0-9-]|-(?!\d)|(?<=[A-Za-z0-9])-)+/g;

/** The scanner's segments as `match(SEGMENT)` would list them, with the old alphanumeric/variable tests. */
function scanned(text: string): Array<[string, boolean, boolean]> {
  const out: Array<[string, boolean, boolean]> = [];
  for (let i = 0; i < text.length;) {
    const end = segmentEnd(text, i);
    out.push([text.slice(i, end), segmentIsAlnum(text, i), segmentIsAlnum(text, i) && isVariableRange(text, i, end)]);
    i = end;
  }
  return out;
}

function reference(text: string): Array<[string, boolean, boolean]> {
  return (text.match(SEGMENT) ?? []).map((p) => {
    const c = p.charCodeAt(0);
    const alnum = c === 45 ? /\d/.test(p[1] ?? '') : /[A-Za-z0-9]/.test(p[0]);
    return [p, alnum, alnum && /\d/.test(p) && !/^[A-Za-z]+\d$/.test(p)];
  });
}

describe('normaliser fast paths', () => {
  it('isSpace is exactly \\s', () => {
    for (let c = 0; c < 0x10000; c++) {
      expect(isSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
    }
  });

  it('the segment scanner lists what match(SEGMENT) lists', () => {
    for (const w of realWords) {
      expect(scanned(w)).toEqual(reference(w));
    }
    fc.assert(
      fc.property(wordText, (w) => {
        expect(scanned(w)).toEqual(reference(w));
      }),
      { numRuns: 5000, seed: SEED }
    );
  });

  it('a typed guard rejects only cores its regex cannot match', () => {
    const check = (core: string) => {
      const bits = classBits(core);
      for (const t of [...TYPED, ...TYPED_NO_DIGIT]) {
        if (!t.may(bits, core)) {
          expect([t.type, core, t.regex.test(core)]).toEqual([t.type, core, false]);
        }
      }
    };
    realWords.forEach(check);
    fc.assert(fc.property(wordText, check), { numRuns: 5000, seed: SEED });
  });

  it('a word without a digit, `/`, `@` or `\\` is never masked (maskMessage skips maskWord for it)', () => {
    const plain = (w: string) => !/[\d/@\\\s]/.test(w) && w !== '';
    fc.assert(
      fc.property(wordText.filter(plain), (w) => {
        const params: MaskedParam[] = [];
        expect(maskWord(w, 0, params)).toBe(w);
        expect(params).toEqual([]);
      }),
      { numRuns: 3000, seed: SEED }
    );
  });
});

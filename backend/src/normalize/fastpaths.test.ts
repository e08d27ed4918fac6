/**
 * The normaliser's fast paths (character scans and guards in front of regexes) against the regexes they stand
 * in for, on hostile and near-miss input: results must be identical, never just similar.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { classBits, isSpace } from './chars';
import { FIRST_CHARS, firstCharClass } from './firstChar';
import { AUTO_ORDER, parseFirst, parseWith } from './parse';
import { maskWord } from './mask';
import { isVariableRange, segmentEnd, segmentIsAlnum } from './segments';
import { TYPED, TYPED_NO_DIGIT } from './typed';
import type { MaskedParam } from './types';

const SEED = 20261130;
const FIXTURES = join(__dirname, '../../../tests/fixtures/loghub');
const SYSTEMS = ['HDFS', 'BGL', 'Thunderbird', 'Mac', 'Linux', 'OpenStack', 'Android', 'HealthApp', 'Proxifier'];

/** Real words of the Loghub fixtures (the shapes the guards must not miss). */
const realWords = [
  ...new Set(
    SYSTEMS.flatMap((s) =>
      readFileSync(join(FIXTURES, s, `${s}_2k.log`), 'utf8')
        .split(/\s+/)
        .filter(Boolean)
    )
  ),
];

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

/** `parseAuto` without the first-character table: every format in order. */
function parseAutoReference(line: string) {
  for (const format of AUTO_ORDER) {
    if (format.kind === 'json' && line.trimStart()[0] !== '{') {
      continue;
    }
    const parsed = parseWith(format, line);
    if (parsed) {
      return { format, parsed };
    }
  }
  return null;
}

const ALL_SYSTEMS = [...SYSTEMS, 'Apache', 'Hadoop', 'HPC', 'OpenSSH', 'Spark', 'Windows', 'Zookeeper'];
const realLines = ALL_SYSTEMS.flatMap((s) =>
  readFileSync(join(FIXTURES, s, `${s}_2k.log`), 'utf8')
    .split('\n')
    .filter(Boolean)
);
const headers = [
  "<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - BOM'su root' failed",
  '<13>Feb  5 17:32:18 10.0.0.99 myapp[123]: hello 42',
  'Feb  5 17:32:18 host sshd[1]: Accepted password',
  'I1130 12:00:00.123456    1234 main.go:42] started 3 workers',
  '2024-01-02 03:04:05,678 [main] INFO com.example.App - ready in 12 ms',
  '2024-01-02T03:04:05.678Z ERROR app: failed',
  '{"msg":"x 1","level":"info"}',
  '  {"msg":"padded"}',
  'level=info msg="hello 1" ts=2024',
  '  k=v a=1',
];
const lineText = fc.oneof(
  fc.constantFrom(...realLines, ...headers),
  fc
    .tuple(fc.constantFrom(...realLines, ...headers), fc.integer({ min: 0, max: 60 }), wordPart, fc.boolean())
    .map(([l, at, part, insert]) => l.slice(0, at) + part + l.slice(insert ? at : at + 1)),
  fc.array(wordPart, { maxLength: 40 }).map((p) => p.join(' ')),
  fc.string({ unit: 'binary', maxLength: 120 })
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

  it('auto picks the same format with the first-character table as by trying every format in order', () => {
    for (const line of [...realLines, ...headers]) {
      expect(parseFirst(line)).toEqual(parseAutoReference(line));
    }
    fc.assert(
      fc.property(lineText, (line) => {
        expect(parseFirst(line)).toEqual(parseAutoReference(line));
      }),
      { numRuns: 5000, seed: SEED }
    );
  });

  it('a format never parses a line whose first character its table entry excludes', () => {
    const firsts = [...'09IWEFAZaz[<{ -_|\t'.split(''), '\u00a0', '\ufeff', 'µ', '\ud800'];
    for (const format of AUTO_ORDER) {
      const allowed = format.kind === 'regex' ? FIRST_CHARS[format.id] : undefined;
      if (allowed === undefined) {
        continue;
      }
      for (const line of [...realLines.filter((_, i) => i % 25 === 0), ...headers]) {
        for (const first of firsts) {
          for (const variant of [first + line.slice(1), first + line]) {
            if ((allowed & firstCharClass(variant)) === 0) {
              expect([format.id, variant, parseWith(format, variant)]).toEqual([format.id, variant, null]);
            }
          }
        }
      }
    }
  });
});

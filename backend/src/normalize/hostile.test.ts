import fc from 'fast-check';
import { BUILTIN_FORMATS, createNormalizer, detectFormat, maskMessage, DEFAULT_MAX_LINE_LENGTH } from '.';
import { DrainMiner } from '../drain';

/** Fixed seed: property tests must be deterministic in CI (vary it locally to explore). */
const SEED = 20251122;

const formats = ['unknown', ...BUILTIN_FORMATS.map((f) => f.id)];
const normalizers = formats.map((format) => createNormalizer({ format }));

/** Text that stresses the parsers: any code unit (lone surrogates too), decoded bytes, log-ish fragments. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder('utf-8').decode(bytes)),
  fc
    .array(
      fc.constantFrom(
        '{',
        '}',
        '"',
        '=',
        ':',
        '[',
        ']',
        '<NUM>',
        '<*>',
        'blk_-1',
        '0x',
        '\n',
        '\r',
        '\t',
        '\u0000',
        ' ',
        'a',
        '9',
        '.',
        '/',
        '\\',
        '|',
        '\ufffd'
      ),
      { maxLength: 80 }
    )
    .map((parts) => parts.join(''))
);

function checkLine(out: ReturnType<(typeof normalizers)[number]['normalize']>, maxLength: number): void {
  expect(Array.isArray(out.tokens)).toBe(true);
  for (const token of out.tokens) {
    expect(typeof token).toBe('string');
    expect(token.length).toBeGreaterThan(0);
    expect(token).not.toMatch(/\s/);
  }
  for (const p of out.params) {
    expect(p.tokenIndex).toBeGreaterThanOrEqual(0);
    expect(p.tokenIndex).toBeLessThan(out.tokens.length);
  }
  expect(out.message.length).toBeLessThanOrEqual(maxLength);

  expect(out.message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
}

describe('hostile input (property-based)', () => {
  it('normalize never throws and always returns well-formed tokens, for every format', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 0, max: normalizers.length - 1 }), (text, i) => {
        checkLine(normalizers[i].normalize(text), DEFAULT_MAX_LINE_LENGTH);
      }),
      { numRuns: 600, seed: SEED }
    );
  });

  it('flags exactly the entries over the length limit', () => {
    const small = createNormalizer({ maxLineLength: 64 });
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const out = small.normalize(text);
        expect(out.truncated).toBe(text.length > 64);
        checkLine(out, 64);
      }),
      { numRuns: 300, seed: SEED }
    );
  });

  it('masks a pathological 16k-character word without deep recursion', () => {
    // A limit above the word's length (the default, 4,096, would cut it before the trailing number).
    const out = createNormalizer({ maxLineLength: 16_384 }).normalize(`${'a.'.repeat(8000)}1`);
    expect(out.tokens).toHaveLength(1);
    expect(out.tokens[0].startsWith('a.a.')).toBe(true);
    expect(out.params).toHaveLength(1);
  });

  it('survives non-string input from untyped callers', () => {
    const n = createNormalizer();
    for (const value of [undefined, null, 42, {}, []]) {
      expect(n.normalize(value as unknown as string).tokens).toBeDefined();
    }
  });

  it('maskMessage and detectFormat never throw', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { maxLength: 8 }), (sample) => {
        const detection = detectFormat(sample);
        expect(detection.confidence).toBeGreaterThanOrEqual(0);
        expect(detection.confidence).toBeLessThanOrEqual(1);
        for (const text of sample) {
          expect(maskMessage(text).tokens.every((t) => t.length > 0)).toBe(true);
        }
      }),
      { numRuns: 300, seed: SEED }
    );
  });

  it('a learned line always matches afterwards (miner fed by the normaliser)', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 20 }), (texts) => {
        const n = createNormalizer();
        const miner = new DrainMiner();
        const lines = texts.map((text) => n.normalize(text).tokens);
        lines.forEach((tokens) => miner.add(tokens));
        for (const tokens of lines) {
          expect(miner.match(tokens)).not.toBeNull();
        }
      }),
      { numRuns: 300, seed: SEED }
    );
  });
});

import { completionContext, escapeValue } from './logqlCompletion';

// § marks the cursor.
const at = (q: string) => completionContext(q.replace('§', ''), q.indexOf('§'));

describe('completionContext', () => {
  it('completes label names after { and ,', () => {
    expect(at('{§')).toEqual({ kind: 'label', from: 1, prefix: '' });
    expect(at('{job="bgl", lev§')).toEqual({ kind: 'label', from: 12, prefix: 'lev' });
    expect(at('{ jo§}')).toEqual({ kind: 'label', from: 2, prefix: 'jo' });
  });

  it("completes the values of the matcher's label inside its string", () => {
    expect(at('{job="§')).toEqual({ kind: 'value', label: 'job', from: 6, prefix: '', quote: '"' });
    expect(at('{job="bgl", level=~"er§')).toMatchObject({ kind: 'value', label: 'level', prefix: 'er' });
    expect(at('{host != `node§')).toMatchObject({ kind: 'value', label: 'host', prefix: 'node', quote: '`' });
    // An escaped quote does not end the string.
    expect(at('{msg="a \\"b§')).toMatchObject({ kind: 'value', label: 'msg', prefix: 'a \\"b' });
  });

  it('completes pipeline stages after |, not after line filters or in strings', () => {
    expect(at('{job="bgl"} | js§')).toEqual({ kind: 'pipeline', from: 14, prefix: 'js' });
    expect(at('{job="bgl"} |= "x" | §')).toMatchObject({ kind: 'pipeline', prefix: '' });
    expect(at('{job="bgl"} |= §')).toEqual({ kind: 'none' });
    expect(at('{job="bgl"} |= "a | §')).toEqual({ kind: 'none' });
    expect(at('{job="bgl"} || §')).toEqual({ kind: 'none' });
  });

  it('offers nothing after a closed matcher or outside any context', () => {
    expect(at('{job="bgl"§')).toEqual({ kind: 'none' });
    expect(at('{job=§')).toEqual({ kind: 'none' });
    expect(at('sum by (le§')).toEqual({ kind: 'none' });
  });
});

describe('escapeValue', () => {
  it('escapes for double quotes, leaves backtick strings raw', () => {
    expect(escapeValue('a"b\\c', '"')).toBe('a\\"b\\\\c');
    expect(escapeValue('a"b\\c', '`')).toBe('a"b\\c');
  });
});

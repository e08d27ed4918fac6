import { jsonDepthExceeds, parseJsonOrThrow } from './body';
import { HttpError } from './errors';

describe('jsonDepthExceeds', () => {
  it('counts nesting of arrays and objects', () => {
    expect(jsonDepthExceeds('{"a":[{"b":[]}]}', 4)).toBe(false);
    expect(jsonDepthExceeds('{"a":[{"b":[]}]}', 3)).toBe(true);
    expect(jsonDepthExceeds('[[],[],[]]', 2)).toBe(false);
  });

  it('ignores brackets inside strings, including escaped quotes', () => {
    expect(jsonDepthExceeds('{"line":"[[[[[[{{{{"}', 1)).toBe(false);
    expect(jsonDepthExceeds('{"line":"say \\"[[[[\\" ok"}', 1)).toBe(false);
    expect(jsonDepthExceeds('{"line":"\\\\"}', 1)).toBe(false);
  });

  it('handles a million opening brackets without recursion', () => {
    expect(jsonDepthExceeds('['.repeat(1_000_000), 32)).toBe(true);
  });
});

describe('parseJsonOrThrow', () => {
  it('reports line and column of the syntax error', () => {
    try {
      parseJsonOrThrow('{\n  "a": 1,\n  oops\n}');
      throw new Error('should have thrown');
    } catch (err) {
      expect(err).toBeInstanceOf(HttpError);
      expect((err as HttpError).details).toMatchObject({ line: 3, column: 3 });
    }
  });

  it('reports the end for truncated input', () => {
    expect(() => parseJsonOrThrow('{"lines": [')).toThrow(/invalid JSON at line 1/);
  });
});

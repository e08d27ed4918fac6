import { truncateLines } from './pooled-engine';

describe('truncateLines', () => {
  it('cuts long lines, flags them, and never splits a surrogate pair', () => {
    const { lines, truncated } = truncateLines(
      [{ line: 'short' }, { line: 'abc😀def' }, { line: 'x'.repeat(10), id: 'k' }],
      4
    );
    expect(lines.map((l) => l.line)).toEqual(['shor', 'abc', 'xxxx']);
    expect([...truncated]).toEqual([0, 1, 2]);
    expect(lines[2]!.id).toBe('k');
  });

  it('returns the same objects when nothing is too long', () => {
    const input = [{ line: 'a' }];
    expect(truncateLines(input, 4).lines[0]).toBe(input[0]);
  });
});

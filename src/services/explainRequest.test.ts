import { explainHdfs } from '../__fixtures__/explainHdfs';
import type { LogLine } from './frames';
import { eventLineIndex, mapExplainIndices, prepareExplain } from './explainRequest';

const lines = (n: number, offset = 0): LogLine[] =>
  Array.from({ length: n }, (_, i) => ({
    index: i + offset,
    tsNs: `${1000 + i}000000`,
    timeMs: 1000 + i,
    line: `line ${i}`,
    labels: {},
    id: `id${i}`,
  }));

describe('prepareExplain', () => {
  it('sends everything when it fits, with the focus position', () => {
    const p = prepareExplain(lines(148), 42);
    expect(p.request.lines).toHaveLength(148);
    expect(p.request.focus).toBe(42);
    expect(p.request.session).toBe('auto');
    expect(p.lineIndexOf(42)).toBe(42);
  });

  it('centres a window on the focus and maps request indices back', () => {
    const all = lines(10_000, 5);
    const p = prepareExplain(all, 5000, 2000);
    expect(p.request.lines).toHaveLength(2000);
    expect(p.request.lines[p.request.focus!].id).toBe('id5000');
    expect(p.lineIndexOf(p.request.focus!)).toBe(5005);
    expect(prepareExplain(all, 10, 2000).request.focus).toBe(10);
    expect(prepareExplain(all, 9999, 2000).request.focus).toBe(1999);
  });
});

describe('mapExplainIndices', () => {
  it('rewrites sequence and result indices and resolves cited events', () => {
    const mapped = mapExplainIndices(explainHdfs, (i) => i + 100);
    expect(mapped.sequence.lineIndices).toEqual(explainHdfs.sequence.lineIndices.map((i) => i + 100));
    expect(mapped.results.map((r) => r.index)).toEqual(mapped.sequence.lineIndices);
    expect(eventLineIndex(mapped, 4)).toBe(explainHdfs.sequence.lineIndices[3] + 100);
    expect(eventLineIndex(mapped, 9)).toBeUndefined();
  });
});

import { Readable } from 'node:stream';
import { exportJsonl, importJsonl, splitLines } from './jsonl';
import { LabelStore } from './store';

async function collect(chunks: Array<Buffer | string>, maxBytes?: number): Promise<Array<string | null>> {
  const out: Array<string | null> = [];
  for await (const line of splitLines(Readable.from(chunks), maxBytes)) {
    out.push(line);
  }
  return out;
}

describe('splitLines', () => {
  it('splits LF and CRLF, keeps a last line without newline, and decodes UTF-8 split across chunks', async () => {
    const bytes = Buffer.from('a\r\nü€\nlast', 'utf8');
    // Cut inside the two-byte ü and the three-byte €.
    const chunks = [bytes.subarray(0, 4), bytes.subarray(4, 6), bytes.subarray(6)];
    expect(await collect(chunks)).toEqual(['a', 'ü€', 'last']);
    expect(await collect(['x\n'])).toEqual(['x']);
    expect(await collect([])).toEqual([]);
  });

  it('yields null for a line over the limit without keeping it in memory, then continues', async () => {
    const long = 'y'.repeat(50);
    expect(await collect(['ok\n', long.slice(0, 25), long.slice(25), '\nnext\n'], 20)).toEqual(['ok', null, 'next']);
    expect(await collect(['short\n', long], 20)).toEqual(['short', null]);
  });
});

describe('importJsonl / exportJsonl', () => {
  it('commits in chunks, reports an overlong line by number, and exports oldest first', async () => {
    const store = LabelStore.open(':memory:');
    const lines = Array.from({ length: 25 }, (_, i) => JSON.stringify({ line: `l${i}`, verdict: 'normal' }));
    lines.splice(3, 0, JSON.stringify({ line: 'z'.repeat(2 * 1024 * 1024), verdict: 'normal' }));
    const committed: number[] = [];
    const report = await importJsonl(store, Readable.from([lines.join('\n')]), {
      chunkSize: 10,
      onChunk: (r) => committed.push(r.imported),
    });
    expect(committed).toEqual([10, 20, 25]);
    expect(report).toEqual({
      lines: 26,
      imported: 25,
      duplicates: 0,
      invalid: 1,
      errors: [{ line: 4, message: 'line longer than 1048576 characters' }],
    });
    const exported = [...exportJsonl(store, {}, 7)];
    expect(exported).toHaveLength(4);
    expect(
      exported
        .join('')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).line)
    ).toEqual(Array.from({ length: 25 }, (_, i) => `l${i}`));
    store.close();
  });

  it('lists at most maxErrors errors but counts them all', async () => {
    const store = LabelStore.open(':memory:');
    const report = await importJsonl(store, Readable.from(['{}\n'.repeat(7)]), { maxErrors: 2 });
    expect(report.invalid).toBe(7);
    expect(report.errors.map((e) => e.line)).toEqual([1, 2]);
    store.close();
  });
});

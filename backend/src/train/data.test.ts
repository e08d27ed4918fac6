import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { DataError, parseJsonl, parseLoghubLabelled, readDataFile, readHdfsBlocks, sliceFraction } from './data';

const FIXTURE = join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'loghub', 'BGL', 'BGL_2k.log');

describe('parseLoghubLabelled', () => {
  it('removes the label column (the line as the node wrote it) and keeps the alert category', () => {
    const text = [
      '- 1117838570 2005.06.03 R02 RAS KERNEL INFO instruction cache parity error corrected',
      'APPREAD 1117869872 2005.06.04 R04 RAS APP FATAL ciod: failed to read message prefix',
      'KERNDTLB',
    ].join('\n');
    const { lines, blankLines } = parseLoghubLabelled(text, 'x.log');
    expect(blankLines).toBe(0);
    expect(lines).toEqual([
      { line: '1117838570 2005.06.03 R02 RAS KERNEL INFO instruction cache parity error corrected', label: 0 },
      {
        line: '1117869872 2005.06.04 R04 RAS APP FATAL ciod: failed to read message prefix',
        label: 1,
        category: 'APPREAD',
      },
      { line: '', label: 1, category: 'KERNDTLB' },
    ]);
    for (const l of lines) {
      expect(l.line).not.toMatch(/APPREAD|KERNDTLB/);
    }
  });

  it('counts blank lines (including CRLF and whitespace-only) without keeping them', () => {
    const { lines, blankLines } = parseLoghubLabelled('- a\r\n\r\n   \n- b\n', 'x.log');
    expect(lines.map((l) => l.line)).toEqual(['a', 'b']);
    expect(blankLines).toBe(2);
  });

  it('refuses a line that starts with whitespace, with path:line', () => {
    expect(() => parseLoghubLabelled('- a\n  indented', 'data/x.log')).toThrow(DataError);
    expect(() => parseLoghubLabelled('- a\n  indented', 'data/x.log')).toThrow(/^data\/x\.log:2: /);
  });

  it('reads the committed BGL fixture', () => {
    const file = readDataFile(FIXTURE, 'loghub-labelled');
    expect(file.lines).toHaveLength(40);
    expect(file.lines.filter((l) => l.label === 1)).toHaveLength(2);
    expect(file.lines.filter((l) => l.category === 'APPREAD')).toHaveLength(2);
    expect(file.lines.every((l) => /^\d{10} \d{4}\.\d{2}\.\d{2} /.test(l.line))).toBe(true);
    expect(file.format).toBe('loghub-labelled');
    expect(file.blankLines).toBe(0);
  });
});

describe('parseJsonl', () => {
  it('reads labels, domains and sessions', () => {
    const text = [
      '{"line":"disk failed","label":"anomaly","domain":"storage","session":"blk_1"}',
      '',
      '{"line":"ok","label":"normal"}',
      '{"line":"unknown","label":null}',
      '{"line":"no label"}',
    ].join('\n');
    const { lines, blankLines } = parseJsonl(text, 'd.jsonl');
    expect(blankLines).toBe(1);
    expect(lines).toEqual([
      { line: 'disk failed', label: 1, domain: 'storage', session: 'blk_1' },
      { line: 'ok', label: 0 },
      { line: 'unknown', label: null },
      { line: 'no label', label: null },
    ]);
  });

  it('refuses bad records with path:line and the field', () => {
    expect(() => parseJsonl('{"line":"a"}\n{oops', 'd.jsonl')).toThrow(/^d\.jsonl:2: not JSON: /);
    expect(() => parseJsonl('{"line":"a","label":"bad"}', 'd.jsonl')).toThrow(/^d\.jsonl:1: label: /);
    expect(() => parseJsonl('\n\n{"line":"a","extra":1}', 'd.jsonl')).toThrow(/^d\.jsonl:3: /);
    expect(() => parseJsonl('{"label":"normal"}', 'd.jsonl')).toThrow(/^d\.jsonl:1: line: /);
    expect(() => parseJsonl('{"line":"a","domain":"nowhere"}', 'd.jsonl')).toThrow(/^d\.jsonl:1: domain: /);
    expect(() => parseJsonl('[1]', 'd.jsonl')).toThrow(DataError);
  });
});

describe('files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'data-test-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('hashes the file and names a missing one', () => {
    const path = join(dir, 'a.jsonl');
    const text = '{"line":"a","label":"normal"}\n';
    writeFileSync(path, text);
    const file = readDataFile(path, 'jsonl');
    expect(file.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect(() => readDataFile(join(dir, 'nope.log'), 'loghub-labelled')).toThrow(/--data .*nope\.log: ENOENT/);
  });

  it('reads HDFS blocks aligned with the log, unlabelled lines with session keys', () => {
    writeFileSync(join(dir, 'hdfs.log'), 'l1\nl2\n\nl4\n');
    writeFileSync(join(dir, 'blocks.txt'), 'blk_1\nblk_1\n\nblk_2\n');
    writeFileSync(join(dir, 'labels.csv'), 'BlockId,Label\nblk_1,Normal\nblk_2,Anomaly\n');
    const file = readHdfsBlocks(join(dir, 'hdfs.log'), join(dir, 'blocks.txt'), join(dir, 'labels.csv'));
    expect(file.lines).toEqual([
      { line: 'l1', label: null, session: 'blk_1' },
      { line: 'l2', label: null, session: 'blk_1' },
      { line: 'l4', label: null, session: 'blk_2' },
    ]);
    expect(file.blankLines).toBe(1);
    expect([...file.sessionLabels!]).toEqual([
      ['blk_1', 0],
      ['blk_2', 1],
    ]);
  });

  it('refuses misaligned HDFS files and bad label rows', () => {
    writeFileSync(join(dir, 'h2.log'), 'l1\nl2\nl3\n');
    writeFileSync(join(dir, 'b2.txt'), 'blk_1\nblk_1\n');
    writeFileSync(join(dir, 'labels2.csv'), 'BlockId,Label\nblk_1,Normal\n');
    expect(() => readHdfsBlocks(join(dir, 'h2.log'), join(dir, 'b2.txt'), join(dir, 'labels2.csv'))).toThrow(
      /--blocks .*b2\.txt has 2 lines but --data .*h2\.log has 3/
    );
    writeFileSync(join(dir, 'b3.txt'), 'blk_1\nblk_1\nblk_1\n');
    writeFileSync(join(dir, 'labels3.csv'), 'BlockId,Label\nblk_1,Maybe\n');
    expect(() => readHdfsBlocks(join(dir, 'h2.log'), join(dir, 'b3.txt'), join(dir, 'labels3.csv'))).toThrow(
      /labels3\.csv:2: expected "BlockId,Normal\|Anomaly"/
    );
  });
});

describe('sliceFraction', () => {
  it('cuts contiguous, rounded ranges', () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    expect(sliceFraction(items, 0.8, 1)).toEqual({ items: items.slice(32), start: 32, end: 40 });
    expect(sliceFraction(items, 0, 0.6).end).toBe(24);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BaselineStore } from './store';

describe('BaselineStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'baseline-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('survives a reopen with counts, first seen and exemplars', () => {
    const t0 = Date.UTC(2026, 0, 1);
    const a = BaselineStore.open(dir, { flushMs: 0 });
    for (let i = 0; i < 5; i++) {
      a.observe('job=x', { job: 'x' }, { id: 'p1', text: 'hello <*>' }, t0 + i * 3_600_000, 2, `hello ${i}`);
    }
    expect(a.flush()).toBe(1);
    a.close();
    const b = BaselineStore.open(dir, { flushMs: 0 });
    const s = b.get('job=x')!;
    expect(s.lines).toBe(10);
    expect(s.templates.get('p1')).toMatchObject({ seen: 10, firstSeen: t0, text: 'hello <*>' });
    expect(b.exemplars('job=x', 'p1')).toEqual(['hello 0', 'hello 1', 'hello 2']);
    expect(b.summaries()).toEqual([expect.objectContaining({ key: 'job=x', templates: 1, linesInWindow: 10 })]);
    b.close();
  });

  it('writes nothing before a flush (the stated loss bound on a crash)', () => {
    const a = BaselineStore.open(dir, { flushMs: 0 });
    a.observe('job=x', { job: 'x' }, { id: 'p1', text: 't' }, Date.now(), 1);
    const b = BaselineStore.open(dir, { flushMs: 0 });
    expect(b.get('job=x')).toBeNull();
    a.flush();
    const c = BaselineStore.open(dir, { flushMs: 0 });
    expect(c.get('job=x')?.lines).toBe(1);
    a.close();
    b.close();
    c.close();
  });
});

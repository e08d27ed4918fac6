import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LabelStore } from '../../labels/store';
import { runCli } from '../../testing/run-cli';

const run = (...args: string[]) => runCli(['labels', ...args]);

describe('anomaly-lens labels', () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'al-cli-labels-'));
    db = join(dir, 'labels.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a JSONL file, reporting bad lines with numbers and exit code 1', async () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ line: 'a', verdict: 'anomaly', templateId: 'T1', template: 'a <*>' }),
        JSON.stringify({ line: 'b', verdict: 'sideways' }),
        JSON.stringify({ line: 'c', domain: 'network', templateId: 'T1' }),
      ].join('\n')
    );
    const res = await run('import', file, '--db', db, '--user', 'ops', '--json');
    expect(res.code).toBe(1);
    expect(JSON.parse(res.stdout)).toEqual({
      lines: 3,
      imported: 2,
      duplicates: 0,
      invalid: 1,
      errors: [{ line: 2, message: 'verdict: Invalid option: expected one of "anomaly"|"normal"' }],
    });
    const human = await run('import', file, '--db', db);
    expect(human.stdout).toBe(
      'Read 3 lines: imported 0, already stored 2, invalid 1\n  line 2: verdict: Invalid option: expected one of "anomaly"|"normal"\n'
    );

    const stats = await run('stats', '--db', db, '--json');
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({
      total: 2,
      verdicts: { anomaly: 1, normal: 0, none: 1 },
      domains: { network: 1 },
      templates: [{ templateId: 'T1', template: 'a <*>', count: 2, anomaly: 1, normal: 0 }],
    });
    const store = LabelStore.open(db);
    expect(store.all().map((l) => [l.user, l.source])).toEqual([
      ['ops', 'import'],
      ['ops', 'import'],
    ]);
    store.close();
  });

  it('exports to a file or stdout, and the export imports into a new database unchanged', async () => {
    const store = LabelStore.open(db);
    store.add(
      Array.from({ length: 50 }, (_, i) => ({ line: `line ${i}`, verdict: i % 2 ? 'normal' : 'anomaly' }) as const),
      { user: 'u', source: 'cli' }
    );
    const original = store.all();
    store.close();

    const out = join(dir, 'out.jsonl');
    const res = await run('export', '--db', db, '--out', out, '--json');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ db, out, labels: 50 });
    const copy = join(dir, 'copy.sqlite');
    expect((await run('import', out, '--db', copy)).code).toBe(0);
    const copied = LabelStore.open(copy);
    expect(copied.all()).toEqual(original);
    copied.close();

    const filtered = await run('export', '--db', db, '--verdict', 'normal');
    expect(filtered.stdout.trimEnd().split('\n')).toHaveLength(25);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe(JSON.stringify(original[0]));
  });

  it('fails with exit code 2 and a precise message', async () => {
    expect(await run('stats', '--db', join(dir, 'missing.sqlite'))).toMatchObject({
      code: 2,
      stderr: `anomaly-lens: --db ${join(dir, 'missing.sqlite')}: no such label database\n`,
    });
    LabelStore.open(db).close();
    expect((await run('export', '--db', db, '--json')).stderr).toMatch(/--json needs --out/);
    expect((await run('export', '--db', db, '--since', 'tuesday')).stderr).toMatch(/--since: must be an ISO 8601/);
    expect((await run('import', join(dir, 'nope.jsonl'), '--db', db)).code).toBe(2);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BaselineStore } from '../../baseline';
import { runCli } from '../../testing/run-cli';
import { tinyBundle, TINY_BUNDLE_DATA } from '../../testing/tiny-bundle';

describe('anomaly-lens baseline learn', () => {
  let bundle: string;
  let dir: string;
  beforeAll(async () => {
    bundle = await tinyBundle();
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'al-baseline-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('learns a file as one stream into the store, without its label column', async () => {
    const store = join(dir, 'store');
    const r = await runCli([
      'baseline',
      'learn',
      '--data',
      TINY_BUNDLE_DATA,
      '--loghub-labelled',
      '--stream',
      'service_name=bgl,cluster=a',
      '--store',
      store,
      '--bundle',
      bundle,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { stream: string; lines: number; templates: number; firstSeen: string };
    expect(report.stream).toBe('service_name=bgl');
    expect(report.lines).toBeGreaterThan(0);
    expect(report.firstSeen).toMatch(/^2005-06-/);
    const opened = BaselineStore.open(store, { flushMs: 0 });
    expect(opened.get('service_name=bgl')).toMatchObject({ bootstrapped: true });
    expect(opened.get('service_name=bgl')!.templates.size).toBe(report.templates);
    opened.close();
  });

  it('refuses a bad --stream and an empty file with exit 2', async () => {
    const empty = join(dir, 'empty.log');
    writeFileSync(empty, '\n');
    const bad = await runCli(['baseline', 'learn', '--data', empty, '--stream', 'nope', '--store', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--stream: "nope" is not k=v/);
    const none = await runCli(['baseline', 'learn', '--data', empty, '--stream', 'job=x', '--store', dir]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no lines/);
  });
});

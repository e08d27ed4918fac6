import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tinyBundle, TINY_BUNDLE_DATA, writeTinyBundle } from '../../testing/tiny-bundle';
import { runCli } from '../../testing/run-cli';
import { parseSlice } from './eval';

const run = runCli;

describe('parseSlice', () => {
  it('accepts fractions from:to with 0 <= from < to <= 1', () => {
    expect(parseSlice('0:1')).toEqual([0, 1]);
    expect(parseSlice('0.8:1')).toEqual([0.8, 1]);
    expect(parseSlice(' .25:.5 ')).toEqual([0.25, 0.5]);
  });

  it('refuses anything else', () => {
    for (const bad of ['1:0', '0.5:0.5', '0:1.5', '-0.1:1', 'a:b', '0.2', '', '0.2:', '1e-1:1']) {
      expect(() => parseSlice(bad)).toThrow(/--slice must be from:to with 0 <= from < to <= 1/);
    }
  });
});

describe('anomaly-lens eval', () => {
  let bundle: string;
  beforeAll(async () => {
    bundle = await tinyBundle();
  });

  it('--json on the test slice prints the report', async () => {
    const r = await run(['eval', '--bundle', bundle, '--data', TINY_BUNDLE_DATA, '--slice', '0.8:1', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      bundle: 'tiny',
      data: TINY_BUNDLE_DATA,
      slice: [0.8, 1],
      lines: 8,
      precision: expect.any(Number),
      recall: expect.any(Number),
      f1: expect.any(Number),
      linesPerSecond: expect.any(Number),
      unseenTemplates: {
        lines: expect.any(Number),
        anomalies: expect.any(Number),
        recall: expect.any(Number),
        precision: expect.any(Number),
      },
      perDomain: expect.any(Array),
    });
    expect(report.perDomain.reduce((s: number, d: { lines: number }) => s + d.lines, 0)).toBe(8);
    expect(['top1', 'soft']).toContain(report.combine);
  });

  it('prints a human report and honours --combine', async () => {
    const r = await run([
      'eval',
      '--bundle',
      bundle,
      '--data',
      TINY_BUNDLE_DATA,
      '--slice',
      '0.8:1',
      '--combine',
      'soft',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Bundle tiny on .*BGL_2k\.log \[0\.8:1\], soft; real path \(lines as written, format auto\)\n/
    );
    expect(r.stdout).toContain('per domain (routed):');
  });

  it('reports an ideal parse beside the real path with --ideal-parse, and refuses an unknown format', async () => {
    const args = ['eval', '--bundle', bundle, '--data', TINY_BUNDLE_DATA, '--slice', '0.8:1', '--json'];
    const r = await run([...args, '--ideal-parse', 'bgl']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.idealParse).toEqual({
      format: 'bgl',
      precision: expect.any(Number),
      recall: expect.any(Number),
      f1: expect.any(Number),
    });
    const bad = await run([...args, '--ideal-parse', 'nosuchformat']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--ideal-parse nosuchformat: ');
  });

  it('refuses a slice that overlaps the lines the bundle was fitted or calibrated on', async () => {
    const fitted = await run(['eval', '--bundle', bundle, '--data', TINY_BUNDLE_DATA, '--slice', '0.5:1', '--json']);
    expect(fitted.code).toBe(2);
    expect(fitted.stdout).toBe('');
    expect(fitted.stderr).toContain(
      `lines 21-40 of ${TINY_BUNDLE_DATA} overlap lines 1-24 the bundle was fitted on; evaluate on a later slice (e.g. --slice 0.80:1)`
    );
    const calibrated = await run(['eval', '--bundle', bundle, '--data', TINY_BUNDLE_DATA, '--slice', '0.7:0.9']);
    expect(calibrated.code).toBe(2);
    expect(calibrated.stderr).toContain('overlap lines 25-32 the bundle was calibrated on');
  });

  it('refuses bad flags and a bad bundle with exit code 2', async () => {
    const slice = await run(['eval', '--bundle', bundle, '--data', TINY_BUNDLE_DATA, '--slice', '1:0']);
    expect(slice.code).toBe(2);
    expect(slice.stderr).toContain('--slice must be from:to');
    const combine = await run(['eval', '--bundle', bundle, '--data', TINY_BUNDLE_DATA, '--combine', 'max']);
    expect(combine.code).toBe(2);
    expect(combine.stderr).toContain('--combine must be top1 or soft, got "max"');
    const empty = await run(['eval', '--bundle', bundle, '--data', TINY_BUNDLE_DATA, '--slice', '0.99:1']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('holds no lines');
    const missing = await run(['eval', '--bundle', `${bundle}-nope`, '--data', TINY_BUNDLE_DATA, '--slice', '0.8:1']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/model bundle .*-nope: cannot open: ENOENT/);
  });

  it('says so when the bundle has seen the whole file, instead of suggesting a slice', async () => {
    const everything = await writeTinyBundle(42, { split: { train: 0.8, validation: 0.2 } });
    const r = await run(['eval', '--bundle', everything, '--data', TINY_BUNDLE_DATA, '--slice', '0.9:1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'overlap lines 33-40 the bundle was calibrated on; the bundle has seen the whole file: evaluate it on other data, or evaluate a twin trained without a test period and --record-into this bundle'
    );
  });

  describe('--record-into', () => {
    const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

    it("stores the twin's test figures in a bundle trained on the same files, naming the twin", async () => {
      const target = await writeTinyBundle(7);
      const before = manifestOf(target);
      const r = await run([
        'eval',
        '--bundle',
        bundle,
        '--data',
        TINY_BUNDLE_DATA,
        '--slice',
        '0.8:1',
        '--record-into',
        target,
        '--json',
      ]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout);
      const after = manifestOf(target);
      expect(after.metrics.test).toMatchObject({
        data: 'BGL_2k.log',
        slice: [0.8, 1],
        lines: report.lines,
        f1: report.f1,
        measuredOn: {
          bundle: 'tiny',
          command: 'tiny-bundle (tests)',
          training: [{ file: 'BGL_2k.log', train: [0, 24] }],
        },
      });
      // Everything else of the target is left as it was, and the evaluated bundle is not touched.
      expect({ ...after, metrics: before.metrics }).toEqual(before);
      expect(manifestOf(bundle).metrics.test).toBeUndefined();
    });

    it('refuses a bundle trained on other files, and --record with --record-into', async () => {
      const target = join(mkdtempSync(join(tmpdir(), 'anomaly-lens-other-')), 'other');
      cpSync(bundle, target, { recursive: true });
      const m = manifestOf(target);
      m.training.data[0].sha256 = 'ab'.repeat(32);
      writeFileSync(join(target, 'manifest.json'), JSON.stringify(m));
      const args = ['eval', '--bundle', bundle, '--data', TINY_BUNDLE_DATA, '--slice', '0.8:1'];
      const other = await run([...args, '--record-into', target]);
      expect(other.code).toBe(2);
      expect(other.stderr).toContain(
        `--record-into ${target}: that bundle was trained on BGL_2k.log (abababababab), the evaluated one on BGL_2k.log (`
      );
      expect(manifestOf(target).metrics.test).toBeUndefined();
      const both = await run([...args, '--record', '--record-into', target]);
      expect(both.code).toBe(2);
      expect(both.stderr).toContain('--record and --record-into exclude each other');
      const missing = await run([...args, '--record-into', `${target}-nope`]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/--record-into: model bundle .*-nope: cannot open/);
    });
  });
});

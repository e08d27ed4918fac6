import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TINY_BUNDLE_DATA, TINY_BUNDLE_PARTITION } from '../../testing/tiny-bundle';
import { loadBundle } from '../../bundle/load';
import { runCli } from '../../testing/run-cli';

const run = runCli;

const TINY = ['--k', '20', '--epochs', '4', '--dim', '8', '--buckets', '4096'];

describe('anomaly-lens train', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'cli-train-'));
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('--json prints one JSON document with the summary and writes a loadable bundle', async () => {
    const out = join(work, 'bgl-tiny');
    const r = await run([
      'train',
      '--data',
      TINY_BUNDLE_DATA,
      '--partition',
      TINY_BUNDLE_PARTITION,
      '--out',
      out,
      ...TINY,
      '--json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(Object.keys(summary).sort()).toEqual(
      [
        'annotationReduction',
        'certification',
        'domains',
        'heldOutTemplates',
        'id',
        'labelled',
        'linesSeen',
        'out',
        'seconds',
        'sequenceCombination',
        'sequenceModel',
        'templates',
        'validation',
      ].sort()
    );
    expect(summary).toMatchObject({
      out,
      id: 'bgl-tiny',
      linesSeen: 32,
      heldOutTemplates: 0,
      sequenceModel: false,
      sequenceCombination: null,
    });
    expect(summary.annotationReduction).toBeCloseTo(summary.linesSeen / summary.labelled, 1);
    expect(summary.certification).toEqual({ repairs: expect.any(Array), warnings: expect.any(Array) });
    for (const d of summary.domains) {
      expect(d).toEqual({
        id: expect.any(String),
        type: expect.stringMatching(/^(pure-anomaly|pure-normal|mixed)$/),
        templates: expect.any(Number),
        threshold: expect.any(Number),
        prior: expect.any(Number),
      });
    }
    const bundle = loadBundle(out);
    expect(bundle.manifest.id).toBe('bgl-tiny');
    expect(bundle.manifest.featurizer.buckets).toBe(4096);
    expect(bundle.manifest.training.k).toBe(20);
  });

  it('prints progress on stderr and a human summary without --json', async () => {
    const out = join(work, 'human');
    const r = await run([
      'train',
      '--data',
      TINY_BUNDLE_DATA,
      '--partition',
      TINY_BUNDLE_PARTITION,
      '--out',
      out,
      ...TINY,
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('train: fit (');
    expect(r.stdout).toMatch(/^Wrote .*human \(human\) in [\d.]+s\n/);
    expect(r.stdout).toContain('  domains:');
  });

  it('refuses bad flags with exit code 2', async () => {
    const base = ['train', '--data', TINY_BUNDLE_DATA, '--partition', TINY_BUNDLE_PARTITION, '--out', join(work, 'x')];
    const buckets = await run([...base, '--buckets', '1000']);
    expect(buckets.code).toBe(2);
    expect(buckets.stderr).toContain('--buckets must be a power of two, got 1000');
    const shares = await run([...base, '--train-share', '0.9', '--validation-share', '0.5']);
    expect(shares.code).toBe(2);
    expect(shares.stderr).toContain('--train-share + --validation-share must not exceed 1');
    const missing = await run([...base.slice(0, 3), '--partition', join(work, 'nope.json'), '--out', join(work, 'y')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--partition .*nope\.json: cannot read partition file/);
    const data = await run([
      'train',
      '--data',
      join(work, 'nope.log'),
      '--partition',
      TINY_BUNDLE_PARTITION,
      '--out',
      join(work, 'z'),
    ]);
    expect(data.code).toBe(2);
    expect(data.stderr).toMatch(/--data .*nope\.log: ENOENT/);
  });
});

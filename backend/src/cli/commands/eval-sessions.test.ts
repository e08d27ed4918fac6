import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBundle } from '../../bundle/write';
import { unseenTemplate } from '../../drain';
import { createNormalizer } from '../../normalize';
import { trainSequenceModel } from '../../sequence';
import { tinyBundle, trainTinyModel } from '../../testing/tiny-bundle';
import { readHdfsBlocks } from '../../train/data';
import { runCli } from '../../testing/run-cli';

const FIXTURES = resolve(__dirname, '../../../../tests/fixtures/sequence');
const HDFS = join(FIXTURES, 'hdfs_blocks.log');
const LABELS = join(FIXTURES, 'hdfs_block_labels.csv');

const run = runCli;

describe('anomaly-lens eval-sessions --bundle', () => {
  let work: string;
  let bundle: string;
  let blocks: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'eval-sessions-'));
    // The fixture's block ids, one per line, as HDFS_v1's line_block_ids file gives them.
    blocks = join(work, 'blocks.txt');
    const lines = readFileSync(HDFS, 'utf8').trim().split('\n');
    writeFileSync(blocks, `${lines.map((l) => /blk_-?\d+/.exec(l)![0]).join('\n')}\n`);
    // The tiny BGL model plus a sequence model fitted on the fixture's normal blocks, with the ids the service
    // gives their lines (the BGL miner knows none of them); its provenance says it saw the whole HDFS file.
    const model = await trainTinyModel();
    const hdfs = readHdfsBlocks(HDFS, blocks, LABELS);
    const normalizer = createNormalizer({ format: 'auto' });
    const sessions = new Map<string, string[]>();
    for (const l of hdfs.lines) {
      const tokens = normalizer.normalize(l.line).tokens;
      const ids = sessions.get(l.session!) ?? [];
      ids.push(model.miner.match(tokens)?.id ?? unseenTemplate(tokens).id);
      sessions.set(l.session!, ids);
    }
    const normal = [...sessions].filter(([key]) => hdfs.sessionLabels!.get(key) === 0);
    model.sequence = trainSequenceModel(normal.map(([key, templateIds]) => ({ key, templateIds })));
    model.provenance.push({ file: hdfs, train: [0, 100], validation: [100, hdfs.lines.length] });
    bundle = join(work, 'bundle');
    writeBundle(bundle, model, { id: 'tiny-hdfs', version: '1', command: 'test', trainingSeconds: 0 });
  });

  it("scores a file the bundle never saw with the bundle's own sequence model, every labelled session", async () => {
    // The same blocks under another file (one extra blank line): not the bytes the bundle was trained on.
    const other = join(work, 'other.log');
    const otherBlocks = join(work, 'other-blocks.txt');
    writeFileSync(other, `${readFileSync(HDFS, 'utf8').trimEnd()}\n\n`);
    writeFileSync(otherBlocks, `${readFileSync(blocks, 'utf8').trimEnd()}\n\n`);
    const r = await run([
      'eval-sessions',
      '--bundle',
      bundle,
      '--data',
      other,
      '--blocks',
      otherBlocks,
      '--labels',
      LABELS,
      '--json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      trainedOnSplit: false,
      bundle: { id: 'tiny-hdfs', version: '1' },
      description: 'every labelled session (bundle tiny-hdfs was not trained on this file)',
      sessions: 5,
      seenByBundle: 0,
      test: { sessions: 5, anomalies: 2 },
    });
    const m = report.metrics;
    expect(m.tp + m.fp + m.fn + m.tn).toBe(5);
    expect(m.tp + m.fn).toBe(2);
  });

  it('scores only the sessions that start after the lines the bundle saw of this very file', async () => {
    // Claim the bundle saw the file up to the first line of its last-starting block.
    const keys = readFileSync(blocks, 'utf8').trim().split('\n');
    const firstLine = new Map<string, number>();
    keys.forEach((k, i) => firstLine.set(k, firstLine.get(k) ?? i));
    const lastStart = Math.max(...firstLine.values());
    const partly = join(work, 'partly');
    cpSync(bundle, partly, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(partly, 'manifest.json'), 'utf8'));
    manifest.training.data[1].validation = [100, lastStart];
    writeFileSync(join(partly, 'manifest.json'), JSON.stringify(manifest));
    const r = await run([
      'eval-sessions',
      '--bundle',
      partly,
      '--data',
      HDFS,
      '--blocks',
      blocks,
      '--labels',
      LABELS,
      '--json',
    ]);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      description: `sessions that start after line ${lastStart}, the last line bundle tiny-hdfs fitted or calibrated on in this file`,
      sessions: 5,
      seenByBundle: 4,
      test: { sessions: 1, firstLine: lastStart + 1 },
    });
  });

  it('refuses the file it was trained on when no session starts after the lines it saw, and a bundle without one', async () => {
    const seen = await run([
      'eval-sessions',
      '--bundle',
      bundle,
      '--data',
      HDFS,
      '--blocks',
      blocks,
      '--labels',
      LABELS,
    ]);
    expect(seen.code).toBe(2);
    expect(seen.stderr).toMatch(
      /bundle tiny-hdfs was fitted and calibrated on lines 1–\d+ of this file, which leaves no session to evaluate/
    );
    const none = await run([
      'eval-sessions',
      '--bundle',
      await tinyBundle(),
      '--data',
      HDFS,
      '--blocks',
      blocks,
      '--labels',
      LABELS,
    ]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('bundle tiny has no sequence model (sequence.json)');
  });
});

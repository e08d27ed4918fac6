import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDetector } from '../engine/detector';
import type { LabelRecord } from '../labels/schemas';
import { writeBundle } from '../bundle/write';
import { loadPartitionFile } from '../partition';
import { TINY_BUNDLE_DATA, TINY_BUNDLE_PARTITION, TINY_TRAIN_CONFIG } from '../testing/tiny-bundle';
import { readDataFile } from './data';
import { trainModel } from './pipeline';
import { retrainBundle } from './retrain';
import { createRetrainer } from './retrainer';

function label(line: string, verdict: 'anomaly' | 'normal', i: number): LabelRecord {
  return {
    id: `l${i}`,
    line,
    verdict,
    user: 'sre',
    createdAt: '2026-11-30T00:00:00.000Z',
    source: 'grafana',
  } as LabelRecord;
}

describe('retrainBundle', () => {
  let work: string;
  let bundleDir: string;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'al-retrain-'));
    // The shared tiny bundle trains for 4 steps only; a retrain test needs a router that routes its own lines.
    const model = await trainModel(
      [readDataFile(TINY_BUNDLE_DATA, 'loghub-labelled')],
      async () => loadPartitionFile(TINY_BUNDLE_PARTITION),
      { ...TINY_TRAIN_CONFIG, fit: { ...TINY_TRAIN_CONFIG.fit, epochs: 40, batchSize: 8 } }
    );
    bundleDir = join(work, 'bundle');
    writeBundle(bundleDir, model, { id: 'retrain-test', version: '1', command: 'test', trainingSeconds: 0 });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('flips a misjudged template after its lines are labelled, and evaluates the candidate on held-out lines', async () => {
    // A normal line of the training set whose template the SRE says is an anomaly.
    const rows = readFileSync(join(bundleDir, 'training-set.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: string; label: string | null; split: string });
    const target = rows.find((r) => r.label === 'normal' && r.split === 'fit')!;
    const before = await loadDetector(bundleDir, { device: 'cpu' });
    const [was] = await before.score([{ line: target.line }]);
    await before.close();
    expect(was!.verdict).toBe('normal');

    const labels = [0, 1, 2, 3, 4].map((i) => label(target.line, 'anomaly', i));
    const stages: string[] = [];
    const result = await retrainBundle({
      bundleDir,
      labels,
      candidateDir: join(work, 'candidate'),
      onProgress: (p) => stages.push(p.stage),
    });
    expect(stages[0]).toBe('load');
    expect(stages.at(-1)).toBe('done');
    expect(result.metrics.before.lines).toBeGreaterThan(0);
    expect(result.metrics.after.lines).toBe(result.metrics.before.lines);
    expect(result.reason).toMatch(/held-out lines/);

    const after = await loadDetector(result.candidateDir, { device: 'cpu' });
    const [now] = await after.score([{ line: target.line }]);
    expect(after.info().version).toMatch(/\+labels\.5$/);
    await after.close();
    expect(now!.verdict).toBe('anomaly');
  });

  it('moves a template to the domain its "Change domain" labels name', async () => {
    const rows = readFileSync(join(bundleDir, 'training-set.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: string; label: string | null; split: string });
    const target = rows.find((r) => r.label === 'normal' && r.split === 'fit')!;
    const labels = [0, 1, 2].map((i) => ({ ...label(target.line, 'normal', i), domain: 'config' }) as LabelRecord);
    const result = await retrainBundle({ bundleDir, labels, candidateDir: join(work, 'relabelled-domain') });
    const detector = await loadDetector(result.candidateDir, { device: 'cpu' });
    const [scored] = await detector.score([{ line: target.line }]);
    const template = detector.bundle.templateById.get(scored!.template.id);
    await detector.close();
    expect(template?.domain).toBe('config');
  });

  it('runs in a worker thread through the service Retrainer and honours abort', async () => {
    const retrainer = createRetrainer({ outDir: join(work, 'out'), now: () => new Date('2026-11-30T00:00:00Z') });
    const controller = new AbortController();
    const progress: number[] = [];
    const output = await retrainer({
      bundleDir,
      labels: [],
      onProgress: (p) => progress.push(p.fraction),
      signal: controller.signal,
    });
    expect(output.candidateDir).toBe(join(work, 'out', 'candidate-2026-11-30T00-00-00-000Z'));
    expect(output.accepted).toBe(true);
    expect(progress.at(-1)).toBe(1);

    const aborted = new AbortController();
    const pending = retrainer({ bundleDir, labels: [], onProgress: () => undefined, signal: aborted.signal });
    aborted.abort();
    await expect(pending).rejects.toThrow(/aborted/);
  });
});

describe('retrainBundle gate on a bundle with held-out anomalies', () => {
  let work: string;
  let bigDir: string;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'al-retrain-gate-'));
    // Every line of the fixture (k large): the tiny bundle's 32 lines hold no held-out anomaly.
    const model = await trainModel(
      [readDataFile(TINY_BUNDLE_DATA, 'loghub-labelled')],
      async () => loadPartitionFile(TINY_BUNDLE_PARTITION),
      { ...TINY_TRAIN_CONFIG, k: 100_000, fit: { ...TINY_TRAIN_CONFIG.fit, epochs: 20, batchSize: 32 } }
    );
    bigDir = join(work, 'bundle');
    writeBundle(bigDir, model, { id: 'gate-test', version: '1', command: 'test', trainingSeconds: 0 });
  }, 60_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('gates relabelled templates too: labelling the largest anomalous template normal is rejected, flips reported', async () => {
    const file = join(bigDir, 'training-set.jsonl');
    const rows = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: string; label: string | null; split: string });
    const detector = await loadDetector(bigDir, { device: 'cpu' });
    const results = await detector.score(rows.map((r) => ({ line: r.line })));
    await detector.close();
    // The template with the most training anomalies; its anomalies become held-out lines (hash updated), as in a
    // real bundle whose time-ordered split holds part of a template's anomalies back.
    const counts = new Map<string, number>();
    results.forEach((r, i) => {
      if (rows[i]!.label === 'anomaly') {
        counts.set(r.template.id, (counts.get(r.template.id) ?? 0) + 1);
      }
    });
    const [template, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(count).toBeGreaterThan(1);
    const edited = rows.map((r, i) =>
      results[i]!.template.id === template && r.label === 'anomaly' && i % 2 === 0 ? { ...r, split: 'validation' } : r
    );
    const text = `${edited.map((r) => JSON.stringify(r)).join('\n')}\n`;
    writeFileSync(file, text);
    const manifestFile = join(bigDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.files['training-set.jsonl'] = createHash('sha256').update(text).digest('hex');
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const line = rows[results.findIndex((r, i) => r.template.id === template && rows[i]!.label === 'anomaly')]!.line;
    const result = await retrainBundle({
      bundleDir: bigDir,
      labels: Array.from({ length: 20 }, (_, i) => label(line, 'normal', i)),
      candidateDir: join(work, 'poisoned'),
    });
    expect(result.accepted).toBe(false);
    expect(result.reason).toMatch(/relabelled templates against their training labels, dropped/);
    expect(result.reason).toMatch(/verdict flips on \d+ of \d+ held-out lines/);
    expect(result.metrics.after.flippedLines).toBeGreaterThan(0);
  });
});

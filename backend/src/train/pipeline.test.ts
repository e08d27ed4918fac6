import { featurize } from '../features/hash';
import { carriesFailureEvidence } from '../model/evidence';
import { forward } from '../model/network';
import { createNormalizer } from '../normalize';
import { loadPartitionFile } from '../partition';
import { TINY_BUNDLE_DATA, TINY_BUNDLE_PARTITION, TINY_TRAIN_CONFIG, trainTinyModel } from '../testing/tiny-bundle';
import { readDataFile } from './data';
import { trainModel, unseenId } from './pipeline';

describe('trainModel on the BGL fixture', () => {
  it('fits, partitions, calibrates and records provenance', async () => {
    const stages: string[] = [];
    const file = readDataFile(TINY_BUNDLE_DATA, 'loghub-labelled');
    const partition = loadPartitionFile(TINY_BUNDLE_PARTITION);
    const model = await trainModel(
      [file],
      async () => partition,
      TINY_TRAIN_CONFIG,
      (p) => stages.push(p.stage)
    );
    expect(stages).toEqual(['normalise', 'mine', 'k-shot', 'partition', 'fit', 'calibrate', 'sequence']);
    // 40 lines: [0, 24) fit, [24, 32) calibrate, the test period [32, 40) is never read.
    expect(model.provenance).toEqual([{ file, train: [0, 24], validation: [24, 32] }]);
    expect(model.linesSeen).toBe(32);
    expect(model.labelled).toBeGreaterThan(0);
    expect(model.labelled).toBeLessThanOrEqual(32);
    expect(model.history).toHaveLength(TINY_TRAIN_CONFIG.fit.epochs);
    expect(model.params).toMatchObject({ buckets: 4096, dim: 8, domains: model.domains.length });
    expect(model.decision.domains.map((d) => d.id)).toEqual(model.domains);
    for (const d of model.decision.domains) {
      expect(d.prior).toBeGreaterThanOrEqual(0);
      expect(d.prior).toBeLessThanOrEqual(1);
      expect(d.platt === null).toBe(d.type !== 'mixed');
    }
    expect(model.templates.length).toBeGreaterThan(0);
    for (const t of model.templates) {
      expect(model.domains).toContain(t.domain);
      expect(t.gloss.length).toBeGreaterThan(0);
    }
    // The parity-error template is routed to memory by the reviewed partition.
    expect(model.templates.find((t) => t.text === 'instruction cache parity error corrected')?.domain).toBe('memory');
    expect(model.sequence).toBeNull(); // no session labels in BGL
    expect(['top1', 'soft']).toContain(model.combine);
    expect(model.validation).toEqual(expect.objectContaining({ lines: expect.any(Number), f1: expect.any(Number) }));

    // Quiet novel lines of the calibration period (unseen template, no failure evidence) set their prior.
    const normalizer = createNormalizer({ format: 'auto' });
    const quiet = file.lines
      .slice(24, 32)
      .map((l) => ({ label: l.label, line: normalizer.normalize(l.line) }))
      .filter((l) => l.label !== null && model.miner.match(l.line.tokens) === null && !carriesFailureEvidence(l.line));
    const anomalies = quiet.filter((l) => l.label === 1).length;
    expect(model.decision.quietNovelPrior).toBeCloseTo((anomalies + 1) / (quiet.length + 2), 12);
  });

  it('routes the training lines to their domains once trained long enough', async () => {
    // The tiny config takes 4 Adam steps (24 lines, one batch an epoch): enough for plumbing, not for accuracy.
    const model = await trainModel(
      [readDataFile(TINY_BUNDLE_DATA, 'loghub-labelled')],
      async () => loadPartitionFile(TINY_BUNDLE_PARTITION),
      { ...TINY_TRAIN_CONFIG, fit: { ...TINY_TRAIN_CONFIG.fit, epochs: 60 } }
    );
    const normalizer = createNormalizer({ format: TINY_TRAIN_CONFIG.normalizerFormat });
    const file = readDataFile(TINY_BUNDLE_DATA, 'loghub-labelled');
    let right = 0;
    const lines = file.lines.slice(0, 24);
    for (const l of lines) {
      const n = normalizer.normalize(l.line);
      const id = model.miner.match(n.tokens)?.id ?? unseenId(n);
      const domain = model.templates.find((t) => t.id === id)?.domain;
      const out = forward(model.params, featurize(n, TINY_TRAIN_CONFIG.featurizer));
      const routed = model.domains[Array.from(out.router).indexOf(Math.max(...out.router))];
      right += routed === domain ? 1 : 0;
    }
    expect(right / lines.length).toBe(1);
  });

  it('records the formats of the lines as given, and sees a share of them wrapped with the same features', async () => {
    const file = readDataFile(TINY_BUNDLE_DATA, 'loghub-labelled');
    const partition = async () => loadPartitionFile(TINY_BUNDLE_PARTITION);
    const bare = await trainModel([file], partition, { ...TINY_TRAIN_CONFIG, augment: { share: 0 } });
    const wrapped = await trainModel([file], partition, { ...TINY_TRAIN_CONFIG, augment: { share: 1 } });
    expect(bare.trainedFormats).toEqual(['bgl']);
    // Every line wrapped (syslog, CRI, Docker, JSON, …): `auto` peels them all, so the format, the templates
    // and the fitted network are those of the bare lines.
    expect(wrapped.trainedFormats).toEqual(['bgl']);
    expect(wrapped.templates).toEqual(bare.templates);
    expect(Buffer.from(wrapped.params.embedding.buffer).equals(Buffer.from(bare.params.embedding.buffer))).toBe(true);
    expect(wrapped.config.augment).toEqual({ share: 1 });
  });

  it('is deterministic for a seed', async () => {
    const [a, b] = [await trainTinyModel(5), await trainTinyModel(5)];
    expect(Buffer.from(a.params.embedding.buffer).equals(Buffer.from(b.params.embedding.buffer))).toBe(true);
    expect(a.decision).toEqual(b.decision);
  });

  it('refuses to train without data', async () => {
    await expect(trainModel([], async () => loadPartitionFile(TINY_BUNDLE_PARTITION))).rejects.toThrow(
      'no training data'
    );
  });
});

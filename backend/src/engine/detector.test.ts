import { tinyBundle, TINY_BUNDLE_DATA } from '../testing/tiny-bundle';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BundleError } from '../bundle/load';
import { LineResultSchema } from '../contract/schemas';
import { initNetwork } from '../model/network';
import { onnx } from 'onnx-proto';
import { exportOnnx } from '../onnx/export';
import { readDataFile } from '../train/data';
import { cudaUnavailableReason, loadDetector, type Detector } from './detector';
import { createInProcessEngine } from './in-process';

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

describe('loadDetector on the tiny bundle', () => {
  let dir: string;
  let detector: Detector;
  let work: string;
  const lines = readDataFile(TINY_BUNDLE_DATA, 'loghub-labelled').lines;

  beforeAll(async () => {
    dir = await tinyBundle();
    detector = await loadDetector(dir, { device: 'cpu' });
    work = mkdtempSync(join(tmpdir(), 'detector-test-'));
  });
  afterAll(async () => {
    await detector.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('scores every line of the fixture, in order, ids echoed, within the contract', async () => {
    const input = lines.map((l, i) => (i % 2 === 0 ? { line: l.line, id: `line-${i}` } : { line: l.line }));
    const results = await detector.score(input);
    expect(results).toHaveLength(lines.length);
    const domains = detector.bundle.manifest.domains.map((d) => d.id);
    results.forEach((r, i) => {
      expect(LineResultSchema.safeParse(r).success).toBe(true);
      expect(r.index).toBe(i);
      if (i % 2 === 0) {
        expect(r.id).toBe(`line-${i}`);
      } else {
        expect(r).not.toHaveProperty('id');
      }
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(domains).toContain(r.domain);
      expect(r.domainScores.length).toBeGreaterThan(0);
      expect(r.domainScores.length).toBeLessThanOrEqual(3);
      const scores = r.domainScores.map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(r.domainScores[0]!.domain).toBe(r.domain);
      expect(r.truncated).toBe(false);
    });
    // Training lines match the bundle's templates.
    expect(results.slice(0, 24).every((r) => !r.novel)).toBe(true);
    expect(results[0]!.template.text).toBe('instruction cache parity error corrected');
  });

  it('gives a line the same result alone as in a batch (padding does not leak)', async () => {
    const batch = await detector.score(lines.slice(0, 10).map((l) => ({ line: l.line })));
    for (const i of [0, 3, 9]) {
      const [alone] = await detector.score([{ line: lines[i]!.line }]);
      expect(alone!.domain).toBe(batch[i]!.domain);
      expect(alone!.score).toBeCloseTo(batch[i]!.score, 6);
    }
  });

  it('scores lines of different widths in one batch as it scores each alone, in order', async () => {
    // A short line, a long one (well over 16 features) and a middle one land in different width groups.
    const long = `${lines[0]!.line} ${Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')}`;
    const mixed = [lines[0]!.line, long, lines[5]!.line, `${lines[3]!.line} alpha beta gamma delta epsilon`];
    const batch = await detector.score(mixed.map((line) => ({ line })));
    expect(batch.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    for (const [i, line] of mixed.entries()) {
      const [alone] = await detector.score([{ line }]);
      expect(batch[i]!.template).toEqual(alone!.template);
      expect(batch[i]!.domain).toBe(alone!.domain);
      expect(batch[i]!.verdict).toBe(alone!.verdict);
      expect(batch[i]!.score).toBeCloseTo(alone!.score, 6);
    }
  });

  it("decides a quiet novel line by the bundle's prior, a novel line that speaks of failure by the network", async () => {
    const prior = detector.bundle.decision.quietNovelPrior!;
    const [quiet, failing] = await detector.score([
      { line: 'Nov  9 12:01:01 tbird-admin1 ntpd[2902]: synchronized to 10.100.18.250, stratum 3' },
      { line: 'Nov  9 12:01:01 tbird-admin1 kernel: ib_sm: port 3 link failed, could not recover' },
    ]);
    expect(quiet).toMatchObject({ novel: true, score: prior, verdict: prior > 0.5 ? 'anomaly' : 'normal' });
    expect(failing!.novel).toBe(true);
    expect(failing!.score).not.toBe(prior);
  });

  it('flags a made-up line as novel and returns [] for no lines', async () => {
    const [r] = await detector.score([{ line: 'zork quux frobnicated the wibble 42 times', id: 'x' }]);
    expect(r).toMatchObject({ index: 0, id: 'x', novel: true });
    expect(r!.template.id).toMatch(/^[0-9a-f]+$/);
    expect(await detector.score([])).toEqual([]);
  });

  it('honours the combine mode', async () => {
    const input = lines.slice(0, 5).map((l) => ({ line: l.line }));
    const soft = await detector.score(input, { combine: 'soft' });
    const top1 = await detector.score(input, { combine: 'top1' });
    expect(soft.map((r) => r.domain)).toEqual(top1.map((r) => r.domain));
    soft.forEach((r) => {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    });
  });

  it('flags lines longer than maxLineLength as truncated', async () => {
    const short = await loadDetector(dir, { device: 'cpu', maxLineLength: 64 });
    try {
      const long = `${lines[0]!.line} ${'x'.repeat(200)}`;
      const [a, b] = await short.score([{ line: long }, { line: 'short line' }]);
      expect(a!.truncated).toBe(true);
      expect(b!.truncated).toBe(false);
    } finally {
      await short.close();
    }
  });

  it('answers model info and the template catalog', () => {
    const info = detector.info();
    expect(info).toMatchObject({ id: 'tiny', version: '1', formatVersion: 1, device: 'cpu' });
    expect(info.domains.map((d) => d.id)).toEqual(detector.bundle.manifest.domains.map((d) => d.id));
    // The decision rule, so clients can show the cut a score was compared with.
    for (const d of detector.bundle.manifest.domains) {
      expect(info.domains.find((x) => x.id === d.id)?.threshold).toBe(d.type === 'mixed' ? d.threshold : undefined);
    }
    expect(info.decision).toEqual({
      combine: detector.bundle.manifest.combine,
      softThreshold: detector.bundle.decision.softThreshold,
      quietNovelPrior: detector.bundle.decision.quietNovelPrior,
    });
    const all = detector.templates({});
    expect(all.total).toBe(info.templates);
    const page = detector.templates({ offset: 1, limit: 2 });
    expect(page).toMatchObject({ total: info.templates, offset: 1 });
    expect(page.templates).toEqual(all.templates.slice(1, 3));
    const memory = detector.templates({ domain: 'memory' });
    expect(memory.templates.every((t) => t.domain === 'memory')).toBe(true);
    for (const t of all.templates) {
      if (t.anomalyRate !== null) {
        expect(t.anomalyRate).toBeGreaterThanOrEqual(0);
        expect(t.anomalyRate).toBeLessThanOrEqual(1);
      }
    }
  });

  it("device 'cuda' without the CUDA libraries is refused with the reason; 'auto' falls back to CPU", async () => {
    const reason = cudaUnavailableReason();
    const logged: unknown[] = [];
    const logger = { info: (obj: unknown) => logged.push(obj), warn: (obj: unknown) => logged.push(obj) };
    const auto = await loadDetector(dir, { device: 'auto', logger });
    try {
      if (reason === null) {
        // CUDA libraries are installed here: 'cuda' must not be refused for lack of them.
        expect(['cpu', 'cuda']).toContain(auto.device);
        return;
      }
      expect(auto.device).toBe('cpu');
      expect(logged).toContainEqual({ device: 'cpu', reason });
      const attempt = loadDetector(dir, { device: 'cuda' });
      await expect(attempt).rejects.toThrow(BundleError);
      await expect(loadDetector(dir, { device: 'cuda' })).rejects.toThrow(`INFER_DEVICE=cuda but ${reason}`);
    } finally {
      await auto.close();
    }
  });

  it('refuses a graph whose output width disagrees with the manifest', async () => {
    const bad = join(work, 'wide');
    cpSync(dir, bad, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(bad, 'manifest.json'), 'utf8'));
    const n = manifest.domains.length;
    const onnx = exportOnnx(initNetwork({ buckets: 4096, dim: 8, domains: n + 1 }, 1), {
      producerVersion: 't',
      docString: 't',
    });
    writeFileSync(join(bad, 'model.onnx'), onnx);
    manifest.files['model.onnx'] = sha256(onnx);
    writeFileSync(join(bad, 'manifest.json'), JSON.stringify(manifest));
    await expect(loadDetector(bad, { device: 'cpu' })).rejects.toThrow(
      `model.onnx output router_probs has shape [1, ${n + 1}], expected [batch, ${n}]`
    );
  });

  it('refuses a bundle of NaN weights whose hashes match (it loaded and served "score": null)', async () => {
    const nan = join(work, 'nan');
    cpSync(dir, nan, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(nan, 'manifest.json'), 'utf8'));
    const params = initNetwork(
      { buckets: manifest.featurizer.buckets, dim: manifest.network.dim, domains: manifest.domains.length },
      1
    );
    // One poisoned embedding row is enough: the probe covers every bucket, not only the ones a line would hit.
    params.embedding[7 * manifest.network.dim] = Number.NaN;
    const bytes = exportOnnx(params, { producerVersion: 't', docString: 't' });
    writeFileSync(join(nan, 'model.onnx'), bytes);
    manifest.files['model.onnx'] = sha256(bytes);
    writeFileSync(join(nan, 'manifest.json'), JSON.stringify(manifest));
    await expect(loadDetector(nan, { device: 'cpu' })).rejects.toThrow(/weights are not finite/);
  });

  it('refuses a graph without the manifest inputs, and bytes that are not ONNX', async () => {
    const renamed = join(work, 'renamed');
    cpSync(dir, renamed, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(renamed, 'manifest.json'), 'utf8'));
    manifest.network.inputs.ids = 'ids_v2';
    writeFileSync(join(renamed, 'manifest.json'), JSON.stringify(manifest));
    await expect(loadDetector(renamed, { device: 'cpu' })).rejects.toThrow(/model\.onnx has no input "ids_v2"/);

    const garbage = join(work, 'garbage');
    cpSync(dir, garbage, { recursive: true });
    const m2 = JSON.parse(readFileSync(join(garbage, 'manifest.json'), 'utf8'));
    writeFileSync(join(garbage, 'model.onnx'), 'not onnx');
    m2.files['model.onnx'] = sha256('not onnx');
    writeFileSync(join(garbage, 'manifest.json'), JSON.stringify(m2));
    await expect(loadDetector(garbage, { device: 'cpu' })).rejects.toThrow(/model\.onnx does not load in onnxruntime/);
  });
  it('refuses (as a BundleError) a graph that does not run on the documented inputs', async () => {
    // A graph whose token_ids are int64: the probe's int32 tensor is rejected by onnxruntime.
    const dir64 = join(work, 'int64');
    cpSync(dir, dir64, { recursive: true });
    const model = onnx.ModelProto.decode(readFileSync(join(dir64, 'model.onnx')));
    model.graph!.input![0]!.type!.tensorType!.elemType = onnx.TensorProto.DataType.INT64;
    const bytes = onnx.ModelProto.encode(model).finish();
    writeFileSync(join(dir64, 'model.onnx'), bytes);
    const manifest = JSON.parse(readFileSync(join(dir64, 'manifest.json'), 'utf8'));
    manifest.files['model.onnx'] = sha256(bytes);
    writeFileSync(join(dir64, 'manifest.json'), JSON.stringify(manifest));
    const attempt = loadDetector(dir64, { device: 'cpu' });
    await expect(attempt).rejects.toThrow(BundleError);
    await expect(loadDetector(dir64, { device: 'cpu' })).rejects.toThrow(/model\.onnx does not run in onnxruntime: /);
  });
});

describe('createInProcessEngine', () => {
  it('wraps the detector as a ScoringEngine', async () => {
    const engine = await createInProcessEngine(await tinyBundle(), { device: 'cpu' });
    try {
      expect(engine.model).toEqual({ id: 'tiny', version: '1' });
      const results = await engine.score([{ line: 'hello' }, { line: 'world' }]);
      expect(results.map((r) => r.index)).toEqual([0, 1]);
      expect(engine.info().id).toBe('tiny');
      expect(engine.templates({ limit: 1 }).templates).toHaveLength(1);
    } finally {
      await engine.close();
    }
  });
});

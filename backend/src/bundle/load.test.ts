import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { tinyBundle, trainTinyModel, writeTinyBundle } from '../testing/tiny-bundle';
import { BundleError, loadBundle } from './load';
import { BUNDLE_FILES, manifestSchema } from './schema';
import { writeBundle } from './write';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('bundle write + load', () => {
  let work: string;
  let source: string;

  beforeAll(async () => {
    source = await tinyBundle();
    work = mkdtempSync(join(tmpdir(), 'bundle-test-'));
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  /** A private copy of the tiny bundle, edited by `edit`. */
  function copy(name: string, edit: (dir: string) => void): string {
    const dir = join(work, name);
    cpSync(source, dir, { recursive: true });
    edit(dir);
    return dir;
  }

  /** Rewrites manifest.json (not covered by its own hashes). */
  function editManifest(dir: string, edit: (m: Record<string, unknown>) => void): void {
    const m = readJson(join(dir, 'manifest.json'));
    edit(m);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
  }

  it('writes a bundle that loads and whose manifest validates', () => {
    const manifest = readJson(join(source, 'manifest.json'));
    expect(manifestSchema.safeParse(manifest).success).toBe(true);
    for (const f of BUNDLE_FILES) {
      expect(manifest.files[f]).toBe(sha256(readFileSync(join(source, f))));
    }
    const b = loadBundle(source);
    expect(b.manifest.id).toBe('tiny');
    expect(b.manifest.featurizer.buckets).toBe(4096);
    expect(b.manifest.network.dim).toBe(8);
    expect(b.manifest.training.k).toBe(20);
    expect(b.manifest.training.data).toEqual([
      expect.objectContaining({ file: 'BGL_2k.log', lines: 40, train: [0, 24], validation: [24, 32] }),
    ]);
    expect(b.decision.domains.map((d) => d.id)).toEqual(b.manifest.domains.map((d) => d.id));
    expect(b.templates.length).toBeGreaterThan(0);
    expect(b.templateById.size).toBe(b.templates.length);
    expect(
      b.miner
        .templates()
        .map((t) => t.id)
        .sort()
    ).toEqual(b.templates.map((t) => t.id).sort());
    expect(b.onnx.byteLength).toBeGreaterThan(4096 * 8 * 4);
    expect(b.sequenceModel).toBeNull();
    expect(Object.keys(b.knowledge.domains).sort()).toEqual(b.manifest.domains.map((d) => d.id).sort());
    // The atomic swap leaves no temporary siblings behind.
    expect(readdirSync(dirname(source))).toEqual(['tiny']);
  });

  it('carries the quiet-novel prior, and loads a bundle written before it existed without the rule', () => {
    const b = loadBundle(source);
    expect(b.decision.quietNovelPrior).toBe(b.manifest.quietNovelPrior);
    expect(b.decision.quietNovelPrior).toBeGreaterThan(0);
    const older = copy('no-quiet-prior', (dir) => editManifest(dir, (m) => delete m.quietNovelPrior));
    expect(loadBundle(older).decision.quietNovelPrior).toBeNull();
    const bad = copy('bad-quiet-prior', (dir) => editManifest(dir, (m) => (m.quietNovelPrior = 1.5)));
    expect(() => loadBundle(bad)).toThrow(/quietNovelPrior/);
  });

  it('is reproducible: the same seed twice gives the same model.onnx', async () => {
    const a = await writeTinyBundle(42);
    const b = await writeTinyBundle(42);
    const c = await writeTinyBundle(43);
    try {
      const onnx = (dir: string) => sha256(readFileSync(join(dir, 'model.onnx')));
      expect(onnx(a)).toBe(onnx(b));
      expect(onnx(a)).toBe(onnx(source));
      expect(onnx(c)).not.toBe(onnx(a));
      expect(readJson(join(a, 'manifest.json')).files).toEqual(readJson(join(b, 'manifest.json')).files);
    } finally {
      for (const d of [a, b, c]) {
        rmSync(dirname(d), { recursive: true, force: true });
      }
    }
  });

  it('replaces an existing bundle in place and keeps its model card', async () => {
    const dir = copy('rewrite', (d) => writeFileSync(join(d, 'README.md'), '# card\n'));
    writeFileSync(join(dir, 'stale.txt'), 'old');
    const model = await trainTinyModel(7);
    const manifest = writeBundle(dir, model, { id: 'rewritten', version: '2', command: 'test', trainingSeconds: 1 });
    expect(manifest.id).toBe('rewritten');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('# card\n');
    expect(existsSync(join(dir, 'stale.txt'))).toBe(false);
    expect(loadBundle(dir).manifest.version).toBe('2');
    expect(readdirSync(work).filter((n) => n.startsWith('rewrite'))).toEqual(['rewrite']);
  });

  it('refuses a changed byte in templates.json, naming the sha256 mismatch', () => {
    const dir = copy('tampered', (d) => {
      const buf = readFileSync(join(d, 'templates.json'));
      const i = buf.indexOf('"text"') + 1;
      buf[i] = buf[i]! ^ 0x20; // "text" → "Text"
      writeFileSync(join(d, 'templates.json'), buf);
    });
    expect(() => loadBundle(dir)).toThrow(BundleError);
    expect(() => loadBundle(dir)).toThrow(
      /templates\.json is corrupt or was changed: sha256 [0-9a-f]{64} does not match/
    );
  });

  it('refuses a bundle without model.onnx', () => {
    const dir = copy('no-onnx', (d) => rmSync(join(d, 'model.onnx')));
    expect(() => loadBundle(dir)).toThrow(/model bundle .*no-onnx: model\.onnx is missing or unreadable \(ENOENT\)/);
  });

  it('refuses another format version or kind precisely', () => {
    const v2 = copy('v2', (d) => editManifest(d, (m) => (m.formatVersion = 2)));
    expect(() => loadBundle(v2)).toThrow('manifest.json: format version 2 is not supported (this build reads 1)');
    const kind = copy('kind', (d) => editManifest(d, (m) => (m.kind = 'something/else')));
    expect(() => loadBundle(kind)).toThrow('manifest.json: kind is "something/else", expected "anomaly-lens/bundle"');
  });

  it('refuses a manifest that is not JSON or does not validate', () => {
    const bad = copy('bad-json', (d) => writeFileSync(join(d, 'manifest.json'), '{"kind":'));
    expect(() => loadBundle(bad)).toThrow(/manifest\.json is not valid JSON/);
    const invalid = copy('invalid', (d) => editManifest(d, (m) => (m.softThreshold = 2)));
    expect(() => loadBundle(invalid)).toThrow(/manifest\.json is invalid: softThreshold: /);
    const unlisted = copy('unlisted', (d) =>
      editManifest(d, (m) => delete (m.files as Record<string, string>)['model.onnx'])
    );
    expect(() => loadBundle(unlisted)).toThrow(/files\.model\.onnx: the manifest does not list model\.onnx/);
  });

  it('refuses a template whose domain the manifest does not list', () => {
    const dir = copy('orphan', (d) => {
      const t = readJson(join(d, 'templates.json'));
      const listed = new Set(readJson(join(d, 'manifest.json')).domains.map((x: { id: string }) => x.id));
      const other = ['memory', 'storage', 'network', 'kernel', 'auth', 'other'].find((id) => !listed.has(id))!;
      t.templates[0].domain = other;
      const text = `${JSON.stringify(t)}\n`;
      writeFileSync(join(d, 'templates.json'), text);
      editManifest(d, (m) => ((m.files as Record<string, string>)['templates.json'] = sha256(text)));
    });
    expect(() => loadBundle(dir)).toThrow(
      /templates\.json: template [0-9a-f]+ belongs to domain \w+, which the manifest does not list/
    );
  });

  it('refuses unsafe file names in the manifest', () => {
    for (const name of ['../model.onnx', 'sub/x', '.hidden', 'a\\b']) {
      const dir = copy(`unsafe-${sha256(name).slice(0, 6)}`, (d) =>
        editManifest(d, (m) => ((m.files as Record<string, string>)[name] = 'a'.repeat(64)))
      );
      expect(() => loadBundle(dir)).toThrow(`manifest.json lists an unsafe file name ${JSON.stringify(name)}`);
    }
  });

  it('refuses a missing directory or a file', () => {
    expect(() => loadBundle(join(work, 'nope'))).toThrow(/cannot open: ENOENT/);
    const file = join(work, 'plain-file');
    writeFileSync(file, 'x');
    expect(() => loadBundle(file)).toThrow(/is not a directory/);
  });
});

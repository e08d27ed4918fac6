import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LineResult } from '../contract';
import { acceptHostTypedArrays } from '../testing/tiny-bundle';
import { encoderDomains, loadReference, nearestDomains, REFERENCE_FILES, trainedFormats } from './domains';

acceptHostTypedArrays(); // onnxruntime's outputs are typed arrays of Node's realm, not jest's

const ROOT = join(__dirname, '../../..');
const DIR = join(ROOT, 'models/encoders/all-MiniLM-L6-v2');

function result(index: number, template: string, novel: boolean): LineResult {
  return {
    index,
    verdict: 'normal',
    score: 0.01,
    domain: 'kernel',
    domainScores: [{ domain: 'kernel', score: 0.9 }],
    template: { id: `t${index}`, text: template },
    novel,
    truncated: false,
  };
}

describe('encoder domains', () => {
  it('votes by the k nearest reviewed templates, weighted by cosine', () => {
    const reference = {
      dim: 2,
      domains: ['network', 'network', 'auth', 'storage'] as const,
      vectors: Float32Array.from([1, 0, 0.9, 0.1, 0, 1, -1, 0]),
    };
    const scores = nearestDomains({ ...reference, domains: [...reference.domains] }, Float32Array.from([1, 0]), 3);
    expect(scores[0]!.domain).toBe('network');
    expect(scores.map((s) => s.domain)).toEqual(['network', 'auth']);
    expect(scores.reduce((s, d) => s + d.score, 0)).toBeCloseTo(1, 6);
  });

  it('loads the committed reference and refuses one built with another model file', () => {
    const reference = loadReference(DIR);
    expect(reference.dim).toBe(384);
    expect(reference.domains.length).toBe(reference.vectors.length / 384);
    const other = mkdtempSync(join(tmpdir(), 'enc-ref-'));
    try {
      for (const f of Object.values(REFERENCE_FILES)) {
        copyFileSync(join(DIR, f), join(other, f));
      }
      writeFileSync(join(other, 'model.onnx'), 'not the model');
      expect(() => loadReference(other)).toThrow('was built with another model.onnx');
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('relabels novel templates of formats the bundle never trained on, and nothing else', async () => {
    const formats = trainedFormats(join(ROOT, 'models/default'));
    expect([...formats]).toEqual(expect.arrayContaining(['bgl', 'hdfs']));
    const domains = encoderDomains({ dir: DIR, trainedFormats: formats });
    try {
      const lines = [
        {
          line: 'Dec 10 06:55:46 LabSZ sshd[24200]: Failed password for invalid user webmaster from 173.234.31.186 port 38926 ssh2',
        },
        { line: '2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL INFO some never seen kernel text' },
        { line: 'Dec 10 06:55:46 LabSZ sshd[24200]: Failed password for root from 173.234.31.186 port 38926 ssh2' },
      ];
      const bglLine = `1117838570 2005.06.03 R02-M1-N0-C:J12-U11 ${lines[1]!.line}`;
      const out = await domains.relabel(
        [lines[0]!, { line: bglLine }, lines[2]!],
        [
          result(0, 'Failed password for invalid user <*> from <IP> port <NUM> ssh2', true),
          result(1, 'some never seen kernel text', true),
          result(2, 'Failed password for <*> from <IP> port <NUM> ssh2', false),
        ]
      );
      expect(out[0]).toMatchObject({ domain: 'auth', domainSource: 'encoder' });
      expect(out[0]!.domainScores[0]!.domain).toBe('auth');
      // A BGL line (trained format) and a known template keep the router's domain.
      expect(out[1]).toMatchObject({ domain: 'kernel' });
      expect(out[1]!.domainSource).toBeUndefined();
      expect(out[2]!.domainSource).toBeUndefined();
    } finally {
      await domains.close();
    }
  });

  it('encodes at most its budget of new texts per request, each once; the rest keep the router domain until later', async () => {
    const domains = encoderDomains({ dir: DIR, trainedFormats: new Set(['bgl']), budgetPerRequest: 2 });
    try {
      const texts = ['disk quota exceeded for user', 'connection refused by peer', 'password check failed'];
      const lines = texts.map((t) => ({ line: `{"level":"info","msg":"${t}"}` }));
      const first = await domains.relabel(
        lines,
        texts.map((t, i) => result(i, t, true))
      );
      expect(first.map((r) => r.domainSource)).toEqual(['encoder', 'encoder', undefined]);
      expect(domains.stats).toEqual({ encoded: 2, deferred: 1 });
      const second = await domains.relabel(
        lines,
        texts.map((t, i) => result(i, t, true))
      );
      expect(second.every((r) => r.domainSource === 'encoder')).toBe(true);
      // Only the deferred text was encoded the second time.
      expect(domains.stats).toEqual({ encoded: 3, deferred: 1 });
    } finally {
      await domains.close();
    }
  });

  it('has a reference index that names only taxonomy domains, built from the reviewed set', () => {
    const index = JSON.parse(readFileSync(join(DIR, REFERENCE_FILES.index), 'utf8'));
    expect(index.source).toBe('tests/fixtures/domains/loghub-2k-templates.jsonl');
  });
});

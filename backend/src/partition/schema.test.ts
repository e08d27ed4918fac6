import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPartitionFile, parsePartitionFile } from './schema';

const valid = () => ({
  version: 1,
  source: 'reviewed',
  domains: [
    { id: 'memory', description: 'RAM and caches', typicalCauses: ['failing DIMM'], patterns: ['parity'] },
    { id: 'other', description: 'The rest', typicalCauses: ['unknown'], templates: ['t1'] },
  ],
  fallbackDomain: 'other',
  glosses: { t1: 'A gloss.' },
  glossPatterns: [{ pattern: 'tlb', gloss: 'The TLB failed.' }],
});

function issues(json: unknown): string {
  try {
    parsePartitionFile(json, 'p.json');
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected a parse error');
}

describe('parsePartitionFile', () => {
  it('accepts a valid file as is', () => {
    expect(parsePartitionFile(valid(), 'p.json')).toEqual(valid());
  });

  it('names the source, the path and the issue of every problem', () => {
    const file: any = valid();
    file.domains[0].id = 'ram';
    file.domains[1].patterns = ['ok', '(unclosed'];
    file.glossPatterns[0].pattern = '[';
    file.version = 2;
    const message = issues(file);
    expect(message).toMatch(/^p\.json: invalid partition file \(4 issue\(s\)\):/);
    expect(message).toContain('version: version must be 1');
    expect(message).toContain('domains[0].id: unknown domain id "ram"; expected one of memory, storage,');
    expect(message).toMatch(/domains\[1\]\.patterns\[1\]: invalid regex "\(unclosed": .*Unterminated group/);
    expect(message).toMatch(/glossPatterns\[0\]\.pattern: invalid regex "\[":/);
  });

  it('rejects duplicates, a fallback that is not a domain, unknown keys and empty wording', () => {
    const file: any = valid();
    file.domains.push({ ...file.domains[0], patterns: ['a', 'a'] });
    file.domains[1].templates = ['t1', 't2', 't1'];
    file.fallbackDomain = 'network';
    file.extra = true;
    file.domains[0].typicalCauses = [];
    file.domains[0].description = ' ';
    const message = issues(file);
    expect(message).toContain('domains[2]: duplicate domain id "memory"');
    expect(message).toContain('domains[2].patterns[1]: duplicate pattern "a"');
    expect(message).toContain('domains[1].templates[2]: duplicate template id "t1"');
    expect(message).toContain('fallbackDomain: fallback domain "network" is not one of the listed domains');
    expect(message).toMatch(/\(root\): Unrecognized key: "extra"/);
    expect(message).toContain('domains[0].typicalCauses: list at least one typical cause');
    expect(message).toContain('domains[0].description: description must be a non-empty string');
  });

  it('checks that every recorded prompt has its answer', () => {
    const file = {
      ...valid(),
      source: 'llm',
      llm: { model: 'm', prompts: [[{ role: 'user', content: 'x' }]], answers: [] },
    };
    expect(issues(file)).toContain('llm.answers: 0 answers recorded for 1 prompts');
  });
});

describe('loadPartitionFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'partition-'));

  it('reads and validates a file', () => {
    const path = join(dir, 'ok.json');
    writeFileSync(path, JSON.stringify(valid()));
    expect(loadPartitionFile(path).domains).toHaveLength(2);
  });

  it('names the path in read, JSON and schema errors', () => {
    expect(() => loadPartitionFile(join(dir, 'missing.json'))).toThrow(
      /^cannot read partition file .*missing\.json: ENOENT/
    );
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"version": 1,');
    expect(() => loadPartitionFile(broken)).toThrow(/^partition file .*broken\.json is not valid JSON: /);
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ ...valid(), source: 'human' }));
    expect(() => loadPartitionFile(wrong)).toThrow(
      /wrong\.json: invalid partition file .*\n {2}- source: source must be "reviewed" or "llm"/
    );
  });
});

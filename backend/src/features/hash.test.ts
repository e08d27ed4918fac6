import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNormalizer, type NormalizedLine } from '../normalize';
import { DEFAULT_FEATURIZER, featureStrings, featurize, hashString, type FeaturizerSettings } from './hash';

function line(tokens: string[], extra: Partial<NormalizedLine> = {}): NormalizedLine {
  return {
    format: 'unknown',
    timestamp: null,
    level: null,
    component: null,
    host: null,
    message: tokens.join(' '),
    tokens,
    params: [],
    truncated: false,
    ...extra,
  };
}

const SMALL: FeaturizerSettings = { ...DEFAULT_FEATURIZER, buckets: 64 };

describe('hashString', () => {
  it('is deterministic, unsigned 32-bit and depends on the seed', () => {
    expect(hashString('w:disk', 1)).toBe(hashString('w:disk', 1));
    expect(hashString('w:disk', 1)).not.toBe(hashString('w:disk', 2));
    expect(hashString('w:disk', 1)).not.toBe(hashString('w:disc', 1));
    for (const s of ['', 'a', 'w:disk', 'é', '\u{1F600}']) {
      const h = hashString(s, 0x5bd1e995);
      expect(Number.isInteger(h)).toBe(true);
      expect(h).toBeGreaterThanOrEqual(0);
      expect(h).toBeLessThan(2 ** 32);
    }
  });
});

describe('featureStrings', () => {
  it('lists words, bigrams, params, lexicon classes and header fields', () => {
    const l = line(['Disk', '<NUM>', 'FAILED', 'with', 'timeout'], {
      level: 'ERROR',
      component: 'KERNEL',
      params: [{ type: 'NUM', value: '404', tokenIndex: 1 }],
    });
    const s = featureStrings(l, DEFAULT_FEATURIZER);
    expect(s).toEqual(
      expect.arrayContaining([
        'w:disk',
        'w:<num>',
        'w:failed',
        'b:disk <num>',
        'b:with timeout',
        'p:NUM:404',
        'k:fail',
        'k:timeout',
        'l:error',
        'c:kernel',
      ])
    );
    expect(s.filter((x) => x.startsWith('k:'))).toEqual(['k:fail', 'k:timeout']);
  });

  it('shares lexicon classes across wordings and systems', () => {
    const classes = (tokens: string[]) =>
      featureStrings(line(tokens), DEFAULT_FEATURIZER).filter((s) => s.startsWith('k:'));
    expect(classes(['Lustre', 'mount', 'FAILED'])).toEqual(['k:fail']);
    expect(classes(['NFS', 'Mount', 'failure'])).toEqual(['k:fail']);
    expect(classes(['connection', 'refused'])).toEqual(['k:refused']);
    expect(classes(['Permission', 'denied'])).toEqual(['k:refused']);
    expect(classes(['kernel', 'panic'])).toEqual(['k:fatal']);
    expect(classes(['file', 'not', 'found'])).toEqual([]); // "not found" spans two tokens: words are tested alone
    expect(classes(['no', 'such', 'file', 'cannot', 'open'])).toEqual(['k:missing']);
    expect(classes(['job', 'completed'])).toEqual(['k:ok']);
    expect(classes(['plain', 'words'])).toEqual([]);
  });

  it('honours the switches and never returns nothing', () => {
    const l = line(['a', 'b'], { level: 'INFO', params: [{ type: 'NUM', value: '1', tokenIndex: 0 }] });
    const off = { ...DEFAULT_FEATURIZER, bigrams: false, params: false, header: false, lexicon: false };
    expect(featureStrings(l, off)).toEqual(['w:a', 'w:b']);
    expect(featureStrings(line([]), off)).toEqual(['empty']);
  });

  it('caps raw parameter values at 32 characters', () => {
    const value = 'x'.repeat(1000);
    const s = featureStrings(line(['<HEX>'], { params: [{ type: 'HEX', value, tokenIndex: 0 }] }), DEFAULT_FEATURIZER);
    expect(s).toContain(`p:HEX:${'x'.repeat(32)}`);
  });
});

describe('featurize', () => {
  const l = line(['instruction', 'cache', 'parity', 'error', 'corrected'], { level: 'INFO', component: 'KERNEL' });

  it('is deterministic', () => {
    const a = featurize(l, DEFAULT_FEATURIZER);
    const b = featurize(l, DEFAULT_FEATURIZER);
    expect(Array.from(a.ids)).toEqual(Array.from(b.ids));
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(a.ids).toBeInstanceOf(Int32Array);
    expect(a.weights).toBeInstanceOf(Float32Array);
  });

  it('keeps ids distinct and in 1..buckets-1 (0 is padding), even with few buckets', () => {
    const many = line(Array.from({ length: 200 }, (_, i) => `tok${i}`));
    for (const settings of [SMALL, { ...SMALL, buckets: 16 }, DEFAULT_FEATURIZER]) {
      for (const input of [l, many]) {
        const f = featurize(input, { ...settings, maxFeatures: 4096 });
        expect(new Set(f.ids).size).toBe(f.ids.length);
        for (const id of f.ids) {
          expect(id).toBeGreaterThanOrEqual(1);
          expect(id).toBeLessThanOrEqual(settings.buckets - 1);
        }
      }
    }
    // With 16 buckets there are only 15 usable ids: collisions merge, never exceed them.
    expect(featurize(many, { ...SMALL, buckets: 16, maxFeatures: 4096 }).ids.length).toBeLessThanOrEqual(15);
  });

  it('gives message features a shared weight of 1 and header features 1 each', () => {
    const f = featurize(l, DEFAULT_FEATURIZER);
    const strings = featureStrings(l, DEFAULT_FEATURIZER);
    const headerIds = new Set(
      strings
        .filter((s) => s.startsWith('l:') || s.startsWith('c:'))
        .map((s) => (hashString(s, DEFAULT_FEATURIZER.seed) % (DEFAULT_FEATURIZER.buckets - 1)) + 1)
    );
    expect(headerIds.size).toBe(2);
    let message = 0;
    let header = 0;
    f.ids.forEach((id, i) => {
      if (headerIds.has(id)) {
        expect(f.weights[i]).toBe(1);
        header += 1;
      } else {
        message += f.weights[i]!;
      }
    });
    expect(header).toBe(2);
    expect(message).toBeCloseTo(1, 6);
    // Without a header every weight is 1/n.
    const bare = featurize(line(['a', 'b', 'c']), DEFAULT_FEATURIZER);
    expect(Array.from(bare.weights).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 6);
  });

  it('caps the features at maxFeatures', () => {
    const long = line(
      Array.from({ length: 500 }, (_, i) => `word${i}`),
      { level: 'WARN' }
    );
    const f = featurize(long, { ...DEFAULT_FEATURIZER, maxFeatures: 16 });
    expect(f.ids.length).toBe(16);
    expect(f.weights.length).toBe(16);
    // The cap cuts message features, never the level: 15 message features share 1, the level weighs 1.
    const level = (hashString('l:warn', DEFAULT_FEATURIZER.seed) % (DEFAULT_FEATURIZER.buckets - 1)) + 1;
    expect(Array.from(f.ids)).toContain(level);
    expect(f.weights[Array.from(f.ids).indexOf(level)]).toBe(1);
    expect(Array.from(f.weights).reduce((s, w) => s + w, 0)).toBeCloseTo(2, 6);
    expect(featurize(long, DEFAULT_FEATURIZER).ids.length).toBe(DEFAULT_FEATURIZER.maxFeatures);
  });

  it('changes the ids with the seed', () => {
    const a = featurize(l, DEFAULT_FEATURIZER);
    const b = featurize(l, { ...DEFAULT_FEATURIZER, seed: 7 });
    expect(Array.from(a.ids)).not.toEqual(Array.from(b.ids));
  });
});

describe('featurize hashes without building strings', () => {
  it('equals hashing featureStrings for every line of the fixtures, non-ASCII and capped lines included', () => {
    const normalizer = createNormalizer({ format: 'auto' });
    const raw = readFileSync(join(__dirname, '../../../tests/fixtures/sequence/openstack_instances.log'), 'utf8')
      .split('\n')
      .concat([
        'ΣΊΣΥΦΟΣ Ünïcode LEVEL ERROR ΟΔΟΣ',
        'İstanbul DİSK FAILED on node-7',
        Array.from({ length: 300 }, (_, i) => `word${i % 50}x`).join(' '),
      ]);
    const settings = { ...DEFAULT_FEATURIZER, maxFeatures: 40 };
    for (const line of raw) {
      const n = normalizer.normalize(line);
      const strings = featureStrings(n, settings);
      const headers = strings.filter((s) => s.startsWith('l:') || s.startsWith('c:')).length;
      const expected = new Map<number, boolean>();
      for (const s of strings) {
        const header = s.startsWith('l:') || s.startsWith('c:');
        if (expected.size >= settings.maxFeatures - (header ? 0 : headers)) {
          if (header) {
            break;
          }
          continue;
        }
        const id = (hashString(s, settings.seed) % (settings.buckets - 1)) + 1;
        if (!expected.has(id)) {
          expected.set(id, header);
        }
      }
      expect(Array.from(featurize(n, settings).ids)).toEqual([...expected.keys()]);
    }
  });
});

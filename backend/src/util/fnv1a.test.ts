import { FNV_OFFSET_BASIS, fnv1aFeed, fnv1aStart, fnv1aUtf8 } from './fnv1a';

describe('fnv1a', () => {
  it('matches the published FNV-1a 32-bit test vectors over UTF-8', () => {
    expect(fnv1aUtf8('')).toBe(0x811c9dc5);
    expect(fnv1aUtf8('a')).toBe(0xe40c292c);
    expect(fnv1aUtf8('foobar')).toBe(0xbf9cf968);
  });

  it('over ASCII, code units and bytes give the same hash', () => {
    expect(fnv1aFeed(fnv1aStart(), 'foobar') >>> 0).toBe(fnv1aUtf8('foobar'));
  });

  it('hashes code units, not bytes, beyond ASCII', () => {
    // 'é' is one code unit (0xe9) but two UTF-8 bytes.
    expect(fnv1aFeed(fnv1aStart(), 'é') >>> 0).not.toBe(fnv1aUtf8('é'));
  });

  it('continues from a state: feeding in parts equals feeding the whole', () => {
    const start = fnv1aStart(0x5bd1e995);
    expect(fnv1aFeed(fnv1aFeed(start, 'w:'), 'disk')).toBe(fnv1aFeed(start, 'w:disk'));
  });

  it('seeds by XOR into the offset basis, unsigned', () => {
    expect(fnv1aStart()).toBe(FNV_OFFSET_BASIS);
    expect(fnv1aStart(0xffffffff)).toBe((FNV_OFFSET_BASIS ^ 0xffffffff) >>> 0);
    expect(fnv1aStart(0xffffffff)).toBeGreaterThanOrEqual(0);
  });
});

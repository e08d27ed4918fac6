import { fnv1a32, ownsSelector, parseShard } from './shard';

describe('sharding', () => {
  it('parses i/n and rejects nonsense', () => {
    expect(parseShard('1/3')).toEqual({ index: 1, count: 3 });
    expect(() => parseShard('3/3')).toThrow('shard index must be in 0..n-1');
    expect(() => parseShard('a/b')).toThrow('shard must look like i/n');
  });

  it('hashes with FNV-1a 32', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
  });

  it('gives every selector to exactly one replica', () => {
    const names = Array.from({ length: 50 }, (_, i) => `selector-${i}`);
    for (const name of names) {
      const owners = [0, 1, 2].filter((index) => ownsSelector({ index, count: 3 }, name));
      expect(owners).toHaveLength(1);
    }
    const perShard = [0, 1, 2].map((index) => names.filter((n) => ownsSelector({ index, count: 3 }, n)).length);
    expect(Math.min(...perShard)).toBeGreaterThan(5);
  });
});

/** Sharding selectors across watcher replicas: replica i of n owns the selectors whose name hashes to i. */

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(raw: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(raw.trim());
  if (!match) {
    throw new Error(`shard must look like i/n (e.g. 0/3), got "${raw}"`);
  }
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index >= count) {
    throw new Error(`shard index must be in 0..n-1 and n ≥ 1, got "${raw}"`);
  }
  return { index, count };
}

/** FNV-1a (32 bit): stable across processes and Node versions, unlike anything seeded. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function ownsSelector(shard: Shard, selectorName: string): boolean {
  return fnv1a32(selectorName) % shard.count === shard.index;
}

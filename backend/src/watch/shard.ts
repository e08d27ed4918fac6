/** Sharding selectors across watcher replicas: replica i of n owns the selectors whose name hashes to i. */
import { fnv1aUtf8 } from '../util/fnv1a';

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

/** FNV-1a (32 bit) of the UTF-8 name: stable across processes and Node versions, unlike anything seeded. */
export const fnv1a32 = fnv1aUtf8;

export function ownsSelector(shard: Shard, selectorName: string): boolean {
  return fnv1a32(selectorName) % shard.count === shard.index;
}

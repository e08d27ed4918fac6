/**
 * 32-bit FNV-1a, the one hash used where a value must be stable across processes, Node versions and replicas
 * (feature buckets baked into a trained bundle, selector shards). Two inputs: UTF-16 code units for the
 * featuriser's hot loop (no encoding step per token) and UTF-8 bytes where the result must match other
 * implementations that hash bytes.
 */

export const FNV_OFFSET_BASIS = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** The starting state of a seeded hash (the seed XORed into the offset basis). */
export function fnv1aStart(seed = 0): number {
  return (FNV_OFFSET_BASIS ^ seed) >>> 0;
}

/** State after `text` (UTF-16 code units), continuing from `h`; int32 arithmetic via Math.imul, not unsigned. */
export function fnv1aFeed(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  }
  return h;
}

/** Unsigned FNV-1a of the UTF-8 bytes of `text`. */
export function fnv1aUtf8(text: string): number {
  let hash = FNV_OFFSET_BASIS;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash;
}

/**
 * FAME's annotation budget: at most K labelled lines per template, drawn with a seeded shuffle and stratified by
 * label so that a template with a few anomalies among thousands of normal lines keeps some of each.
 */
import { createRng, shuffle } from '../model/rng';

export interface KShotItem {
  template: string;
  label: 0 | 1 | null;
}

/** Indices of the kept items, in their original order. */
export function sampleKShot(items: readonly KShotItem[], k: number, seed: number): number[] {
  if (!Number.isInteger(k) || k < 1) {
    throw new Error(`K must be a positive integer, got ${k}`);
  }
  const rng = createRng(seed);
  const groups = new Map<string, { pos: number[]; neg: number[]; none: number[] }>();
  items.forEach((item, i) => {
    let g = groups.get(item.template);
    if (!g) {
      g = { pos: [], neg: [], none: [] };
      groups.set(item.template, g);
    }
    (item.label === 1 ? g.pos : item.label === 0 ? g.neg : g.none).push(i);
  });
  const kept: number[] = [];
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key)!;
    const labelled = g.pos.length + g.neg.length;
    if (labelled === 0) {
      kept.push(...shuffle(g.none, rng).slice(0, k));
      continue;
    }
    if (labelled <= k) {
      kept.push(...g.pos, ...g.neg);
      continue;
    }
    // Proportional shares, with at least one line of a label that is present.
    let pos = Math.round((k * g.pos.length) / labelled);
    if (g.pos.length > 0) {
      pos = Math.max(1, pos);
    }
    if (g.neg.length > 0) {
      pos = Math.min(pos, k - 1);
    }
    kept.push(...shuffle(g.pos, rng).slice(0, pos), ...shuffle(g.neg, rng).slice(0, k - pos));
  }
  return kept.sort((a, b) => a - b);
}

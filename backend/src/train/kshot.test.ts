import { sampleKShot, type KShotItem } from './kshot';

function items(spec: Record<string, { pos: number; neg: number; none?: number }>): KShotItem[] {
  const out: KShotItem[] = [];
  for (const [template, { pos, neg, none = 0 }] of Object.entries(spec)) {
    for (let i = 0; i < pos; i++) {
      out.push({ template, label: 1 });
    }
    for (let i = 0; i < neg; i++) {
      out.push({ template, label: 0 });
    }
    for (let i = 0; i < none; i++) {
      out.push({ template, label: null });
    }
  }
  // Interleave deterministically so that templates are mixed in time.
  return out
    .map((x, i) => ({ x, k: (i * 7919) % out.length }))
    .sort((a, b) => a.k - b.k)
    .map((e) => e.x);
}

const byTemplate = (data: KShotItem[], kept: number[]) => {
  const out = new Map<string, { pos: number; neg: number; none: number }>();
  for (const i of kept) {
    const it = data[i]!;
    const c = out.get(it.template) ?? { pos: 0, neg: 0, none: 0 };
    c[it.label === 1 ? 'pos' : it.label === 0 ? 'neg' : 'none'] += 1;
    out.set(it.template, c);
  }
  return out;
};

describe('sampleKShot', () => {
  const data = items({
    big: { pos: 3, neg: 500 },
    half: { pos: 40, neg: 40 },
    small: { pos: 2, neg: 3 },
    onlyNeg: { pos: 0, neg: 50 },
    unlabelled: { pos: 0, neg: 0, none: 30 },
  });

  it('keeps at most K lines per template, all of a template with ≤ K, in original order', () => {
    const kept = sampleKShot(data, 10, 1);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    expect(new Set(kept).size).toBe(kept.length);
    const counts = byTemplate(data, kept);
    for (const [, c] of counts) {
      expect(c.pos + c.neg + c.none).toBeLessThanOrEqual(10);
    }
    expect(counts.get('small')).toEqual({ pos: 2, neg: 3, none: 0 });
    expect(counts.get('onlyNeg')).toEqual({ pos: 0, neg: 10, none: 0 });
  });

  it('stratifies by label: a rare label keeps at least one line, shares are proportional', () => {
    const counts = byTemplate(data, sampleKShot(data, 10, 1));
    expect(counts.get('big')).toEqual({ pos: 1, neg: 9, none: 0 });
    expect(counts.get('half')).toEqual({ pos: 5, neg: 5, none: 0 });
    // K = 1: one line per template.
    const one = byTemplate(data, sampleKShot(data, 1, 1));
    for (const [, c] of one) {
      expect(c.pos + c.neg + c.none).toBe(1);
    }
  });

  it('keeps up to K lines of a template with no labels at all', () => {
    const counts = byTemplate(data, sampleKShot(data, 10, 1));
    expect(counts.get('unlabelled')).toEqual({ pos: 0, neg: 0, none: 10 });
    expect(byTemplate(data, sampleKShot(data, 100, 1)).get('unlabelled')).toEqual({ pos: 0, neg: 0, none: 30 });
  });

  it('ignores unlabelled lines of a template that has labelled ones', () => {
    const mixed = items({ t: { pos: 2, neg: 2, none: 20 } });
    expect(byTemplate(mixed, sampleKShot(mixed, 10, 1)).get('t')).toEqual({ pos: 2, neg: 2, none: 0 });
  });

  it('is deterministic for a seed and varies with it', () => {
    expect(sampleKShot(data, 10, 7)).toEqual(sampleKShot(data, 10, 7));
    expect(sampleKShot(data, 10, 7)).not.toEqual(sampleKShot(data, 10, 8));
    // Independent of the insertion order of the templates (groups are visited sorted).
    const reversed = [...data].reverse();
    const a = sampleKShot(data, 10, 7)
      .map((i) => data[i]!.template)
      .sort();
    const b = sampleKShot(reversed, 10, 7)
      .map((i) => reversed[i]!.template)
      .sort();
    expect(a).toEqual(b);
  });

  it('refuses a K that is not a positive integer', () => {
    expect(() => sampleKShot(data, 0, 1)).toThrow(/K must be a positive integer/);
    expect(() => sampleKShot(data, 2.5, 1)).toThrow(/K must be a positive integer/);
  });
});

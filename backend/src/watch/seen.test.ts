import { lineKey, SeenSet } from './seen';

const labels = { job: 'bgl', host: 'n1' };

describe('SeenSet', () => {
  it('tells lines apart by stream, timestamp and text', () => {
    const a = lineKey({ labels, ts: '1795345011865057024', line: 'x' });
    expect(a).toHaveLength(11);
    expect(lineKey({ labels: { ...labels }, ts: '1795345011865057024', line: 'x' })).toBe(a);
    expect(lineKey({ labels, ts: '1795345011865057025', line: 'x' })).not.toBe(a);
    expect(lineKey({ labels, ts: '1795345011865057024', line: 'y' })).not.toBe(a);
    expect(lineKey({ labels: { job: 'bgl', host: 'n2' }, ts: '1795345011865057024', line: 'x' })).not.toBe(a);
  });

  it('prunes by whole seconds, stays complete from its floor and round-trips', () => {
    const seen = new SeenSet('1795345000000000000');
    const keys = ['1795345000999999999', '1795345001000000000', '1795345002500000000'].map((ts, i) => {
      const key = lineKey({ labels, ts, line: `l${i}` });
      expect(seen.add(ts, key)).toBe(true);
      expect(seen.add(ts, key)).toBe(false);
      return { ts, key };
    });
    expect(seen.size).toBe(3);
    seen.prune('1795345001700000000');
    expect(seen.from).toBe('1795345001000000000');
    expect(seen.has(keys[0].ts, keys[0].key)).toBe(false);
    expect(seen.has(keys[1].ts, keys[1].key)).toBe(true);
    const copy = new SeenSet(seen.from, seen.serialize());
    expect(copy.size).toBe(2);
    expect(copy.has(keys[2].ts, keys[2].key)).toBe(true);
    // Never moves its floor backwards.
    copy.prune('1795344000000000000');
    expect(copy.from).toBe('1795345001000000000');
  });
});

import { DrainMiner, DEFAULT_DRAIN_OPTIONS } from '.';

const t = (s: string) => s.split(' ');

describe('DrainMiner basics', () => {
  it('creates, then generalises a template and keeps the old id resolvable', () => {
    const miner = new DrainMiner();
    const first = miner.add(t('user alice logged in'));
    expect(first.change).toBe('created');
    const second = miner.add(t('user bob logged in'));
    expect(second.change).toBe('updated');
    expect(second.text).toBe('user <*> logged in');
    expect(miner.resolve(first.id)).toEqual({ id: second.id, text: 'user <*> logged in' });
    expect(miner.add(t('user carol logged in')).change).toBe('none');
  });

  it('match is read-only and returns null for unseen lines', () => {
    const miner = new DrainMiner();
    miner.add(t('disk sda failed'));
    const before = JSON.stringify(miner.snapshot());
    expect(miner.match(t('disk sda failed'))?.text).toBe('disk sda failed');
    expect(miner.match(t('something else entirely'))).toBeNull();
    expect(JSON.stringify(miner.snapshot())).toBe(before);
  });

  it('exposes the defaults', () => {
    expect(DEFAULT_DRAIN_OPTIONS.depth).toBe(6);
  });
});

import type { LineResult } from '../contract';
import { ScoreCache } from './query-cache';

const result = (templateId: string, verdict: 'anomaly' | 'normal' = 'normal'): LineResult => ({
  index: 0,
  verdict,
  score: verdict === 'anomaly' ? 0.9 : 0.1,
  domain: 'storage',
  domainScores: [{ domain: 'storage', score: 0.7 }],
  template: { id: templateId, text: `text of ${templateId}` },
  novel: true,
  truncated: false,
});

const MODEL = { id: 'm', version: '1' };

describe('ScoreCache', () => {
  it('keys by stream, timestamp and line', () => {
    const cache = new ScoreCache(10);
    const a = { job: 'a' };
    const k = cache.key(a, '1', 'x');
    expect(cache.key({ job: 'a' }, '1', 'x')).toBe(k);
    expect(new Set([k, cache.key({ job: 'b' }, '1', 'x'), cache.key(a, '2', 'x'), cache.key(a, '1', 'y')]).size).toBe(
      4
    );
  });

  it('answers what was set, without the fields a query does not need', () => {
    const cache = new ScoreCache(10);
    cache.useModel(MODEL);
    cache.set('k', result('t1', 'anomaly'));
    expect(cache.get('k')).toEqual({
      verdict: 'anomaly',
      score: 0.9,
      domain: 'storage',
      template: { id: 't1', text: 'text of t1' },
      novel: true,
      truncated: false,
    });
  });

  it('is bounded: the least recently used line goes first', () => {
    const cache = new ScoreCache(2);
    cache.useModel(MODEL);
    cache.set('a', result('t'));
    cache.set('b', result('t'));
    cache.get('a');
    cache.set('c', result('t'));
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([true, false, true]);
    expect(cache.size).toBe(2);
  });

  it('a line whose template text was evicted is a miss, not an answer without it', () => {
    const cache = new ScoreCache(10, 1);
    cache.useModel(MODEL);
    cache.set('a', result('t1'));
    cache.set('b', result('t2'));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')?.template.text).toBe('text of t2');
  });

  it('forgets everything when the model changes; 0 lines disables it', () => {
    const cache = new ScoreCache(10);
    cache.useModel(MODEL);
    cache.set('a', result('t'));
    cache.useModel(MODEL);
    expect(cache.get('a')).toBeDefined();
    cache.useModel({ id: 'm', version: '2' });
    expect(cache.get('a')).toBeUndefined();
    const off = new ScoreCache(0);
    off.set('a', result('t'));
    expect(off.size).toBe(0);
  });
});

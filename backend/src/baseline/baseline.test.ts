import type { LineResult } from '../contract';
import { classify, DEFAULT_RULES } from './classify';
import { combineInto, DEFAULT_COMBINE } from './combine';
import { parseHeaderTime } from './line-time';
import { foldTemplate, patternOf } from './pattern';
import { BaselineScorer } from './scorer';
import { BaselineStore } from './store';
import { DEFAULT_LIMITS, emptyStream, HOUR_MS, hourOf, observe } from './stats';
import { streamKey, streamSelector } from './identity';

const T0 = Date.UTC(2026, 0, 5, 0, 0, 0);

function result(id: string, text: string, verdict: 'anomaly' | 'normal', score: number): LineResult {
  return {
    index: 0,
    verdict,
    score,
    domain: 'network',
    domainScores: [],
    template: { id, text },
    novel: true,
    truncated: false,
  };
}

describe('stream identity', () => {
  it('uses service_name, then job, then all labels', () => {
    expect(streamKey({ service_name: 'api', job: 'x' }, ['service_name', 'job'])).toBe('service_name=api');
    expect(streamKey({ job: 'x' }, ['service_name', 'job'])).toBe('job=x');
    expect(streamKey({ b: '2', a: '1' }, ['service_name'])).toBe('a="1",b="2"');
    expect(streamKey({}, ['service_name'])).toBeNull();
    expect(streamSelector({ job: 'x', host: 'h' }, ['service_name', 'job'])).toBe('{job="x"}');
  });
});

describe('stats', () => {
  it('keeps at most maxTemplates, evicting the least seen', () => {
    const s = emptyStream('k', {});
    const limits = { windowHours: 168, maxTemplates: 2 };
    observe(s, 'a', 'a', T0, 5, limits);
    observe(s, 'b', 'b', T0, 1, limits);
    const evicted = observe(s, 'c', 'c', T0, 1, limits);
    expect(evicted.map((t) => t.id)).toEqual(['b']);
    expect([...s.templates.keys()].sort()).toEqual(['a', 'c']);
  });

  it('drops hours that leave the window', () => {
    const s = emptyStream('k', {});
    const limits = { windowHours: 2, maxTemplates: 10 };
    observe(s, 'a', 'a', T0, 3, limits);
    observe(s, 'a', 'a', T0 + 5 * HOUR_MS, 1, limits);
    expect(s.lines).toBe(1);
  });
});

describe('classify and combine', () => {
  const steady = () => {
    const s = emptyStream('k', {});
    for (let h = 0; h < 10; h++) {
      observe(s, 'r', 'session closed for user <*>', T0 + h * HOUR_MS, 12, DEFAULT_LIMITS);
    }
    return s;
  };

  it('calls a steadily seen template routine and a missing one new', () => {
    const s = steady();
    const hour = hourOf(T0 + 10 * HOUR_MS);
    expect(classify(s, 'r', hour, 1, T0, DEFAULT_RULES, DEFAULT_LIMITS)?.state).toBe('routine');
    const fresh = classify(s, 'x', hour, 1, T0 + 10 * HOUR_MS, DEFAULT_RULES, DEFAULT_LIMITS);
    expect(fresh).toMatchObject({ state: 'new', seen: 0, firstSeen: new Date(T0 + 10 * HOUR_MS).toISOString() });
  });

  it('calls far more than the busiest usual hour a burst', () => {
    const s = steady();
    const e = classify(s, 'r', hourOf(T0 + 10 * HOUR_MS), 200, T0, DEFAULT_RULES, DEFAULT_LIMITS)!;
    expect(e.state).toBe('burst');
    expect(e.expectedPerHour).toBe(12);
    expect(e.observedPerHour).toBe(200);
  });

  it('has no baseline for a stream with too few lines', () => {
    const s = emptyStream('k', {});
    observe(s, 'r', 'r', T0, 5, DEFAULT_LIMITS);
    expect(classify(s, 'r', hourOf(T0), 1, T0, DEFAULT_RULES, DEFAULT_LIMITS)).toBeNull();
  });

  it('turns a routine anomaly into a chronic error, unless the template is labelled', () => {
    const ev = () => ({ state: 'routine' as const, seen: 120, firstSeen: '', expectedPerHour: 12, observedPerHour: 1 });
    const r = result('t', 'x', 'anomaly', 0.9);
    combineInto(r, ev(), false, DEFAULT_COMBINE);
    expect(r).toMatchObject({ verdict: 'normal', baseline: { state: 'chronic' } });
    expect(r.score).toBeLessThanOrEqual(DEFAULT_COMBINE.routineScoreCap);
    const labelled = result('t', 'x', 'anomaly', 0.9);
    combineInto(labelled, ev(), true, DEFAULT_COMBINE);
    expect(labelled).toMatchObject({ verdict: 'anomaly', score: 0.9, baseline: { state: 'routine' } });
  });

  it('raises a new template only when the raise carries it across 0.5', () => {
    const ev = { state: 'new' as const, seen: 0, firstSeen: '', expectedPerHour: 0, observedPerHour: 1 };
    const r = result('t', 'x', 'normal', 0.4);
    combineInto(r, { ...ev }, false, { ...DEFAULT_COMBINE, raiseLogit: 1 });
    expect(r.verdict).toBe('anomaly');
    const same = result('t', 'x', 'normal', 0.6);
    combineInto(same, { ...ev }, false, { ...DEFAULT_COMBINE, raiseLogit: 0 });
    expect(same.verdict).toBe('normal');
  });
});

describe('patterns', () => {
  it('folds residual variables so attackers are one template', () => {
    expect(foldTemplate('authentication failure; rhost=p15105218.pureserver.info user=root')).toBe(
      'authentication failure; rhost=<*> user=root'
    );
    expect(patternOf({ id: 'a', text: 'rhost=1.2.3.4' }).text).toBe('rhost=<*>');
  });
});

describe('line times', () => {
  it('reads the headers of the Loghub systems', () => {
    expect(parseHeaderTime('2015-10-18 18:01:47,978', 2000)).toBe(Date.UTC(2015, 9, 18, 18, 1, 47, 978));
    expect(parseHeaderTime('Jun 14 15:16:01', 2005)).toBe(Date.UTC(2005, 5, 14, 15, 16, 1));
    expect(parseHeaderTime('081109 203615', 2000)).toBe(Date.UTC(2008, 10, 9, 20, 36, 15));
    expect(parseHeaderTime('1077804742', 2000)).toBe(1077804742000);
    expect(parseHeaderTime('not a time', 2000)).toBeNull();
  });
});

describe('BaselineScorer', () => {
  it('scores against what it observed and lists chronic errors', () => {
    const store = BaselineStore.open(':memory:', { flushMs: 0 });
    const scorer = new BaselineScorer(store);
    const labels = { service_name: 'api' };
    const lines = Array.from({ length: 200 }, (_, i) => ({
      line: `l${i}`,
      timestamp: `${T0 + i * 60_000}000000`,
      labels,
    }));
    scorer.observe(
      lines,
      lines.map(() => result('t1', 'session closed', 'anomaly', 0.9))
    );
    const next = [{ line: 'x', timestamp: `${T0 + 201 * 60_000}000000`, labels }, { line: 'y' }];
    const results = [result('t1', 'session closed', 'anomaly', 0.9), result('t1', 'session closed', 'anomaly', 0.9)];
    scorer.annotate(next, results);
    expect(results[0]).toMatchObject({ verdict: 'normal', baseline: { state: 'chronic', seen: 200 } });
    // No labels: no stream, today's behaviour.
    expect(results[1]).toMatchObject({ verdict: 'anomaly' });
    expect(results[1]!.baseline).toBeUndefined();
    expect(scorer.chronicErrors(next, results)).toEqual([
      expect.objectContaining({
        stream: 'service_name=api',
        template: { id: 't1', text: 'session closed' },
        lines: [0],
      }),
    ]);
    store.close();
  });
});

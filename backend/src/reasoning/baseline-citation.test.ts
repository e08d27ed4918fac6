import type { LineResult } from '../contract';
import { buildReasoning } from './build';
import { EMPTY_KNOWLEDGE } from './knowledge';
import { reasoningProblems } from './validate';

function line(text: string, verdict: 'anomaly' | 'normal', baseline: LineResult['baseline']): LineResult {
  return {
    index: 0,
    verdict,
    score: verdict === 'anomaly' ? 0.9 : 0.2,
    domain: 'network',
    domainScores: [{ domain: 'network', score: 0.9 }],
    template: { id: text, text },
    novel: true,
    truncated: false,
    ...(baseline ? { baseline } : {}),
  };
}

describe('reasoning with stream baselines', () => {
  it('cites new, routine and chronic evidence at the event, indicator and summary levels', () => {
    const results = [
      line('session closed for user <*>', 'normal', {
        state: 'chronic',
        seen: 1240,
        firstSeen: '2026-01-01T00:00:00.000Z',
        expectedPerHour: 7.4,
        observedPerHour: 3,
      }),
      line('link to <IP> failed', 'anomaly', {
        state: 'new',
        seen: 0,
        firstSeen: '2026-01-05T14:02:00.000Z',
        expectedPerHour: 0,
        observedPerHour: 1,
      }),
    ];
    const events = results.map((r, i) => ({
      number: i + 1,
      line: r.template.text,
      message: r.template.text,
      component: null,
      level: null,
      timestamp: null,
    }));
    const reasoning = buildReasoning(events, results, null, EMPTY_KNOWLEDGE);
    expect(reasoningProblems(reasoning, events.length, 'anomaly')).toEqual([]);
    expect(reasoning.eventWise.map((e) => e.description).join(' | ')).toMatch(
      /chronic error: routine on this stream \(1,240 times over 7 days\).*new on this stream since 14:02 UTC/
    );
    const baselineItems = reasoning.indicators.filter((i) => i.kind === 'stream-baseline');
    expect(baselineItems.map((i) => i.events)).toEqual(expect.arrayContaining([[1], [2]]));
    expect(reasoning.summary.text).toContain('new on this stream since 14:02 UTC');
  });
});

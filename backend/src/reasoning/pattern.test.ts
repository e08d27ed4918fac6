import type { LineResult } from '../contract';
import type { EventGroup } from './event-wise';
import { EMPTY_KNOWLEDGE } from './knowledge';
import { buildPattern } from './pattern';

function result(templateId: string, text: string): LineResult {
  return {
    index: 0,
    verdict: 'normal',
    score: 0.01,
    domain: 'storage',
    domainScores: [{ domain: 'storage', score: 0.9 }],
    template: { id: templateId, text },
    novel: false,
    truncated: false,
  };
}

function group(events: number[], templates: LineResult[]): EventGroup {
  return {
    events,
    result: templates[0]!,
    event: { number: events[0]!, line: '', message: '', level: null, component: null, timestamp: null },
    anomalous: false,
    maxScore: 0.01,
    templates: templates.map((r) => ({ result: r, count: events.length / templates.length })),
  };
}

describe('buildPattern bursts', () => {
  const ack = result('t-ack', 'PacketResponder <NUM> for block <BLK> terminating');
  const received = result('t-rcv', 'Received block <BLK> of size <NUM> from <IP>');

  it('reports one template repeated at least five times in a row, without repeating the event label', () => {
    const items = buildPattern([group([3, 4, 5, 6, 7], [ack])], null, EMPTY_KNOWLEDGE, 7);
    expect(items.find((i) => i.kind === 'burst')).toEqual({
      kind: 'burst',
      events: [3, 4, 5, 6, 7],
      description: '"PacketResponder <NUM> for block <BLK> terminating" repeated 5 times in a row',
    });
  });

  it('does not call a group of alternating templates a burst', () => {
    const items = buildPattern([group([1, 2, 3, 4, 5, 6], [ack, received])], null, EMPTY_KNOWLEDGE, 6);
    expect(items.map((i) => i.kind)).toEqual(['expected-flow']);
  });
});

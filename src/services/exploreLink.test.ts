import { dateTime } from '@grafana/data';
import { explainPathFromExplore } from './exploreLink';
import { parseExplainParams } from './urlState';

const BASE = '/a/anomalylens-explain-app';

describe('Explore toolbar link', () => {
  it('opens the Explain page with the Loki query and the relative range', () => {
    const path = explainPathFromExplore(
      {
        targets: [{ refId: 'A', expr: '{job="bgl"} |= "FATAL"', datasource: { type: 'loki', uid: 'loki' } }],
        timeRange: { from: 'now-6h', to: 'now' },
      },
      BASE
    )!;
    expect(path.startsWith(`${BASE}/explain?`)).toBe(true);
    expect(parseExplainParams(new URLSearchParams(path.split('?')[1]))).toMatchObject({
      ds: 'loki',
      query: '{job="bgl"} |= "FATAL"',
      from: 'now-6h',
      to: 'now',
    });
  });

  it('turns absolute DateTime ranges into epoch ms', () => {
    const path = explainPathFromExplore(
      {
        targets: [{ expr: '{job="hdfs"}', datasource: { type: 'loki', uid: 'l2' } }],
        timeRange: { from: dateTime(1226263000000), to: dateTime(1226264000000) },
      },
      BASE
    )!;
    const p = new URLSearchParams(path.split('?')[1]);
    expect([p.get('ds'), p.get('from'), p.get('to')]).toEqual(['l2', '1226263000000', '1226264000000']);
  });

  it('hides the link for non-Loki, hidden or empty queries', () => {
    expect(
      explainPathFromExplore({ targets: [{ expr: 'up', datasource: { type: 'prometheus', uid: 'p' } }] }, BASE)
    ).toBeUndefined();
    expect(
      explainPathFromExplore(
        { targets: [{ expr: '{a="b"}', hide: true, datasource: { type: 'loki', uid: 'l' } }] },
        BASE
      )
    ).toBeUndefined();
    expect(
      explainPathFromExplore({ targets: [{ expr: ' ', datasource: { type: 'loki', uid: 'l' } }] }, BASE)
    ).toBeUndefined();
    expect(explainPathFromExplore(undefined, BASE)).toBeUndefined();
  });

  it('uses the first visible Loki query of a mixed Explore', () => {
    const path = explainPathFromExplore(
      {
        targets: [
          { expr: 'up', datasource: { type: 'prometheus', uid: 'p' } },
          { expr: '{job="bgl"}', datasource: { type: 'loki', uid: 'loki' } },
        ],
      },
      BASE
    )!;
    expect(new URLSearchParams(path.split('?')[1]).get('query')).toBe('{job="bgl"}');
  });
});

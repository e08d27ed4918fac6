import { fromTimeRange, parseExplainParams, toExplainParams, toTimeRange, toTimeRangeSafe } from './urlState';

describe('Explain URL state', () => {
  it('reads the provisioned derived-field link', () => {
    const url = 'ds=loki&query=%7Bjob%3D%22hdfs%22%7D&from=1226263000000&to=1226264000000&focus=1226263172000000042';
    expect(parseExplainParams(new URLSearchParams(url))).toEqual({
      ds: 'loki',
      query: '{job="hdfs"}',
      from: '1226263000000',
      to: '1226264000000',
      focus: '1226263172000000042',
      anomaliesOnly: false,
      domains: [],
      maxLines: 5000,
      templates: [],
      tab: 'lines',
    });
  });

  it('round-trips the pattern filter and the tab, ignoring unknown tabs', () => {
    const state = parseExplainParams(new URLSearchParams('query=x&template=t1&template=t2&tab=patterns'));
    expect(state).toMatchObject({ templates: ['t1', 't2'], tab: 'patterns' });
    expect(toExplainParams(state).toString()).toBe('query=x&from=now-1h&to=now&template=t1&template=t2&tab=patterns');
    expect(parseExplainParams(new URLSearchParams('tab=nope')).tab).toBe('lines');
  });

  it('round-trips filters and drops unknown domains', () => {
    const state = parseExplainParams(
      new URLSearchParams('query=x&anomalies=1&domain=memory&domain=gpu&domain=kernel&maxLines=20000')
    );
    expect(state).toMatchObject({
      anomaliesOnly: true,
      domains: ['memory', 'kernel'],
      maxLines: 20000,
      from: 'now-1h',
      to: 'now',
    });
    expect(toExplainParams(state).toString()).toBe(
      'query=x&from=now-1h&to=now&anomalies=1&domain=memory&domain=kernel&maxLines=20000'
    );
    expect(parseExplainParams(toExplainParams(state))).toEqual(state);
  });

  it('caps and defaults max lines', () => {
    expect(parseExplainParams(new URLSearchParams('maxLines=999999')).maxLines).toBe(50000);
    expect(parseExplainParams(new URLSearchParams('maxLines=-1')).maxLines).toBe(5000);
  });

  it('converts epoch ms and relative ranges', () => {
    const abs = toTimeRange('1226263000000', '1226264000000');
    expect(abs.from.valueOf()).toBe(1226263000000);
    expect(abs.to.valueOf()).toBe(1226264000000);
    expect(fromTimeRange(abs)).toEqual({ from: '1226263000000', to: '1226264000000' });
    const rel = toTimeRange('now-6h', 'now');
    // 'now' is read twice; allow the clock to tick between.
    expect(Math.abs(rel.to.valueOf() - rel.from.valueOf() - 6 * 3600 * 1000)).toBeLessThan(1000);
    expect(fromTimeRange(rel)).toEqual({ from: 'now-6h', to: 'now' });
  });
});

describe('toTimeRangeSafe', () => {
  it('falls back to the last hour for junk', () => {
    const r = toTimeRangeSafe('yesterday-ish', 'now');
    expect(Math.abs(r.to.valueOf() - r.from.valueOf() - 3_600_000)).toBeLessThan(1000);
  });
});

const { check, flatten, renderMarkdown, spliceBetween } = require('./metrics');

const report = (over = {}) => ({
  measuredAt: '2026-12-04T03:00:00.000Z',
  machine: '2 cores, Node 20',
  parse: { datasets: [{ name: 'HDFS', ga: 0.998, publishedDrainGa: 0.998 }], average: { ga: 0.9 } },
  bgl: { split: 'fit [0, 60 %)', precision: 0.94, recall: 0.97, f1: 0.955, idealParse: { format: 'bgl', f1: 0.956 } },
  hdfs: { split: 'later blocks', precision: 1, recall: 0.96, f1: 0.98 },
  systems: { Linux: { flaggedShare: 0.01, agreement: 1 } },
  ...over,
});

describe('quality metrics', () => {
  it('names every figure with the direction that is better', () => {
    const f = flatten(report());
    expect(f['parse.ga.HDFS']).toEqual({ value: 0.998, better: 'higher' });
    expect(f['bgl.f1'].better).toBe('higher');
    expect(f['flagged.Linux']).toEqual({ value: 0.01, better: 'lower' });
    expect(f['agreement.Linux'].better).toBe('higher');
  });

  it('passes within the tolerance and fails beyond it, in the direction that is worse', () => {
    const committed = report();
    expect(check(report({ bgl: { ...committed.bgl, f1: 0.951 } }), committed, {})).toEqual([]);
    expect(check(report({ bgl: { ...committed.bgl, f1: 0.949 } }), committed, {})).toEqual([
      'bgl.f1: 0.949 is 0.006 worse than the committed 0.955',
    ]);
    // A lower flagged share is better, a higher one beyond the tolerance fails.
    expect(check(report({ systems: { Linux: { flaggedShare: 0, agreement: 1 } } }), committed, {})).toEqual([]);
    expect(check(report({ systems: { Linux: { flaggedShare: 0.02, agreement: 1 } } }), committed, {})).toHaveLength(1);
  });

  it('fails below a floor, above a ceiling, and when a figure stopped being measured', () => {
    const floors = {
      'bgl.f1': { min: 0.96 },
      'flagged.Linux': { max: 0.005 },
      'invariance.changedShare': { max: 0.01 },
    };
    expect(check(report(), null, floors)).toEqual([
      'bgl.f1: 0.955 is below its floor 0.96',
      'flagged.Linux: 0.01 is above its ceiling 0.005',
      'invariance.changedShare: not measured (a floor names it)',
    ]);
    const { hdfs: _dropped, ...withoutHdfs } = report();
    expect(check(withoutHdfs, report(), {})).toContain('hdfs.f1: not measured (the committed report has 0.98)');
  });

  it('renders the README block and splices it between the markers only', () => {
    const md = renderMarkdown(report());
    expect(md).toContain('**F1 0.955**');
    expect(md).toContain('| Linux | – | – | 1.0 % | 100.0 % |');
    const text = 'intro\n<!-- b -->\nold\n<!-- e -->\nrest\n';
    expect(spliceBetween(text, '<!-- b -->', '<!-- e -->', 'new')).toBe('intro\n<!-- b -->\nnew\n<!-- e -->\nrest\n');
    expect(() => spliceBetween('no markers', '<!-- b -->', '<!-- e -->', 'x')).toThrow('markers');
  });
});

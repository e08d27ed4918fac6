import { withLabelMatcher, withLineFilter } from './logql';

describe('LogQL edits', () => {
  it('adds a label matcher to the selector', () => {
    expect(withLabelMatcher('{job="hdfs"}', 'host', '=', 'a')).toBe('{job="hdfs", host="a"}');
    expect(withLabelMatcher('{job="hdfs"} |= "x"', 'host', '!=', 'a')).toBe('{job="hdfs", host!="a"} |= "x"');
    expect(withLabelMatcher('{}', 'job', '=', 'x')).toBe('{job="x"}');
  });

  it('replaces a matcher of the same label and escapes values', () => {
    expect(withLabelMatcher('{job="hdfs", host="a"}', 'host', '!=', 'b"c')).toBe('{job="hdfs", host!="b\\"c"}');
    expect(withLabelMatcher('{host=~"a.*", job="x"}', 'host', '=', 'b')).toBe('{host="b", job="x"}');
  });

  it('skips braces inside quoted values', () => {
    expect(withLabelMatcher('{job="a}b"}', 'host', '=', 'h')).toBe('{job="a}b", host="h"}');
  });

  it('leaves queries without a selector or with a bad label name alone', () => {
    expect(withLabelMatcher('rate({job="x"}[1m])', 'host', '=', 'h')).toBe('rate({job="x"}[1m])');
    expect(withLabelMatcher('{job="x"}', 'bad-name', '=', 'h')).toBe('{job="x"}');
  });

  it('adds line filters after the selector', () => {
    expect(withLineFilter('{job="bgl"}', '|=', 'FATAL')).toBe('{job="bgl"} |= "FATAL"');
    expect(withLineFilter('{job="bgl"} | json', '!=', 'INFO')).toBe('{job="bgl"} != "INFO" | json');
  });
});

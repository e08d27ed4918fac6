import { createDataFrame, dataFrameFromJSON, FieldType } from '@grafana/data';
import { hdfsLokiRows } from '../__fixtures__/hdfsLokiRows';
import { lokiFrameJSON } from '../__fixtures__/lokiFrames';
import { compareNs, framesToLines, isLogsFrame, toServiceLines } from './frames';

describe('framesToLines', () => {
  const frame = dataFrameFromJSON(lokiFrameJSON(hdfsLokiRows));

  it('converts a Grafana Loki frame to time-ordered lines with ns timestamps, labels and ids', () => {
    expect(isLogsFrame(frame)).toBe(true);
    const { lines, total, capped } = framesToLines([frame], 10_000);
    expect(total).toBe(hdfsLokiRows.length);
    expect(capped).toBe(false);
    // The frame is newest first; lines come out oldest first.
    expect(lines.map((l) => l.tsNs)).toEqual(hdfsLokiRows.map((r) => r.tsNs));
    expect(lines[0]).toEqual({
      index: 0,
      tsNs: hdfsLokiRows[0].tsNs,
      timeMs: Number(hdfsLokiRows[0].tsNs.slice(0, -6)),
      line: hdfsLokiRows[0].line,
      labels: { job: 'hdfs', service_name: 'hdfs' },
      id: hdfsLokiRows[0].id,
    });
    expect(lines.map((l) => l.index)).toEqual(lines.map((_, i) => i));
  });

  it('keeps the most recent maxLines and says so', () => {
    const { lines, total, capped } = framesToLines([frame], 100);
    expect(capped).toBe(true);
    expect(total).toBe(148);
    expect(lines).toHaveLength(100);
    expect(lines[99].tsNs).toBe(hdfsLokiRows[147].tsNs);
    expect(lines[0].index).toBe(0);
  });

  it('reads dataplane frames (timestamp, body) and labels given as JSON text', () => {
    const f = createDataFrame({
      fields: [
        { name: 'timestamp', type: FieldType.time, values: [1700000000123, 1700000000001] },
        { name: 'body', type: FieldType.string, values: ['second', 'first'] },
        { name: 'labels', type: FieldType.other, values: ['{"job":"x","n":1}', { job: 'x' }] },
      ],
    });
    const { lines } = framesToLines([f], 10);
    expect(lines.map((l) => [l.line, l.tsNs, l.labels])).toEqual([
      ['first', '1700000000001000000', { job: 'x' }],
      ['second', '1700000000123000000', { job: 'x', n: '1' }],
    ]);
    expect(lines[0].id).toBe('1700000000001000000_1');
  });

  it('ignores frames that are not logs and merges several streams in time order', () => {
    const metric = createDataFrame({
      fields: [
        { name: 'Time', type: FieldType.time, values: [1] },
        { name: 'Value', type: FieldType.number, values: [2] },
      ],
    });
    const a = dataFrameFromJSON(lokiFrameJSON(hdfsLokiRows.slice(0, 2)));
    const b = dataFrameFromJSON(lokiFrameJSON(hdfsLokiRows.slice(2, 4)));
    expect(isLogsFrame(metric)).toBe(false);
    const { lines } = framesToLines([b, metric, a], 10);
    expect(lines.map((l) => l.id)).toEqual(hdfsLokiRows.slice(0, 4).map((r) => r.id));
  });

  it('compares nanosecond strings beyond 2^53 exactly', () => {
    expect(compareNs('1700000000000000001', '1700000000000000002')).toBeLessThan(0);
    expect(compareNs('999', '1000')).toBeLessThan(0);
    expect(compareNs('5', '5')).toBe(0);
  });

  it('maps lines to service inputs', () => {
    const { lines } = framesToLines([frame], 1);
    expect(toServiceLines(lines)).toEqual([
      { line: lines[0].line, timestamp: lines[0].tsNs, labels: lines[0].labels, id: lines[0].id },
    ]);
  });
});

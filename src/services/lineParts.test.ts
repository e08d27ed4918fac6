import { LogLevel } from '@grafana/data';
import { lineParts, toLogLevel } from './lineParts';

const BGL =
  '1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected';
const HDFS =
  '081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38865049064139660 terminating';

describe('lineParts', () => {
  it('splits a BGL line into its header fields and message', () => {
    const p = lineParts({ line: BGL, labels: {} });
    expect(p.message).toBe('instruction cache parity error corrected');
    expect(p.level).toBe(LogLevel.info);
    expect(p.levelText).toBe('INFO');
    expect(p.component).toBe('KERNEL');
  });

  it('splits an HDFS line', () => {
    const p = lineParts({ line: HDFS, labels: {} });
    expect(p.message).toBe('PacketResponder 1 for block blk_38865049064139660 terminating');
    expect(p.level).toBe(LogLevel.info);
    expect(p.component).toBe('dfs.DataNode$PacketResponder');
  });

  it('prefers the stream level label and keeps unparsed lines whole', () => {
    const p = lineParts({ line: 'something happened', labels: { detected_level: 'warn' } });
    expect(p.message).toBe('something happened');
    expect(p.level).toBe(LogLevel.warning);
    expect(p.format).toBeNull();
  });

  it('maps level words the way Grafana does', () => {
    expect(toLogLevel('FATAL')).toBe(LogLevel.critical);
    expect(toLogLevel('err')).toBe(LogLevel.error);
    expect(toLogLevel('hasOwnProperty')).toBe(LogLevel.unknown);
    expect(toLogLevel(null)).toBe(LogLevel.unknown);
  });
});

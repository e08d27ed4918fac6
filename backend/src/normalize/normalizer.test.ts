import { createNormalizer, detectFormat, maskMessage } from '.';

describe('normaliser basics', () => {
  it('splits an HDFS header and masks the message', () => {
    const n = createNormalizer({ format: 'hdfs' });
    const line = n.normalize(
      '081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38865049064139660 terminating'
    );
    expect(line).toMatchObject({
      format: 'hdfs',
      timestamp: '081109 203615',
      level: 'INFO',
      component: 'dfs.DataNode$PacketResponder',
      message: 'PacketResponder 1 for block blk_38865049064139660 terminating',
      tokens: ['PacketResponder', '<NUM>', 'for', 'block', 'blk_<BLK>', 'terminating'],
      truncated: false,
    });
  });

  it('treats the whole line as message for an unknown format', () => {
    const line = createNormalizer().normalize('hello world');
    expect(line.format).toBe('unknown');
    expect(line.message).toBe('hello world');
  });

  it('detects a format from a sample', () => {
    expect(detectFormat(['{"msg":"a"}', '{"msg":"b"}']).format).toBe('json');
  });

  it('masks numbers', () => {
    expect(maskMessage('took 12 ms').tokens).toEqual(['took', '<NUM>', 'ms']);
  });
});

import { maskMessage } from '.';

const tokens = (m: string) => maskMessage(m).tokens;

describe('maskMessage', () => {
  it.each([
    ['took 12 ms', ['took', '<DURATION>'], [['DURATION', '12 ms']]],
    ['took 12 apples', ['took', '<NUM>', 'apples'], [['NUM', '12']]],
    [
      'value -3.5 and 80%',
      ['value', '<NUM>', 'and', '<NUM>'],
      [
        ['NUM', '-3.5'],
        ['NUM', '80%'],
      ],
    ],
    ['flags 0x1F3a', ['flags', '<HEX>'], [['HEX', '0x1F3a']]],
    ['token 9f4ef63 seen', ['token', '<HEX>', 'seen'], [['HEX', '9f4ef63']]],
    ['from 10.0.0.1', ['from', '<IP>'], [['IP', '10.0.0.1']]],
    [
      'to /10.1.2.3:50010',
      ['to', '/<IP>:<NUM>'],
      [
        ['IP', '10.1.2.3'],
        ['NUM', '50010'],
      ],
    ],
    ['peer fe80::1:2:3', ['peer', '<IP>'], [['IP', 'fe80::1:2:3']]],
    ['id 123e4567-e89b-12d3-a456-426614174000', ['id', '<UUID>'], [['UUID', '123e4567-e89b-12d3-a456-426614174000']]],
    ['get https://example.com/a?b=1', ['get', '<URL>'], [['URL', 'https://example.com/a?b=1']]],
    ['mail bob@example.org', ['mail', '<EMAIL>'], [['EMAIL', 'bob@example.org']]],
    ['open /etc/httpd/conf/workers2.properties', ['open', '<PATH>'], [['PATH', '/etc/httpd/conf/workers2.properties']]],
    ['read /var/log/messages', ['read', '<PATH>'], [['PATH', '/var/log/messages']]],
    ['block blk_-6952295868487656571 gone', ['block', 'blk_<BLK>', 'gone'], [['BLK', 'blk_-6952295868487656571']]],
    ['node R02-M1-N0-C:J12-U11 up', ['node', '<NODE>', 'up'], [['NODE', 'R02-M1-N0-C:J12-U11']]],
    ['waited 250ms', ['waited', '<DURATION>'], [['DURATION', '250ms']]],
    ['wrote 64KB', ['wrote', '<SIZE>'], [['SIZE', '64KB']]],
    ['at 20:55:07', ['at', '<TIME>'], [['TIME', '20:55:07']]],
    ['on 2005-06-03-15.42.50.675872', ['on', '<TIME>'], [['TIME', '2005-06-03-15.42.50.675872']]],
    ['app appattempt_1445144423722_0020_000001', ['app', 'appattempt_<ID>'], [['ID', '1445144423722_0020_000001']]],
  ])('%s', (message, expectedTokens, expectedParams) => {
    const result = maskMessage(message);
    expect(result.tokens).toEqual(expectedTokens);
    expect(result.params.map((p) => [p.type, p.value])).toEqual(expectedParams);
    for (const p of result.params) {
      expect(result.tokens[p.tokenIndex]).toContain(`<${p.type}>`);
    }
  });

  it('keeps constant key prefixes and surrounding punctuation', () => {
    expect(tokens('(HWID=1973) uid=0 rhost=218.188.2.4 req-38101a0b-2096-447d-96ea-a692162415ae')).toEqual([
      '(HWID=<NUM>)',
      'uid=<NUM>',
      'rhost=<IP>',
      'req-<UUID>',
    ]);
  });

  it('masks digit runs inside mostly-word tokens and whole compound ids', () => {
    expect(tokens('proxy.cse.cuhk.edu.hk:5070 v6.1.7601.23505')).toEqual(['proxy.cse.cuhk.edu.hk:<NUM>', '<ID>']);
  });

  it('reads a minus after a delimiter as a sign', () => {
    expect(maskMessage('cancelNotification,index:-1').params).toEqual([{ type: 'NUM', value: '-1', tokenIndex: 0 }]);
    expect(tokens('cancelNotification,index:-1 x-y-z-1')).toEqual(['cancelNotification,index:<NUM>', 'x-y-z-<NUM>']);
  });

  it('leaves digit-free words and names with one trailing digit alone, masks every other digit run', () => {
    expect(tokens('Receiving block from peer')).toEqual(['Receiving', 'block', 'from', 'peer']);
    expect(tokens('en0 md5 ext3 IPv4 jk2_init()')).toEqual(['en0', 'md5', 'ext3', 'IPv4', 'jk2_init()']);
    const masked = tokens('t761 a2b3 9 R02-M1 core.1234 [7] "42", dn228');
    expect(masked.join(' ')).not.toMatch(/\d/);
  });

  it('splits on any whitespace and returns no empty tokens', () => {
    expect(tokens('  a\t b\n\nc  ')).toEqual(['a', 'b', 'c']);
    expect(tokens('')).toEqual([]);
    expect(tokens('a\u2003b\u2028c\ufeffd\u00a0e')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('masks a comma-joined list of values of one shape as one variable', () => {
    expect(maskMessage('10.11.10.1,10.11.21.137 "GET /v2"').tokens[0]).toBe('<IP>');
    expect(maskMessage('from 10.0.0.1:80,10.0.0.2:81').params).toEqual([
      { type: 'IP', value: '10.0.0.1:80,10.0.0.2:81', tokenIndex: 1 },
    ]);
    // Mixed shapes or a word among them: not one list.
    expect(tokens('a 10.0.0.1,5 b')).not.toEqual(['a', '<IP>', 'b']);
    expect(tokens('ids 3,x4')).not.toEqual(['ids', '<NUM>']);
  });

  it('keeps a run of one masked shape as one token, its values as params of that token', () => {
    const r = maskMessage('delete blk_1 blk_-2 blk_3 now');
    expect(r.tokens).toEqual(['delete', 'blk_<BLK>', 'now']);
    expect(r.params.map((p) => [p.value, p.tokenIndex])).toEqual([
      ['blk_1', 1],
      ['blk_-2', 1],
      ['blk_3', 1],
    ]);
    expect(tokens('x 1 y 2')).toEqual(['x', '<NUM>', 'y', '<NUM>']);
  });

  it('joins a date written in words around a time into one <TIME>', () => {
    const r = maskMessage('connection from 1.2.3.4 () at Fri Jun 17 20:55:07 2005 ok');
    expect(r.tokens).toEqual(['connection', 'from', '<IP>', '()', 'at', '<TIME>', 'ok']);
    expect(r.params).toEqual([
      { type: 'IP', value: '1.2.3.4', tokenIndex: 2 },
      { type: 'TIME', value: 'Fri Jun 17 20:55:07 2005', tokenIndex: 5 },
    ]);
    expect(tokens('on 17 June 2005 10:00:01')).toEqual(['on', '<TIME>']);
    // Without a month name the words around a time stay.
    expect(tokens('Friday 3 20:55:07')).toEqual(['Friday', '<NUM>', '<TIME>']);
  });

  it('joins a number and its unit word into one quantity, and a restatement in parentheses into it', () => {
    const r = maskMessage('host:80 close, 1,234 bytes (1.2 KB) sent, 120 bytes received, lifetime <1 sec');
    expect(r.tokens).toEqual([
      'host:<NUM>',
      'close,',
      '<SIZE>',
      'sent,',
      '<SIZE>',
      'received,',
      'lifetime',
      '<<DURATION>',
    ]);
    expect(r.params.map((p) => [p.type, p.value, p.tokenIndex])).toEqual([
      ['NUM', '80', 0],
      ['SIZE', '1,234 bytes (1.2 KB)', 2],
      ['SIZE', '120 bytes', 4],
      ['DURATION', '1 sec', 7],
    ]);
  });

  it('keeps a quoted key="…" value as one token', () => {
    expect(tokens('acquire lock=1, tag="View Lock", ws=null')).toEqual([
      'acquire',
      'lock=<NUM>,',
      'tag="View Lock",',
      'ws=null',
    ]);
    expect(tokens('a="never closed b')).toEqual(['a="never', 'closed', 'b']);
    expect(tokens('say "two words" x')).toEqual(['say', '"two', 'words"', 'x']);
  });
});

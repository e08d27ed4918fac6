/**
 * Headers as shipped: every header `auto` recognises, on lines as their programs write them, and the wrappers it
 * peels (the inner line is parsed again and its header wins).
 */
import { createNormalizer } from './normalizer';

const auto = createNormalizer({ format: 'auto' });
const BGL_NATIVE =
  '1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL FATAL data TLB error interrupt';

describe('auto: headers as shipped', () => {
  it.each([
    [
      'BGL, native (no label column)',
      BGL_NATIVE,
      { format: 'bgl', level: 'FATAL', component: 'KERNEL', message: 'data TLB error interrupt' },
    ],
    [
      'BGL, Loghub label column',
      `- ${BGL_NATIVE}`,
      { format: 'bgl', level: 'FATAL', message: 'data TLB error interrupt' },
    ],
    [
      'Thunderbird, native',
      '1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 crond(pam_unix)[2915]: session closed for user root',
      { format: 'thunderbird', component: 'crond(pam_unix)', message: 'session closed for user root' },
    ],
    [
      'RFC 3164 with priority',
      '<11>Dec  4 02:46:04 host-1 app[77]: disk /dev/sda1 failed',
      { format: 'syslog-rfc3164', host: 'host-1', component: 'app', level: 'ERROR', message: 'disk /dev/sda1 failed' },
    ],
    [
      'RFC 3164 without priority',
      'Dec  4 02:46:04 host-1 app: started',
      { component: 'app', host: 'host-1', level: null, message: 'started' },
    ],
    [
      'RFC 5424 with priority (user.notice: no level)',
      '<13>1 2026-12-04T02:46:04.123Z host-1 app 123 - - hello world',
      { format: 'syslog-rfc5424', host: 'host-1', component: 'app', level: null, message: 'hello world' },
    ],
    [
      'RFC 5424 without priority',
      '1 2026-12-04T02:46:04.123Z host-1 app 123 ID47 - hello world',
      { format: 'syslog-rfc5424', component: 'app', message: 'hello world' },
    ],
    [
      'syslog with an ISO timestamp (rsyslog file format)',
      '2026-12-04T02:46:04.123456+00:00 host-1 kernel: Out of memory: Killed process 812',
      { format: 'syslog-iso', component: 'kernel', host: 'host-1', message: 'Out of memory: Killed process 812' },
    ],
    [
      'JSON line, level and message keys',
      '{"time":"2026-12-04T02:46:04Z","levelname":"ERROR","name":"db","message":"connection lost"}',
      { format: 'json', level: 'ERROR', component: 'db', message: 'connection lost' },
    ],
    [
      'JSON line, dotted level key (ECS)',
      '{"@timestamp":"2026-12-04T02:46:04Z","log.level":"warn","event":"retrying"}',
      { format: 'json', level: 'warn' },
    ],
    [
      'logfmt',
      'time=2026-12-04T02:46:04Z lvl=error msg="write failed" path=/var/db',
      { format: 'logfmt', level: 'error', message: 'write failed' },
    ],
    [
      'klog',
      'E1204 02:46:04.123456    4321 reflector.go:138] failed to watch *v1.Pod: connection refused',
      {
        format: 'klog',
        level: 'E',
        component: 'reflector.go:138',
        message: 'failed to watch *v1.Pod: connection refused',
      },
    ],
    [
      'log4j',
      '2026-12-04 02:46:04,123 ERROR [main] com.example.App - request failed',
      { format: 'log4j', level: 'ERROR', component: 'com.example.App', message: 'request failed' },
    ],
    [
      'logback',
      '2026-12-04 02:46:04.123 [http-nio-8080-exec-1] WARN  o.s.web.Servlet - slow request',
      { format: 'log4j', level: 'WARN', component: 'o.s.web.Servlet', message: 'slow request' },
    ],
    [
      'nginx access (combined)',
      '10.0.0.1 - - [04/Dec/2026:02:46:04 +0000] "GET /api HTTP/1.1" 502 157 "-" "curl/8.5.0"',
      { format: 'http-access', level: 'ERROR', message: '"GET /api HTTP/1.1" 502 157 "-" "curl/8.5.0"' },
    ],
    [
      'Apache access (common)',
      '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326',
      { format: 'http-access', level: 'INFO', timestamp: '10/Oct/2000:13:55:36 -0700' },
    ],
    [
      'nginx error',
      '2026/12/04 02:46:04 [crit] 1234#5678: *99 connect() failed (111: Connection refused) while connecting to upstream',
      {
        format: 'nginx-error',
        level: 'crit',
        message: 'connect() failed (111: Connection refused) while connecting to upstream',
      },
    ],
    [
      'Apache 2.4 error',
      '[Fri Dec 04 02:46:04.123456 2026] [proxy:error] [pid 812:tid 1400] [client 10.0.0.1:5000] AH00940: backend failed',
      { format: 'apache-error', level: 'error', component: 'proxy', message: 'AH00940: backend failed' },
    ],
    [
      'Apache 2.2 error (Loghub)',
      '[Sun Dec 04 04:47:44 2005] [error] mod_jk child workerEnv in error state 6',
      { format: 'apache', level: 'error', message: 'mod_jk child workerEnv in error state 6' },
    ],
    [
      'logcat threadtime',
      '12-04 02:46:04.123  1234  5678 E AndroidRuntime: FATAL EXCEPTION: main',
      { level: 'E', component: 'AndroidRuntime', message: 'FATAL EXCEPTION: main' },
    ],
    [
      'logcat threadtime, single-space padding',
      '12-04 02:46:04.123 12345 23456 W ActivityManager: Slow operation',
      { level: 'W', component: 'ActivityManager', message: 'Slow operation' },
    ],
    [
      'logcat brief',
      'E/AndroidRuntime( 1234): FATAL EXCEPTION: main',
      { format: 'logcat-brief', level: 'E', component: 'AndroidRuntime', message: 'FATAL EXCEPTION: main' },
    ],
    [
      'Windows CBS',
      '2016-09-28 04:30:31, Error                 CSI    Failed to open the file',
      { level: 'Error', component: 'CSI', message: 'Failed to open the file' },
    ],
    [
      'Cisco, vendor severity inside syslog',
      '<187>Dec  4 02:46:04 router-1 1234: *Dec  4 02:46:04.123: %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down',
      {
        format: 'vendor-severity',
        level: 'ERROR',
        component: 'LINK',
        message: 'UPDOWN: Interface GigabitEthernet0/1, changed state to down',
      },
    ],
    [
      'Cisco, bare',
      '%SYS-5-CONFIG_I: Configured from console by vty0',
      { format: 'vendor-severity', level: 'INFO', component: 'SYS' },
    ],
    [
      'Huawei',
      'Dec  4 2026 02:46:04 HUAWEI %%01IFNET/4/LINK_STATE(l)[0]:The line protocol IP on the interface GE0/0/1 has entered the DOWN state.',
      {
        format: 'vendor-severity',
        level: 'WARN',
        component: 'IFNET',
        message: 'LINK_STATE: The line protocol IP on the interface GE0/0/1 has entered the DOWN state.',
      },
    ],
    [
      'H3C, severity 2',
      '%Dec  4 02:46:04:123 2026 H3C DEV/2/POWER_FAILED: Power supply 1 failed.',
      {
        format: 'vendor-severity',
        level: 'CRITICAL',
        component: 'DEV',
        message: 'POWER_FAILED: Power supply 1 failed.',
      },
    ],
  ])('%s', (_name, line, expected) => {
    expect(auto.normalize(line)).toMatchObject(expected);
  });

  it('maps a vendor severity digit to a level word', () => {
    const level = (d: number) => auto.normalize(`%FAC-${d}-EVT: text`).level;
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(level)).toEqual([
      'FATAL',
      'FATAL',
      'CRITICAL',
      'ERROR',
      'WARN',
      'INFO',
      'INFO',
      'DEBUG',
    ]);
  });

  it('a headerless line that starts with a level word gets exactly the BGL header split (the README example)', () => {
    const headerless = auto.normalize('RAS KERNEL FATAL data TLB error interrupt');
    const bgl = auto.normalize(BGL_NATIVE);
    expect(headerless).toMatchObject({
      format: 'level-word',
      level: 'FATAL',
      component: 'KERNEL',
      message: 'data TLB error interrupt',
    });
    expect(headerless.tokens).toEqual(bgl.tokens);
    expect([headerless.level, headerless.component]).toEqual([bgl.level, bgl.component]);
    expect(auto.normalize('ERROR: disk full')).toMatchObject({ level: 'ERROR', component: null, message: 'disk full' });
    expect(auto.normalize('KERNEL WARNING soft lockup')).toMatchObject({ level: 'WARNING', component: 'KERNEL' });
    // Not a level word where it stands: no header.
    expect(auto.normalize('Error while reading').format).toBe('unknown');
    expect(auto.normalize('A B C FATAL x').format).toBe('unknown');
  });

  it('peels CRI and Docker json-file wrappers and parses the inner line again', () => {
    const cri = auto.normalize(`2026-12-04T02:46:04.123456789Z stdout F ${BGL_NATIVE}`);
    const docker = auto.normalize(
      JSON.stringify({ log: `${BGL_NATIVE}\n`, stream: 'stderr', time: '2026-12-04T02:46:04.123456789Z' })
    );
    for (const out of [cri, docker]) {
      expect(out).toMatchObject({
        format: 'bgl',
        level: 'FATAL',
        component: 'KERNEL',
        message: 'data TLB error interrupt',
      });
    }
    // An inner line without a header: the wrapper's fields, the inner text as the message.
    expect(auto.normalize('2026-12-04T02:46:04.1Z stderr F panic: runtime error')).toMatchObject({
      format: 'cri',
      timestamp: '2026-12-04T02:46:04.1Z',
      message: 'panic: runtime error',
    });
    expect(auto.normalize(JSON.stringify({ log: 'plain text\n', stream: 'stdout' })).message).toBe('plain text');
  });

  it('the inner header wins over a syslog wrapper; the wrapper fills only what the inner lacks', () => {
    const out = auto.normalize(`<14>Dec  4 02:46:04 relay-1 fwd[9]: ${BGL_NATIVE}`);
    expect(out).toMatchObject({ format: 'bgl', level: 'FATAL', component: 'KERNEL', host: 'R02-M1-N0-C:J12-U11' });
    const ssh = auto.normalize('<14>Dec  4 02:46:04 relay-1 fwd: Dec 10 06:55:46 LabSZ sshd[24200]: Invalid user x');
    // OpenSSH's header names no component: the relay's tag does not become one.
    expect(ssh).toMatchObject({ format: 'openssh', component: null, host: 'LabSZ', message: 'Invalid user x' });
    // A syslog tag is the component of a headerless level word.
    expect(auto.normalize('Jun 15 04:06:20 combo logrotate: ALERT exited abnormally with [1]')).toMatchObject({
      level: 'ALERT',
      component: 'logrotate',
      message: 'exited abnormally with [1]',
    });
    // Nor its level: a relay's level is not the inner line's.
    expect(
      auto.normalize('{"level":"error","msg":"Dec 10 06:55:46 LabSZ sshd[24200]: Received disconnect from 1.2.3.4"}')
    ).toMatchObject({ format: 'openssh', level: null });
    // A level the wrapper states is not overridden by a level word at the start of its message.
    expect(auto.normalize('{"level":"ERROR","msg":"ERROR IN CONTACTING RM."}')).toMatchObject({
      format: 'json',
      level: 'ERROR',
      message: 'ERROR IN CONTACTING RM.',
    });
  });

  it("peels a shipper's prefix", () => {
    expect(auto.normalize(`2026-12-04T02:46:04Z host-1 ${BGL_NATIVE}`)).toMatchObject({
      format: 'bgl',
      level: 'FATAL',
    });
    expect(auto.normalize('2026-12-04T02:46:04Z host-1 something happened')).toMatchObject({
      format: 'shipper-prefix',
      host: 'host-1',
      message: 'something happened',
    });
  });

  it('a syslog priority gives a level only where it states error or worse', () => {
    const level = (pri: number) => auto.normalize(`<${pri}>Dec  4 02:46:04 h app: x`).level;
    expect([8, 9, 10, 11, 12, 13, 14, 15].map(level)).toEqual([
      'FATAL',
      'FATAL',
      'CRITICAL',
      'ERROR',
      null,
      null,
      null,
      null,
    ]);
    expect(level(192)).toBeNull();
  });

  it('masks timestamps and host names in a line no header matches', () => {
    expect(auto.normalize('at 2026-12-04T02:46:04Z node-17 lost 3 packets from 10.0.0.1').tokens).toEqual([
      'at',
      '<TIME>',
      'node-<NUM>',
      'lost',
      '<NUM>',
      'packets',
      'from',
      '<IP>',
    ]);
  });
});

describe('trailing counters and request ids', () => {
  const base = auto.normalize('Dec 10 06:55:46 LabSZ sshd[24200]: Invalid user webmaster from 173.234.31.186');
  it.each([
    ' #123',
    ' request_id=7f1c0a9e',
    ' req-0b9f0e5c-2a43-4a8b-9f3e-8c1d2e3f4a5b',
    ' [req-0b9f0e5c-2a43-4a8b-9f3e-8c1d2e3f4a5b]',
    ' trace_id=abc123 #7',
    ' x-request-id:42  ',
  ])('%j leaves the tokens unchanged (the message keeps it)', (suffix) => {
    const out = auto.normalize(
      `Dec 10 06:55:46 LabSZ sshd[24200]: Invalid user webmaster from 173.234.31.186${suffix}`
    );
    expect(out.tokens).toEqual(base.tokens);
    expect(out.params).toEqual(base.params);
    expect(out.message).toContain(suffix.trim());
  });

  it('keeps a counter that is the whole message, and ids inside a message', () => {
    expect(auto.normalize('#12').tokens).toHaveLength(1);
    expect(auto.normalize('got request_id=5 from peer').tokens).toHaveLength(4);
  });
});

describe('numeric levels in JSON', () => {
  it('maps pino/bunyan levels and journald priorities to words', () => {
    expect(auto.normalize('{"level":50,"time":1733280364,"msg":"db down"}').level).toBe('ERROR');
    expect(auto.normalize('{"level":30,"msg":"ok"}').level).toBe('INFO');
    expect(auto.normalize('{"level":60,"msg":"bye"}').level).toBe('FATAL');
    expect(auto.normalize('{"PRIORITY":"3","MESSAGE":"unit failed"}')).toMatchObject({
      level: 'ERROR',
      message: 'unit failed',
    });
    expect(auto.normalize('{"level":"5","msg":"x"}').level).toBe('5');
  });
});

describe('headerless lines with a leading timestamp', () => {
  it.each([
    [
      '2026-12-04T02:46:04Z ERROR disk failed',
      { level: 'ERROR', message: 'disk failed', timestamp: '2026-12-04T02:46:04Z' },
    ],
    ['1733280364 WARN low memory', { level: 'WARN', message: 'low memory', timestamp: '1733280364' }],
    ['1733280364123 started', { format: 'timestamp-prefix', message: 'started' }],
    ['Dec  4 02:46:04 router-1 link flapped', { format: 'timestamp-prefix', message: 'router-1 link flapped' }],
    ['2026-12-04 02:46:04,123 something', { format: 'timestamp-prefix', message: 'something' }],
    ['2026-12-04T02:46:04.1Z stdout F 2026-12-04T02:46:04Z FATAL boom', { level: 'FATAL', message: 'boom' }],
    ['Dec  4 02:46:04 h app: 2026-12-04T02:46:04Z FATAL boom', { level: 'FATAL', component: 'app', message: 'boom' }],
  ])('%j', (line, expected) => {
    expect(auto.normalize(line)).toMatchObject(expected);
  });
});

describe('peeling limits', () => {
  it("reads a shipper's prefix only as the outermost wrapper", () => {
    const mac =
      'Jul  6 18:22:57 calvisitor-10-105-162-178 AirPlayUIAgent[415]: 2017-07-06 06:22:57.163367 PM [AirPlayUIAgent] BecomingInactive: x';
    expect(auto.normalize(mac)).toMatchObject({
      format: 'mac',
      component: 'AirPlayUIAgent',
      message: '2017-07-06 06:22:57.163367 PM [AirPlayUIAgent] BecomingInactive: x',
    });
  });
});

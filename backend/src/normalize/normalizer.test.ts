import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { createNormalizer, detectFormat, listFormats, DEFAULT_MAX_LINE_LENGTH } from '.';

const FIXTURES = join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'loghub');
const SYSTEMS = readdirSync(FIXTURES).filter((d) => /^[A-Z]/.test(d) && d !== 'README.md');

function fixture(system: string): { lines: string[]; rows: Array<Record<string, string>> } {
  const lines = readFileSync(join(FIXTURES, system, `${system}_2k.log`), 'utf8').split('\n');
  lines.pop();
  const rows: Array<Record<string, string>> = parse(
    readFileSync(join(FIXTURES, system, `${system}_2k.log_structured.csv`)),
    { columns: true }
  );
  return { lines, rows };
}

describe('Loghub formats (golden, fixtures from Loghub-2k)', () => {
  it('has fixtures for all 16 systems', () => {
    expect(SYSTEMS).toHaveLength(16);
  });

  it.each(SYSTEMS)('%s: detected, and the message equals the ground-truth Content on every line', (system) => {
    const { lines, rows } = fixture(system);
    expect(rows).toHaveLength(lines.length);
    const detected = detectFormat(lines);
    expect(detected).toEqual({ format: system.toLowerCase(), confidence: 1 });
    const normalizer = createNormalizer({ sample: lines });
    expect(normalizer.format).toBe(system.toLowerCase());
    lines.forEach((line, i) => {
      const out = normalizer.normalize(line);
      expect(out.format).toBe(system.toLowerCase());
      expect(out.message.trim()).toBe(rows[i].Content.trim());
      expect(out.timestamp).not.toBeNull();
    });
  });

  it('format "auto" splits every fixture line of every system correctly, line by line', () => {
    const auto = createNormalizer({ format: 'auto' });
    expect(auto.format).toBe('auto');
    for (const system of SYSTEMS) {
      const { lines, rows } = fixture(system);
      lines.forEach((line, i) => {
        const out = auto.normalize(line);
        expect(out.format).not.toBe('unknown');
        // A syslog message that starts with a level word (Linux `logrotate: ALERT exited abnormally …`) has it
        // split off as the level; Loghub's content keeps it.
        const message = out.format === 'level-word' ? `${out.level} ${out.message}` : out.message;
        expect(message.trim()).toBe(rows[i].Content.trim());
      });
    }
    expect(auto.normalize('{"msg":"hello"}').format).toBe('json');
    expect(auto.normalize('free text').format).toBe('unknown');
  });

  it('maps header fields', () => {
    const bgl = createNormalizer({ format: 'bgl' }).normalize(
      '- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected'
    );
    expect(bgl).toMatchObject({
      timestamp: '2005-06-03-15.42.50.675872',
      level: 'INFO',
      component: 'KERNEL',
      host: 'R02-M1-N0-C:J12-U11',
      tokens: ['instruction', 'cache', 'parity', 'error', 'corrected'],
    });
    const ssh = createNormalizer({ format: 'openssh' }).normalize(
      'Dec 10 06:55:46 LabSZ sshd[24200]: Invalid user webmaster from 173.234.31.186'
    );
    expect(ssh).toMatchObject({
      timestamp: 'Dec 10 06:55:46',
      host: 'LabSZ',
      message: 'Invalid user webmaster from 173.234.31.186',
    });
    expect(ssh.tokens).toEqual(['Invalid', 'user', 'webmaster', 'from', '<IP>']);
    expect(ssh.params).toEqual([{ type: 'IP', value: '173.234.31.186', tokenIndex: 4 }]);
  });
});

describe('generic formats', () => {
  it.each([
    [
      'syslog-rfc5424',
      "<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - BOM'su root' failed on /dev/pts/8",
      { host: 'mymachine.example.com', component: 'su', message: "BOM'su root' failed on /dev/pts/8" },
    ],
    [
      'syslog-rfc3164',
      '<13>Feb  5 17:32:18 myhost sshd[812]: Accepted publickey for git',
      { timestamp: 'Feb  5 17:32:18', host: 'myhost', component: 'sshd', message: 'Accepted publickey for git' },
    ],
    [
      'klog',
      'I0507 12:04:17.597069       1 controller.go:120] Starting workers count=3',
      { level: 'I', component: 'controller.go:120', message: 'Starting workers count=3' },
    ],
    [
      'log4j',
      '2024-03-01 10:00:00,123 [main] ERROR com.example.Foo - connection refused',
      { level: 'ERROR', component: 'com.example.Foo', message: 'connection refused' },
    ],
    [
      'json',
      '{"ts":"2024-03-01T10:00:00Z","level":"warn","logger":"db","msg":"slow query 120ms","host":"h1"}',
      { timestamp: '2024-03-01T10:00:00Z', level: 'warn', component: 'db', host: 'h1', message: 'slow query 120ms' },
    ],
    [
      'logfmt',
      'ts=2024-03-01T10:00:00Z level=info caller=main.go:12 msg="server started" port=8080',
      { timestamp: '2024-03-01T10:00:00Z', level: 'info', component: 'main.go:12', message: 'server started' },
    ],
  ])('%s', (format, line, expected) => {
    expect(detectFormat([line, line]).format).toBe(format);
    expect(createNormalizer({ format }).normalize(line)).toMatchObject({ format, ...expected });
  });

  it('renders a JSON line without a message key as its non-header pairs', () => {
    const out = createNormalizer({ format: 'json' }).normalize('{"level":"info","event":"login","user":"bob"}');
    expect(out.message).toBe('event=login user=bob');
  });

  it('accepts a Loghub format string and a regex with named groups', () => {
    const loghub = createNormalizer({ format: '<Date> <Time> <Level> <Component>: <Content>' });
    expect(loghub.format).toBe('custom');
    expect(loghub.normalize('2024-01-01 10:00:00 WARN db: slow')).toMatchObject({
      timestamp: '2024-01-01 10:00:00',
      level: 'WARN',
      component: 'db',
      message: 'slow',
    });
    const regex = createNormalizer({ format: '^(?<level>\\w+)\\|(?<message>.*)$' });
    expect(regex.normalize('ERROR|disk full')).toMatchObject({ level: 'ERROR', message: 'disk full' });
  });

  it('rejects unknown formats and bad options with precise errors', () => {
    expect(() => createNormalizer({ format: 'nope' })).toThrow(/unknown format "nope"/);
    expect(() => createNormalizer({ format: '(?<x>a' })).toThrow(/does not compile/);
    expect(() => createNormalizer({ format: '(?<x>a)' })).toThrow(/\(\?<message>/);
    expect(() => createNormalizer({ maxLineLength: 1 })).toThrow(/maxLineLength/);
  });

  it('falls back to the whole line when the format does not parse it or none is known', () => {
    const hdfs = createNormalizer({ format: 'hdfs' }).normalize('not an hdfs line');
    expect(hdfs).toMatchObject({ format: 'unknown', message: 'not an hdfs line', timestamp: null, level: null });
    const detected = createNormalizer({ sample: ['free text one', 'free text two'] });
    expect(detected.format).toBe('unknown');
    expect(detected.normalize('free text three').tokens).toEqual(['free', 'text', 'three']);
    expect(createNormalizer().format).toBe('unknown');
  });

  it('lists the built-in formats', () => {
    const ids = listFormats().map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['hdfs', 'bgl', 'json', 'logfmt', 'klog', 'log4j', 'syslog-rfc3164']));
    expect(ids).toHaveLength(34);
  });
});

describe('robustness', () => {
  const n = createNormalizer({ format: 'hdfs' });

  it('uses the first line as head and keeps the rest as continuation', () => {
    const out = n.normalize(
      '081109 203615 148 ERROR dfs.DataNode: IOException in run\r\n\tat a.b.C.d(C.java:12)\r\n\tat e.f.G.h(G.java:3)\r\n'
    );
    expect(out.message).toBe('IOException in run');
    expect(out.tokens).toEqual(['IOException', 'in', 'run']);
    expect(out.continuation).toBe(' at a.b.C.d(C.java:12)\n at e.f.G.h(G.java:3)'.replace(/ at/g, '\tat'));
  });

  it('truncates at the documented limit', () => {
    const out = n.normalize('x'.repeat(3 * 1024 * 1024));
    expect(out.truncated).toBe(true);
    expect(out.message.length).toBe(DEFAULT_MAX_LINE_LENGTH);
    const small = createNormalizer({ maxLineLength: 100 }).normalize('y '.repeat(100));
    expect(small).toMatchObject({ truncated: true });
    expect(small.tokens).toHaveLength(50);
  });

  it('replaces control characters and lone surrogates', () => {
    const out = createNormalizer().normalize('a\u0000b\u001bc \ud800 d\u0085e');
    expect(out.message).toBe('a b c \ufffd d e');
    expect(out.tokens).toEqual(['a', 'b', 'c', '\ufffd', 'd', 'e']);
  });

  it('handles empty and blank input', () => {
    expect(n.normalize('')).toMatchObject({ message: '', tokens: [], params: [], truncated: false });
    expect(n.normalize('\n\n  \n')).toMatchObject({ tokens: [] });
  });
});

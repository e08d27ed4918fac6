/**
 * Built-in header formats: the 16 Loghub systems (format strings of logpai's benchmark, with field patterns
 * narrowed so auto-detection can tell them apart), syslog RFC 3164/5424, log4j/logback, klog/glog; JSON lines
 * and logfmt are structured formats parsed in `structured.ts`.
 */
import { compileLoghubFormat } from './loghubFormat';
import { httpStatusLevel, syslogPriorityLevel } from './levels';
import type { StructuredParse } from './structured';
import { parseVendorSeverity } from './vendor';

/** Which named groups make up the header fields of `NormalizedLine`. */
export interface HeaderMapping {
  /** Joined with a space, in this order. */
  timestamp: string[];
  level?: string;
  component?: string;
  host?: string;
}

export interface RegexFormat {
  kind: 'regex';
  id: string;
  description: string;
  regex: RegExp;
  messageField: string;
  header: HeaderMapping;
  /** Tie-break for detection when two formats match a sample equally well: the more specific one wins. */
  specificity: number;
  /** A level derived from other groups (syslog priority, HTTP status) where the header has no level word. */
  levelOf: ((groups: Record<string, string | undefined>) => string | null) | null;
  /**
   * A wrapper: its message may be a whole line with a header of its own (a container runtime's or a syslog
   * daemon's envelope around an application's line), which `auto` parses again (see `parse.ts`).
   */
  peel: boolean;
}

export interface StructuredFormat {
  kind: 'json' | 'logfmt';
  id: string;
  description: string;
  specificity: number;
  peel: boolean;
}

/** A format parsed by code rather than one anchored regex (vendor severities: `vendor.ts`). */
export interface FunctionFormat {
  kind: 'function';
  id: string;
  description: string;
  specificity: number;
  parse: (line: string) => StructuredParse | null;
  peel: boolean;
}

export type LogFormat = RegexFormat | StructuredFormat | FunctionFormat;

const D2 = '\\d{2}';
const HMS = `${D2}:${D2}:${D2}`;
const MON = '[A-Z][a-z]{2}';
const INT = '\\d+';
const WORD = '\\S+';
const LEVEL = '[A-Z]+';

interface LoghubSpec {
  id: string;
  format: string;
  fields: Record<string, string>;
  header: HeaderMapping;
  /** BSD-syslog layouts: the message may itself be a line with a header (a forwarded or relayed line). */
  peel?: boolean;
}

/** Format strings from logpai/logparser's benchmark settings, verified against the Loghub-2k structured CSVs. */
const LOGHUB: LoghubSpec[] = [
  {
    id: 'hdfs',
    format: '<Date> <Time> <Pid> <Level> <Component>: <Content>',
    fields: { Date: '\\d{6}', Time: '\\d{6}', Pid: INT, Level: LEVEL, Component: WORD },
    header: { timestamp: ['Date', 'Time'], level: 'Level', component: 'Component' },
  },
  {
    id: 'hadoop',
    format: '<Date> <Time> <Level> \\[<Process>\\] <Component>: <Content>',
    fields: { Date: '\\d{4}-\\d{2}-\\d{2}', Time: `${HMS},\\d{3}`, Level: LEVEL, Component: WORD },
    header: { timestamp: ['Date', 'Time'], level: 'Level', component: 'Component' },
  },
  {
    id: 'spark',
    format: '<Date> <Time> <Level> <Component>: <Content>',
    fields: { Date: `${D2}/${D2}/${D2}`, Time: HMS, Level: LEVEL, Component: WORD },
    header: { timestamp: ['Date', 'Time'], level: 'Level', component: 'Component' },
  },
  {
    id: 'zookeeper',
    format: '<Date> <Time> - <Level>  \\[<Node>:<Component>@<Id>\\] - <Content>',
    fields: { Date: '\\d{4}-\\d{2}-\\d{2}', Time: `${HMS},\\d{3}`, Level: LEVEL, Id: INT },
    header: { timestamp: ['Date', 'Time'], level: 'Level', component: 'Component', host: 'Node' },
  },
  {
    id: 'bgl',
    // Loghub puts a ground-truth column in front (`-` or an alert category); a node writes the line without it.
    // The message is required: the 95 lines of BGL_2005-06_to_08 that end at their level stay unparsed (their
    // header is their template). Parsed with an empty message they formed an empty template, and the bundle
    // trained with it (bench/model, K=100) fell from F1 0.956 to 0.866 on the test period.
    format: '(<Label> )?<Timestamp> <Date> <Node> <Time> <NodeRepeat> <Type> <Component> <Level> <Content>',
    fields: {
      Label: WORD,
      Timestamp: INT,
      Date: '\\d{4}\\.\\d{2}\\.\\d{2}',
      Node: WORD,
      Time: '\\d{4}-\\d{2}-\\d{2}-\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d+',
      NodeRepeat: WORD,
      Type: WORD,
      Component: WORD,
      Level: WORD,
    },
    header: { timestamp: ['Time'], level: 'Level', component: 'Component', host: 'Node' },
  },
  {
    id: 'hpc',
    format: '<LogId> <Node> <Component> <State> <Time> <Flag> <Content>',
    fields: { LogId: INT, Node: WORD, Component: WORD, State: WORD, Time: '\\d{9,}', Flag: '-?\\d+' },
    header: { timestamp: ['Time'], component: 'Component', host: 'Node' },
  },
  {
    id: 'thunderbird',
    format: '(<Label> )?<Timestamp> <Date> <User> <Month> <Day> <Time> <Location> <Component>(\\[<PID>\\])?: <Content>',
    fields: {
      Label: WORD,
      Timestamp: INT,
      Date: '\\d{4}\\.\\d{2}\\.\\d{2}',
      User: WORD,
      Month: MON,
      Day: '\\d{1,2}',
      Time: HMS,
      Location: WORD,
      PID: INT,
    },
    header: { timestamp: ['Date', 'Time'], component: 'Component', host: 'User' },
  },
  {
    id: 'windows',
    format: '<Date> <Time>, <Level>                  <Component>    <Content>',
    fields: { Date: '\\d{4}-\\d{2}-\\d{2}', Time: HMS, Level: '\\w+', Component: WORD },
    header: { timestamp: ['Date', 'Time'], level: 'Level', component: 'Component' },
  },
  {
    id: 'android',
    format: '<Date> <Time>  <Pid>  <Tid> <Level> <Component>: <Content>',
    fields: { Date: `${D2}-${D2}`, Time: `${HMS}\\.\\d{3}`, Pid: INT, Tid: INT, Level: '[VDIWEFA]' },
    header: { timestamp: ['Date', 'Time'], level: 'Level', component: 'Component' },
  },
  {
    id: 'healthapp',
    format: '<Time>\\|<Component>\\|<Pid>\\|<Content>',
    fields: { Time: '\\d{8}-\\d{1,2}:\\d{1,2}:\\d{1,2}:\\d{1,3}', Component: '[^|]*', Pid: INT },
    header: { timestamp: ['Time'], component: 'Component' },
  },
  {
    id: 'apache',
    format: '\\[<Time>\\] \\[<Level>\\] <Content>',
    fields: { Time: `${MON} ${MON} ${D2} ${HMS} \\d{4}`, Level: '\\w+' },
    header: { timestamp: ['Time'], level: 'Level' },
  },
  {
    id: 'proxifier',
    format: '\\[<Time>\\] <Program> - <Content>',
    fields: { Time: `${D2}\\.${D2} ${HMS}` },
    header: { timestamp: ['Time'], component: 'Program' },
  },
  {
    id: 'openssh',
    format: '<Date> <Day> <Time> <Component> sshd\\[<Pid>\\]: <Content>',
    fields: { Date: MON, Day: '\\d{1,2}', Time: HMS, Component: WORD, Pid: INT },
    header: { timestamp: ['Date', 'Day', 'Time'], host: 'Component', component: undefined },
    peel: true,
  },
  {
    id: 'openstack',
    format: '<Logrecord> <Date> <Time> <Pid> <Level> <Component> \\[<ADDR>\\] <Content>',
    fields: {
      Logrecord: WORD,
      Date: '\\d{4}-\\d{2}-\\d{2}',
      Time: `${HMS}\\.\\d{3}`,
      Pid: INT,
      Level: LEVEL,
      Component: WORD,
    },
    header: { timestamp: ['Date', 'Time'], level: 'Level', component: 'Component' },
  },
  {
    id: 'mac',
    format: '<Month>  <Date> <Time> <User> <Component>\\[<PID>\\]( \\(<Address>\\))?: <Content>',
    // A component never holds `:` or `[` (none of Mac_2k's 66 does): else a relayed line's own header would be
    // read as part of the relay's component (`app: Jun 14 … sshd(pam_unix)`).
    fields: { Month: MON, Date: '\\d{1,2}', Time: HMS, User: WORD, PID: INT, Component: '[^:\\[]*?' },
    header: { timestamp: ['Month', 'Date', 'Time'], component: 'Component', host: 'User' },
    peel: true,
  },
  {
    id: 'linux',
    format: '<Month> <Date> <Time> <Level> <Component>(\\[<PID>\\])?: <Content>',
    fields: { Month: MON, Date: '\\d{1,2}', Time: HMS, Level: WORD, PID: INT },
    header: { timestamp: ['Month', 'Date', 'Time'], component: 'Component', host: 'Level' },
    peel: true,
  },
];

interface RegexSpec {
  id: string;
  description: string;
  regex: string;
  header: HeaderMapping;
  levelOf?: NonNullable<RegexFormat['levelOf']>;
  peel?: boolean;
  /** Default 0: generic formats lose ties against a Loghub format that splits the same lines. */
  specificity?: number;
}

/** ISO 8601 date-time as container runtimes, shippers and RFC 5424 write it. */
const ISO_TS = `\\d{4}-${D2}-${D2}[T ]${HMS}(?:[.,]\\d{1,9})?(?:Z|[+-]${D2}:?${D2})?`;
/** Level words a headerless line may start with (after up to two upper-case tokens, as BGL's `RAS KERNEL`). */
const LEVEL_WORDS =
  'TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|SEVERE|CRITICAL|CRIT|ALERT|EMERG|FATAL|FAILURE|PANIC';
/** The level words in upper, lower and capitalised spelling (no inline case-insensitive groups in Node 20). */
const ANY_CASE_LEVEL_WORDS = LEVEL_WORDS.split('|')
  .flatMap((w) => [w, w.toLowerCase(), w[0] + w.slice(1).toLowerCase()])
  .join('|');

const GENERIC: RegexSpec[] = [
  {
    id: 'cri',
    description: 'CRI container log (containerd, CRI-O): RFC3339NANO-TIMESTAMP stdout|stderr F|P LINE',
    regex: `^(?<Timestamp>\\d{4}-${D2}-${D2}T${HMS}(?:\\.\\d{1,9})?(?:Z|[+-]${D2}:${D2})) (?<Stream>stdout|stderr) (?<Tag>[FP])(?: (?<Content>[\\s\\S]*))?$`,
    header: { timestamp: ['Timestamp'] },
    peel: true,
    specificity: 40,
  },
  {
    id: 'syslog-rfc5424',
    description:
      'syslog RFC 5424: [<PRI>]VERSION TIMESTAMP HOST APP PROCID MSGID [SD] MSG (PRI optional, as some files store it)',
    regex:
      '^(?:<(?<Pri>\\d{1,3})>)?(?<Version>\\d{1,2}) (?<Timestamp>-|\\d{4}-\\S+) (?<Host>\\S+) (?<App>\\S+) (?<ProcId>\\S+) (?<MsgId>\\S+) (?<SD>-|(?:\\[(?:[^\\]"]|"(?:[^"\\\\]|\\\\.)*")*\\])+)(?: \\uFEFF?(?<Content>[\\s\\S]*))?$',
    header: { timestamp: ['Timestamp'], component: 'App', host: 'Host' },
    levelOf: (g) => syslogPriorityLevel(g.Pri),
    peel: true,
  },
  {
    id: 'syslog-rfc3164',
    description: 'syslog RFC 3164 / BSD: [<PRI>]Mmm dd hh:mm:ss host tag[pid]: msg',
    regex: `^(?:<(?<Pri>\\d{1,3})>)?(?<Timestamp>${MON} +\\d{1,2} ${HMS}) (?<Host>\\S+) (?<Component>[A-Za-z/_][^\\s\\[:]*)(?:\\[(?<Pid>\\d+)\\])?: ?(?<Content>[\\s\\S]*)$`,
    header: { timestamp: ['Timestamp'], component: 'Component', host: 'Host' },
    levelOf: (g) => syslogPriorityLevel(g.Pri),
    peel: true,
  },
  {
    id: 'syslog-iso',
    description:
      'syslog with an ISO timestamp (rsyslog file format, journald export): [<PRI>]TIMESTAMP host tag[pid]: msg',
    regex: `^(?:<(?<Pri>\\d{1,3})>)?(?<Timestamp>${ISO_TS}) (?<Host>\\S+) (?<Component>[A-Za-z/_][^\\s\\[:]*)(?:\\[(?<Pid>\\d+)\\])?: ?(?<Content>[\\s\\S]*)$`,
    header: { timestamp: ['Timestamp'], component: 'Component', host: 'Host' },
    levelOf: (g) => syslogPriorityLevel(g.Pri),
    peel: true,
  },
  {
    id: 'klog',
    description: 'klog/glog: Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg',
    regex: `^(?<Level>[IWEF])(?<Date>\\d{4}) (?<Time>${HMS}\\.\\d{6})\\s+(?<Pid>\\d+) (?<Component>[^\\]\\s]+)\\] ?(?<Content>[\\s\\S]*)$`,
    header: { timestamp: ['Date', 'Time'], level: 'Level', component: 'Component' },
  },
  {
    id: 'log4j',
    description: 'log4j/logback: date time [thread] LEVEL logger - msg (thread optional, ":" also accepted)',
    regex: `^(?<Date>\\d{4}-${D2}-${D2})[ T](?<Time>${HMS}(?:[.,]\\d{1,9})?(?:Z|[+-]${D2}:?${D2})?)\\s+(?:\\[(?<Thread>[^\\]]*)\\]\\s+)?(?<Level>TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|SEVERE)\\s+(?:\\[(?<Thread2>[^\\]]*)\\]\\s+)?(?<Component>[^\\s:]+)\\s*(?:-|:)\\s+(?<Content>[\\s\\S]*)$`,
    header: { timestamp: ['Date', 'Time'], level: 'Level', component: 'Component' },
  },
  {
    id: 'http-access',
    description: 'nginx / Apache access log (common or combined): client ident user [time] "request" status size …',
    regex: `^(?<Host>\\S+) (?<Ident>\\S+) (?<User>\\S+) \\[(?<Time>[^\\]]+)\\] (?<Content>"(?:[^"\\\\]|\\\\.)*" (?<Status>\\d{3}) [\\s\\S]*)$`,
    header: { timestamp: ['Time'] },
    levelOf: (g) => httpStatusLevel(g.Status),
  },
  {
    id: 'apache-error',
    description: 'Apache 2.4 error log: [time] [module:level] [pid n:tid n] [client addr] msg',
    regex: `^\\[(?<Time>${MON} ${MON} ${D2} ${HMS}(?:\\.\\d+)? \\d{4})\\] \\[(?:(?<Module>[\\w-]+):)?(?<Level>\\w+)\\] (?:\\[pid \\d+(?::tid \\d+)?\\] )?(?:\\[client [^\\]]+\\] )?(?<Content>[\\s\\S]*)$`,
    header: { timestamp: ['Time'], level: 'Level', component: 'Module' },
  },
  {
    id: 'nginx-error',
    description: 'nginx error log: yyyy/mm/dd hh:mm:ss [level] pid#tid: [*conn] msg',
    regex: `^(?<Date>\\d{4}/${D2}/${D2}) (?<Time>${HMS}) \\[(?<Level>[a-z]+)\\] \\d+#\\d+: (?:\\*\\d+ )?(?<Content>[\\s\\S]*)$`,
    header: { timestamp: ['Date', 'Time'], level: 'Level' },
  },
  {
    id: 'logcat-threadtime',
    description: 'Android logcat -v threadtime: mm-dd hh:mm:ss.mmm pid tid L tag: msg (any padding)',
    regex: `^(?:\\d{4}-)?(?<Date>${D2}-${D2}) (?<Time>${HMS}\\.\\d{3})\\s+(?<Pid>\\d+)\\s+(?<Tid>\\d+) (?<Level>[VDIWEFA]) (?<Component>[^:]*?)\\s*: (?<Content>[\\s\\S]*)$`,
    header: { timestamp: ['Date', 'Time'], level: 'Level', component: 'Component' },
  },
  {
    id: 'logcat-brief',
    description: 'Android logcat -v brief: L/tag( pid): msg',
    regex: '^(?<Level>[VDIWEFA])\\/(?<Component>[^(]*?)\\s*\\(\\s*(?<Pid>\\d+)\\): (?<Content>[\\s\\S]*)$',
    header: { timestamp: [], level: 'Level', component: 'Component' },
  },
  {
    id: 'windows-cbs',
    description: 'Windows CBS.log / CSI: yyyy-mm-dd hh:mm:ss, Level  Component  msg (any padding)',
    regex: `^(?<Date>\\d{4}-${D2}-${D2}) (?<Time>${HMS}), (?<Level>Info|Warning|Error|Perf|Debug|Fatal)\\s+(?<Component>\\S+)\\s+(?<Content>[\\s\\S]*)$`,
    header: { timestamp: ['Date', 'Time'], level: 'Level', component: 'Component' },
  },
  {
    id: 'shipper-prefix',
    description: "a shipper's prefix: ISO-TIMESTAMP host LINE (the line parsed again)",
    // The host is not a level word (`2026-12-04T02:46:04Z ERROR disk failed` is a timestamped headerless line).
    regex: `^(?<Timestamp>${ISO_TS}) (?!(?:${ANY_CASE_LEVEL_WORDS})\\b)(?<Host>[A-Za-z0-9][\\w.:-]*) (?<Content>[\\s\\S]+)$`,
    header: { timestamp: ['Timestamp'], host: 'Host' },
    peel: true,
    specificity: -1,
  },
  {
    id: 'timestamp-prefix',
    description: 'headerless: a timestamp (ISO, BSD syslog, epoch seconds or ms) in front of the line (parsed again)',
    regex: `^(?<Timestamp>${ISO_TS}|${MON} +\\d{1,2} ${HMS}(?:\\.\\d{1,9})?(?: \\d{4})?|\\d{10}(?:\\.\\d{1,9})?|\\d{13}):? +(?<Content>[\\s\\S]+)$`,
    header: { timestamp: ['Timestamp'] },
    peel: true,
    specificity: -3,
  },
  {
    id: 'level-word',
    description: 'headerless: up to two upper-case tokens, a level word, the message (`RAS KERNEL FATAL msg`)',
    regex: `^(?:(?:[A-Z][A-Z0-9_]* +)?(?<Component>[A-Z][A-Z0-9_]*) +)?(?<Level>${LEVEL_WORDS}):? +(?<Content>[\\s\\S]*)$`,
    header: { timestamp: [], level: 'Level', component: 'Component' },
    specificity: -2,
  },
];

function specificityOf(literals: string, constrained: number): number {
  // Literal characters plus constrained fields: a rough "how much must line up" measure.
  return literals.replace(/[\\()[\]?*+.{}|^$\s]/g, '').length + 4 * constrained;
}

function buildLoghub(spec: LoghubSpec): RegexFormat {
  const compiled = compileLoghubFormat(spec.format, spec.fields);
  return {
    kind: 'regex',
    id: spec.id,
    description: `Loghub ${spec.id}: ${spec.format}`,
    regex: compiled.regex,
    messageField: compiled.messageField,
    header: spec.header,
    specificity: specificityOf(spec.format.replace(/<\w+>/g, ''), Object.keys(spec.fields).length),
    // Every format object has the same properties in the same order: `auto`'s loop reads them from one shape.
    levelOf: null,
    peel: spec.peel ?? false,
  };
}

function buildGeneric(spec: RegexSpec): RegexFormat {
  return {
    kind: 'regex',
    id: spec.id,
    description: spec.description,
    regex: new RegExp(spec.regex),
    messageField: 'Content',
    header: spec.header,
    // Generic formats lose ties against a Loghub format that splits the same lines (same message either way).
    specificity: spec.specificity ?? 0,
    levelOf: spec.levelOf ?? null,
    peel: spec.peel ?? false,
  };
}

/** Every built-in format, in the order detection breaks exact ties. */
export const BUILTIN_FORMATS: readonly LogFormat[] = [
  // Docker's json-file driver is JSON with the line in `log`: the message is parsed again, as for every wrapper.
  { kind: 'json', id: 'json', description: 'JSON lines (msg/message/log field)', specificity: 100, peel: true },
  ...GENERIC.map(buildGeneric),
  ...LOGHUB.map(buildLoghub),
  {
    kind: 'function',
    id: 'vendor-severity',
    description:
      'network-device syslog message with a vendor severity: %FACILITY-SEVERITY-MNEMONIC: or MODULE/SEVERITY/MNEMONIC:',
    specificity: -1,
    parse: parseVendorSeverity,
    peel: false,
  },
  { kind: 'logfmt', id: 'logfmt', description: 'logfmt key=value pairs (msg field)', specificity: 1, peel: true },
];

const BY_ID = new Map(BUILTIN_FORMATS.map((f) => [f.id, f]));

export function builtinFormat(id: string): LogFormat | undefined {
  return BY_ID.get(id.toLowerCase());
}

/** A user-supplied Loghub format string or regex with named groups, mapped to header fields by group name. */
export function customFormat(regex: RegExp, messageField: string, fields: string[]): RegexFormat {
  const pick = (re: RegExp) => fields.find((f) => f !== messageField && re.test(f));
  return {
    kind: 'regex',
    id: 'custom',
    description: `custom: ${regex.source}`,
    regex,
    messageField,
    header: {
      timestamp: fields.filter((f) => /^(date|time|timestamp|ts|month|day)$/i.test(f)),
      level: pick(/^(level|severity|lvl|loglevel)$/i),
      component: pick(/^(component|logger|program|app|source|module)$/i),
      host: pick(/^(host|hostname|node)$/i),
    },
    specificity: 0,
    levelOf: null,
    peel: false,
  };
}

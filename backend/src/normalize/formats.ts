/**
 * Built-in header formats: the 16 Loghub systems (format strings of logpai's benchmark, with field patterns
 * narrowed so auto-detection can tell them apart), syslog RFC 3164/5424, log4j/logback, klog/glog; JSON lines
 * and logfmt are structured formats parsed in `structured.ts`.
 */
import { compileLoghubFormat } from './loghubFormat';

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
}

export interface StructuredFormat {
  kind: 'json' | 'logfmt';
  id: string;
  description: string;
  specificity: number;
}

export type LogFormat = RegexFormat | StructuredFormat;

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
    fields: { Month: MON, Date: '\\d{1,2}', Time: HMS, User: WORD, PID: INT },
    header: { timestamp: ['Month', 'Date', 'Time'], component: 'Component', host: 'User' },
  },
  {
    id: 'linux',
    format: '<Month> <Date> <Time> <Level> <Component>(\\[<PID>\\])?: <Content>',
    fields: { Month: MON, Date: '\\d{1,2}', Time: HMS, Level: WORD, PID: INT },
    header: { timestamp: ['Month', 'Date', 'Time'], component: 'Component', host: 'Level' },
  },
];

interface RegexSpec {
  id: string;
  description: string;
  regex: string;
  header: HeaderMapping;
}

const GENERIC: RegexSpec[] = [
  {
    id: 'syslog-rfc5424',
    description: 'syslog RFC 5424: <PRI>VERSION TIMESTAMP HOST APP PROCID MSGID [SD] MSG',
    regex:
      '^<(?<Pri>\\d{1,3})>(?<Version>\\d{1,2}) (?<Timestamp>\\S+) (?<Host>\\S+) (?<App>\\S+) (?<ProcId>\\S+) (?<MsgId>\\S+) (?<SD>-|(?:\\[(?:[^\\]"]|"(?:[^"\\\\]|\\\\.)*")*\\])+)(?: (?<Content>[\\s\\S]*))?$',
    header: { timestamp: ['Timestamp'], component: 'App', host: 'Host' },
  },
  {
    id: 'syslog-rfc3164',
    description: 'syslog RFC 3164 / BSD: [<PRI>]Mmm dd hh:mm:ss host tag[pid]: msg',
    regex: `^(?:<(?<Pri>\\d{1,3})>)?(?<Timestamp>${MON} +\\d{1,2} ${HMS}) (?<Host>\\S+) (?<Component>[^\\s\\[:]+)(?:\\[(?<Pid>\\d+)\\])?: ?(?<Content>[\\s\\S]*)$`,
    header: { timestamp: ['Timestamp'], component: 'Component', host: 'Host' },
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
    specificity: 0,
  };
}

/** Every built-in format, in the order detection breaks exact ties. */
export const BUILTIN_FORMATS: readonly LogFormat[] = [
  { kind: 'json', id: 'json', description: 'JSON lines (msg/message/log field)', specificity: 100 },
  ...GENERIC.map(buildGeneric),
  ...LOGHUB.map(buildLoghub),
  { kind: 'logfmt', id: 'logfmt', description: 'logfmt key=value pairs (msg field)', specificity: 1 },
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
  };
}

/** JSON-lines and logfmt parsing: header fields come from well-known keys, the message from `msg`/`message`. */
import { severityLevel } from './levels';
import type { LogHeader } from './types';

export interface StructuredParse extends LogHeader {
  message: string;
}

const MESSAGE_KEYS = ['msg', 'message', 'log', 'MESSAGE', 'Message', 'text'];
const TIME_KEYS = ['ts', 'time', 'timestamp', '@timestamp', 't', 'datetime', 'date'];
const LEVEL_KEYS = ['level', 'lvl', 'severity', 'loglevel', 'log.level', 'levelname', 'PRIORITY', 'syslog.severity'];
const COMPONENT_KEYS = ['logger', 'component', 'caller', 'module', 'source', 'name', 'logger_name', 'app'];
const HOST_KEYS = ['host', 'hostname', 'node', 'instance', 'pod'];

function pick(record: Record<string, unknown>, keys: string[]): { key: string; value: string } | null {
  for (const key of keys) {
    const v = record[key];
    if (v !== undefined && v !== null && typeof v !== 'object') {
      return { key, value: String(v) };
    }
  }
  return null;
}

/** pino / bunyan numeric levels. */
const NUMERIC_LEVELS: ReadonlyArray<readonly [number, string]> = [
  [60, 'FATAL'],
  [50, 'ERROR'],
  [40, 'WARN'],
  [30, 'INFO'],
  [20, 'DEBUG'],
  [10, 'TRACE'],
];

/**
 * A numeric level as a word: pino/bunyan's 10–60 under any level key, a syslog severity 0–7 under journald's
 * `PRIORITY` or `syslog.severity`; other values as given.
 */
function levelWord(key: string, value: string): string {
  if (!/^\d{1,2}$/.test(value)) {
    return value;
  }
  const n = Number(value);
  if (key === 'PRIORITY' || key === 'syslog.severity') {
    return severityLevel(n) ?? value;
  }
  const word = NUMERIC_LEVELS.find(([at]) => n >= at);
  return n >= 10 && word ? word[1] : value;
}

function fromRecord(record: Record<string, unknown>): StructuredParse {
  const message = pick(record, MESSAGE_KEYS);
  const timestamp = pick(record, TIME_KEYS);
  const level = pick(record, LEVEL_KEYS);
  const component = pick(record, COMPONENT_KEYS);
  const host = pick(record, HOST_KEYS);
  let text: string;
  if (message) {
    text = message.value;
  } else {
    // No message key: the remaining pairs, minus the header, are the message (keys stay as constants).
    const used = new Set([timestamp?.key, level?.key, component?.key, host?.key]);
    text = Object.entries(record)
      .filter(([k]) => !used.has(k))
      .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join(' ');
  }
  return {
    message: text,
    timestamp: timestamp?.value ?? null,
    level: level ? levelWord(level.key, level.value) : null,
    component: component?.value ?? null,
    host: host?.value ?? null,
  };
}

export function parseJsonLine(line: string): StructuredParse | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) {
    return null;
  }
  try {
    const value: unknown = JSON.parse(trimmed);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? fromRecord(value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const LOGFMT_PAIR = /([A-Za-z_@][\w.@/-]*)=("(?:[^"\\]|\\.)*"|[^\s"]*)/y;

/** Parses `k=v k2="quoted v"` lines; null unless the whole line is pairs (at least two). */
export function parseLogfmtLine(line: string): StructuredParse | null {
  const record: Record<string, string> = {};
  let pos = 0;
  let pairs = 0;
  const s = line.trim();
  while (pos < s.length) {
    LOGFMT_PAIR.lastIndex = pos;
    const m = LOGFMT_PAIR.exec(s);
    if (!m) {
      return null;
    }
    const raw = m[2];
    record[m[1]] = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
    pairs++;
    pos = LOGFMT_PAIR.lastIndex;
    while (pos < s.length && (s[pos] === ' ' || s[pos] === '\t')) {
      pos++;
    }
    if (pos === LOGFMT_PAIR.lastIndex && pos < s.length) {
      return null;
    }
  }
  return pairs >= 2 ? fromRecord(record) : null;
}

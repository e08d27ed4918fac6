/**
 * Which built-in formats can parse a line, by the class of its first character: every header regex is anchored
 * and fixes what may come first (a digit, `[`, `<`, a capital…), so `auto` tries only those formats, in the
 * same order. Only necessary conditions: the regexes still decide (fastpaths.test.ts checks the table).
 */
import { isDigit, isSpace, isUpper } from './chars';

export const F_DIGIT = 1;
/** `I`, `W`, `E`, `F` (klog levels) */
export const F_KLOG = 2;
/** Other `[A-Z]` */
export const F_UPPER = 4;
export const F_BRACKET = 8;
export const F_ANGLE = 16;
/** Any other non-whitespace character. */
export const F_OTHER = 32;
/** Whitespace, or an empty line: only the trimming parsers (JSON, logfmt) can match. */
export const F_SPACE = 64;
export const F_ALL = 127;

const NON_SPACE = F_DIGIT | F_KLOG | F_UPPER | F_BRACKET | F_ANGLE | F_OTHER;
const CAPITAL = F_KLOG | F_UPPER;

/** First-character classes each built-in regex format accepts (`^\S`, `^\d`, `^[A-Z]`, `^\[`, `^<`…). */
export const FIRST_CHARS: Readonly<Record<string, number>> = {
  thunderbird: NON_SPACE,
  bgl: NON_SPACE,
  openstack: NON_SPACE,
  openssh: CAPITAL,
  mac: CAPITAL,
  linux: CAPITAL,
  hpc: F_DIGIT,
  hdfs: F_DIGIT,
  android: F_DIGIT,
  zookeeper: F_DIGIT,
  hadoop: F_DIGIT,
  spark: F_DIGIT,
  windows: F_DIGIT,
  healthapp: F_DIGIT,
  log4j: F_DIGIT,
  apache: F_BRACKET,
  proxifier: F_BRACKET,
  'syslog-rfc5424': F_ANGLE | F_DIGIT,
  'syslog-rfc3164': F_ANGLE | CAPITAL,
  'syslog-iso': F_ANGLE | F_DIGIT,
  klog: F_KLOG,
  cri: F_DIGIT,
  'http-access': NON_SPACE,
  'apache-error': F_BRACKET,
  'nginx-error': F_DIGIT,
  'logcat-threadtime': F_DIGIT,
  'logcat-brief': CAPITAL,
  'windows-cbs': F_DIGIT,
  'shipper-prefix': F_DIGIT,
  'timestamp-prefix': F_DIGIT | CAPITAL,
  'level-word': CAPITAL,
};

export function firstCharClass(line: string): number {
  if (line.length === 0) {
    return F_SPACE;
  }
  const c = line.charCodeAt(0);
  if (isDigit(c)) {
    return F_DIGIT;
  }
  if (isUpper(c)) {
    return c === 73 || c === 87 || c === 69 || c === 70 ? F_KLOG : F_UPPER;
  }
  if (c === 91) {
    return F_BRACKET;
  }
  if (c === 60) {
    return F_ANGLE;
  }
  return isSpace(c) ? F_SPACE : F_OTHER;
}

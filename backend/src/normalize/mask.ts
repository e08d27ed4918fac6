/**
 * Tokenising and typed masking of a message.
 *
 * Tokens are the whitespace-separated words of the message (so a template, its tokens joined by spaces, reads
 * like the original line). Inside a word, variables are replaced by typed placeholders `<TYPE>`:
 *  1. surrounding punctuation (`(`, `[`, `"`, trailing `,` `;` `:` …) is kept and the core is examined;
 *  2. a core that is a whole typed value (UUID, IP[:port], URL, e-mail, path, time/date, duration, size, hex,
 *     number, block id) becomes one placeholder;
 *  3. a core that starts with a word and a delimiter (`uid=0`, `blk_-42`, `req-<uuid>`, `node-12`) keeps that
 *     constant prefix and masks the rest by the same rules;
 *  4. otherwise, a core that contains digits is split at non-alphanumerics: if at least half of the segments
 *     contain digits the whole core is one `<ID>` (version strings, node names, compound ids), else each run of
 *     digit-bearing segments is masked and the word-like segments stay (`host.example.com:<NUM>`).
 * A segment that is a name with one trailing digit (`en0`, `md5`, `ext3`, `IPv4`, `jk2_init`) is a constant;
 * every other digit run is a variable (Drain's "tokens with digits" rule, typed).
 */
import type { MaskType, MaskedParam } from './types';

export interface MaskResult {
  tokens: string[];
  params: MaskedParam[];
}

/** Placeholder text for a mask type. */
export function placeholder(type: MaskType): string {
  return `<${type}>`;
}

/** Whole-core typed values, tried in order (most specific first). */
const TYPED: Array<[MaskType, RegExp]> = [
  ['NUM', /^[-+]?\d+(?:\.\d+)?%?$/],
  ['UUID', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i],
  ['IP', /^(?:\d{1,3}\.){3}\d{1,3}$/],
  ['TIME', /^\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?$/],
  ['IP', /^(?=[0-9a-f:]*\d)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}$/i],
  ['URL', /^[a-z][a-z0-9+.-]*:\/\/\S+$/i],
  ['EMAIL', /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/],
  ['HEX', /^0x[0-9a-f]+$/i],
  [
    'TIME',
    /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T_ -]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
  ],
  ['DURATION', /^[-+]?\d+(?:\.\d+)?(?:ns|us|µs|ms|s|sec|secs|seconds?|mins?|minutes?|h|hrs?|hours?|days?)$/i],
  ['SIZE', /^\d+(?:\.\d+)?(?:[KMGT]i?B|[kmgt]b|B|bytes?|[KMGT])$/],
  ['HEX', /^(?=[0-9a-f]*[a-f])[0-9a-f]{6,}$/i],
  ['PATH', /^(?:[A-Za-z]:)?(?:[/\\][^/\\\s]+)+[/\\]?$/],
  ['NODE', /^[A-Za-z]{0,3}\d{1,4}(?:[-:][A-Za-z]{0,3}\d{0,4}){2,}$/],
];

/** Typed values that carry no digit (so they never reach the digit path). */
const TYPED_NO_DIGIT: Array<[MaskType, RegExp]> = [
  ['URL', /^[a-z][a-z0-9+.-]*:\/\/\S+$/i],
  ['EMAIL', /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/],
  ['PATH', /^(?:[A-Za-z]:)?(?:[/\\][^/\\\s]+){2,}[/\\]?$/],
];

const PREFIX = /^([A-Za-z][A-Za-z.]*?[=:_#@.-])(.+)$/;
/** `/10.0.0.1:50010` → `/<IP>:<NUM>`: the address and port are separate variables, the punctuation stays. */
const IP_PORT = /^(\/?)((?:\d{1,3}\.){3}\d{1,3})(?::(\d{1,5}))?$/;
const LEADING = '([{<"\'`';
const TRAILING = ')]}>"\'`,;:.!?';

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      return true;
    }
  }
  return false;
}

function typeOf(core: string, table: Array<[MaskType, RegExp]>): MaskType | null {
  for (const [type, re] of table) {
    if (re.test(core)) {
      return type;
    }
  }
  return null;
}

/** Alphanumeric runs (a `-` right before a digit, after a delimiter, is a sign: `index:-1`) and delimiter runs. */
const EMBEDDED =
  /(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?::(\d{1,5}))?(?![\d.])|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const SEGMENT = /(?<![A-Za-z0-9])-\d[A-Za-z0-9]*|[A-Za-z0-9]+|(?:[^A-Za-z0-9-]|-(?!\d)|(?<=[A-Za-z0-9])-)+/g;

function isAlnum(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c === 45) {
    // `-` starts a segment only as the sign of a number (see SEGMENT).
    const d = s.charCodeAt(1);
    return d >= 48 && d <= 57;
  }
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A name with one trailing digit (`jk2`, `en0`, `md5`, `ext3`, `IPv4`) is a constant; other digit runs vary. */
function isVariableSegment(p: string): boolean {
  return hasDigit(p) && !/^[A-Za-z]+\d$/.test(p);
}

/** Masks a core that contains a digit; appends params (value, type) and returns the masked text. */
function maskCore(core: string, out: Array<{ type: MaskType; value: string }>, allowPrefix: boolean): string {
  const ipPort = IP_PORT.exec(core);
  if (ipPort) {
    out.push({ type: 'IP', value: ipPort[2] });
    if (ipPort[3] === undefined) {
      return `${ipPort[1]}<IP>`;
    }
    out.push({ type: 'NUM', value: ipPort[3] });
    return `${ipPort[1]}<IP>:<NUM>`;
  }
  const typed = typeOf(core, TYPED);
  if (typed) {
    out.push({ type: typed, value: core });
    return placeholder(typed);
  }
  if (allowPrefix) {
    const m = PREFIX.exec(core);
    if (m && hasDigit(m[2])) {
      if (m[1] === 'blk_' && /^-?\d+$/.test(m[2])) {
        out.push({ type: 'BLK', value: core });
        return 'blk_<BLK>';
      }
      // One prefix only: recursing per prefix would be quadratic (and deep) on hostile "a.a.a.…1" words.
      return m[1] + maskCore(m[2], out, false);
    }
  }
  EMBEDDED.lastIndex = 0;
  if (EMBEDDED.test(core)) {
    return maskEmbedded(core, out);
  }
  return maskSegments(core, out);
}

/**
 * IP addresses (with port) and UUIDs inside a compound word keep their type (`host/<IP>:<NUM>`,
 * `<IP>:<NUM>:Got`); the pieces around them are masked segment-wise.
 */
function maskEmbedded(core: string, out: Array<{ type: MaskType; value: string }>): string {
  let masked = '';
  let last = 0;
  EMBEDDED.lastIndex = 0;
  for (let m = EMBEDDED.exec(core); m; m = EMBEDDED.exec(core)) {
    masked += maskSegments(core.slice(last, m.index), out);
    if (m[1]) {
      out.push({ type: 'IP', value: m[1] });
      masked += '<IP>';
      if (m[2]) {
        out.push({ type: 'NUM', value: m[2] });
        masked += ':<NUM>';
      }
    } else {
      out.push({ type: 'UUID', value: m[0] });
      masked += '<UUID>';
    }
    last = m.index + m[0].length;
  }
  return masked + maskSegments(core.slice(last), out);
}

/** Segment rule (4. in the module comment) for a piece of a word. */
function maskSegments(text: string, out: Array<{ type: MaskType; value: string }>): string {
  const parts = text.match(SEGMENT) ?? [];
  let alnum = 0;
  let digits = 0;
  for (const p of parts) {
    if (isAlnum(p)) {
      alnum++;
      if (isVariableSegment(p)) {
        digits++;
      }
    }
  }
  if (digits === 0) {
    return text;
  }
  if (digits * 2 >= alnum) {
    out.push({ type: 'ID', value: text });
    return '<ID>';
  }
  // Mostly words: mask each run of digit-bearing segments (with the delimiters inside the run).
  let masked = '';
  let run = '';
  let pendingSep = '';
  for (const p of parts) {
    if (isAlnum(p) && isVariableSegment(p)) {
      run += pendingSep + p;
      pendingSep = '';
    } else if (!isAlnum(p) && run) {
      pendingSep += p;
    } else {
      if (run) {
        const type: MaskType = /^-?\d+$/.test(run) ? 'NUM' : 'ID';
        out.push({ type, value: run });
        masked += placeholder(type) + pendingSep;
        run = '';
        pendingSep = '';
      }
      masked += p;
    }
  }
  if (run) {
    const type: MaskType = /^-?\d+$/.test(run) ? 'NUM' : 'ID';
    out.push({ type, value: run });
    masked += placeholder(type) + pendingSep;
  } else {
    masked += pendingSep;
  }
  return masked;
}

const scratch: Array<{ type: MaskType; value: string }> = [];

/** Masks one whitespace-free word; pushes its params with `tokenIndex`. */
export function maskWord(word: string, tokenIndex: number, params: MaskedParam[]): string {
  const digit = hasDigit(word);
  if (!digit && !(word.includes('/') || word.includes('@') || word.includes('\\'))) {
    return word;
  }
  let start = 0;
  let end = word.length;
  while (start < end && LEADING.includes(word[start])) {
    start++;
  }
  while (end > start && TRAILING.includes(word[end - 1])) {
    end--;
  }
  const core = word.slice(start, end);
  if (core === '') {
    return word;
  }
  let masked: string;
  scratch.length = 0;
  if (digit) {
    masked = maskCore(core, scratch, true);
  } else {
    const type = typeOf(core, TYPED_NO_DIGIT);
    if (!type) {
      return word;
    }
    scratch.push({ type, value: core });
    masked = placeholder(type);
  }
  for (const p of scratch) {
    params.push({ type: p.type, value: p.value, tokenIndex });
  }
  return word.slice(0, start) + masked + word.slice(end);
}

/** Splits a message into whitespace-separated tokens and masks the variables of each. Never throws. */
export function maskMessage(message: string): MaskResult {
  const tokens: string[] = [];
  const params: MaskedParam[] = [];
  const text = typeof message === 'string' ? message : String(message);
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) {
      i++;
    }
    if (i >= n) {
      break;
    }
    const start = i;
    while (i < n && !isSpace(text.charCodeAt(i))) {
      i++;
    }
    tokens.push(maskWord(text.slice(start, i), tokens.length, params));
  }
  return { tokens, params };
}

/** Exactly JavaScript's `\s`. */
function isSpace(c: number): boolean {
  if (c <= 32) {
    return c === 32 || (c >= 9 && c <= 13);
  }
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

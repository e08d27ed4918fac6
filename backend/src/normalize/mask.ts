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
 *  2b. a comma-joined list of values of one shape (`10.0.0.1,10.0.0.2`) is one placeholder.
 * A segment that is a name with one trailing digit (`en0`, `md5`, `ext3`, `IPv4`, `jk2_init`) is a constant;
 * every other digit run is a variable (Drain's "tokens with digits" rule, typed).
 *
 * Across words, a variable whose length varies from line to line stays one token, so it does not change the
 * token count (which keys the template tree) — measured on Loghub-2k in bench/parse/README.md:
 *  - a run of one masked shape (`blk_<BLK> blk_<BLK> …`) is one token;
 *  - a number and its unit word (`1,234 bytes`, `12 ms`) are one `<SIZE>`/`<DURATION>`, with a parenthesised
 *    restatement (`1,234 bytes (1.2 KB)`);
 *  - a date in words around a time (`Fri Jun 17 20:55:07 2005`) is one `<TIME>`;
 *  - a `key="quoted value"` is one token.
 */
import { C_COMMA, C_DASH, C_DIGIT, C_DOT, C_COLON, C_SLASH, classBits, isSpace } from './chars';
import { isVariableRange, segmentEnd, segmentIsAlnum } from './segments';
import { TYPED, TYPED_NO_DIGIT, typeOf } from './typed';
import type { MaskType, MaskedParam } from './types';

export interface MaskResult {
  tokens: string[];
  params: MaskedParam[];
}

/** Placeholder text for a mask type. */
export function placeholder(type: MaskType): string {
  return `<${type}>`;
}

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

/** IPv4 addresses (with port) and UUIDs inside a word. */
const EMBEDDED =
  /(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?::(\d{1,5}))?(?![\d.])|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Necessary for an EMBEDDED match: three dots (IPv4) or a dash and 36 characters (UUID). */
function mayEmbed(core: string, bits: number): boolean {
  if ((bits & C_DASH) !== 0 && core.length >= 36) {
    return true;
  }
  if ((bits & C_DOT) === 0) {
    return false;
  }
  let dots = 0;
  for (let i = core.indexOf('.'); i >= 0 && dots < 3; i = core.indexOf('.', i + 1)) {
    dots++;
  }
  return dots >= 3;
}

function only(bits: number, allowed: number): boolean {
  return (bits & ~allowed) === 0;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Masks a core that contains a digit; appends params (value, type) and returns the masked text. */
function maskCore(core: string, out: Array<{ type: MaskType; value: string }>, allowPrefix: boolean): string {
  const bits = classBits(core);
  // IP_PORT needs a dot and only digits, dots, `:` and `/`.
  const ipPort = (bits & C_DOT) !== 0 && only(bits, C_DIGIT | C_DOT | C_COLON | C_SLASH) ? IP_PORT.exec(core) : null;
  if (ipPort) {
    out.push({ type: 'IP', value: ipPort[2] });
    if (ipPort[3] === undefined) {
      return `${ipPort[1]}<IP>`;
    }
    out.push({ type: 'NUM', value: ipPort[3] });
    return `${ipPort[1]}<IP>:<NUM>`;
  }
  const typed = typeOf(core, bits, TYPED);
  if (typed) {
    out.push({ type: typed, value: core });
    return placeholder(typed);
  }
  if ((bits & C_COMMA) !== 0) {
    const list = maskList(core, out);
    if (list !== null) {
      return list;
    }
  }
  if (allowPrefix && isAsciiLetter(core.charCodeAt(0))) {
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
  if (mayEmbed(core, bits)) {
    EMBEDDED.lastIndex = 0;
    if (EMBEDDED.test(core)) {
      return maskEmbedded(core, out);
    }
  }
  return maskSegments(core, out);
}

/**
 * A comma-joined list of values of one shape (`10.0.0.1,10.0.0.2`, `3,4,5`, `a:1,b:2` is not one) is one
 * variable: the list's length varies from line to line (an `X-Forwarded-For` chain), and splitting it would
 * change the token count and so the template. Null when the parts differ in shape or one is not a variable.
 */
function maskList(core: string, out: Array<{ type: MaskType; value: string }>): string | null {
  const parts = core.split(',');
  const mark = out.length;
  let shape: string | null = null;
  for (const part of parts) {
    if (part === '' || !hasDigit(part)) {
      out.length = mark;
      return null;
    }
    const masked = maskCore(part, out, false);
    if ((shape !== null && masked !== shape) || !isPlaceholderShape(masked)) {
      out.length = mark;
      return null;
    }
    shape = masked;
  }
  // One variable, one param: the whole list is its value (typed by its first element's first value).
  const type = out[mark].type;
  out.length = mark;
  out.push({ type, value: core });
  return shape;
}

/** Placeholders and punctuation only (`<IP>:<NUM>`, `<NUM>`), no constant word. */
function isPlaceholderShape(masked: string): boolean {
  return /^(?:<[A-Z]+>|[^A-Za-z0-9<>])+$/.test(masked) && masked.includes('<');
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
  const n = text.length;
  let alnum = 0;
  let digits = 0;
  for (let i = 0; i < n;) {
    const end = segmentEnd(text, i);
    if (segmentIsAlnum(text, i)) {
      alnum++;
      if (isVariableRange(text, i, end)) {
        digits++;
      }
    }
    i = end;
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
  for (let i = 0; i < n;) {
    const end = segmentEnd(text, i);
    const isAlnum = segmentIsAlnum(text, i);
    const p = text.slice(i, end);
    if (isAlnum && isVariableRange(text, i, end)) {
      run += pendingSep + p;
      pendingSep = '';
    } else if (!isAlnum && run) {
      pendingSep += p;
    } else {
      if (run) {
        masked += flushRun(run, out) + pendingSep;
        run = '';
        pendingSep = '';
      }
      masked += p;
    }
    i = end;
  }
  return run ? masked + flushRun(run, out) + pendingSep : masked + pendingSep;
}

/** A run of digit-bearing segments: `<NUM>` when it is a (signed) integer, else `<ID>`. */
function flushRun(run: string, out: Array<{ type: MaskType; value: string }>): string {
  const type: MaskType = /^-?\d+$/.test(run) ? 'NUM' : 'ID';
  out.push({ type, value: run });
  return placeholder(type);
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
    const type = typeOf(core, classBits(core), TYPED_NO_DIGIT);
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

/** Longest quoted value kept as one token. */
const MAX_QUOTED = 256;

/**
 * End of a `key="…"` value that the word `text[start, end)` opens but does not close: just past the closing
 * quote's word, or `end` when the word is no such opening (or the quote does not close within `MAX_QUOTED`).
 */
function quotedValueEnd(text: string, start: number, end: number): number {
  // Bounded scans only: a long line of quote-bearing words must stay linear.
  let eq = -1;
  for (let k = start; k < end - 1 && eq < 0; k++) {
    if (text.charCodeAt(k) === 61 && text.charCodeAt(k + 1) === 34) {
      eq = k;
    }
  }
  if (eq < 0) {
    return end;
  }
  for (let k = eq + 2; k < end; k++) {
    if (text.charCodeAt(k) === 34) {
      return end;
    }
  }
  const limit = Math.min(text.length, end + MAX_QUOTED);
  let q = -1;
  for (let k = end; k < limit && q < 0; k++) {
    if (text.charCodeAt(k) === 34) {
      q = k;
    }
  }
  if (q < 0) {
    return end;
  }
  let k = q + 1;
  while (k < text.length && !isSpace(text.charCodeAt(k))) {
    k++;
  }
  return k;
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
    // Whether maskWord could change the word (a digit, `/`, `@` or `\\`): most words are plain.
    let maskable = false;
    let quote = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c <= 57) {
        if (c >= 47) {
          maskable = true;
        } else if (isSpace(c)) {
          break;
        } else if (c === 34) {
          quote = true;
        }
      } else if (c === 64 || c === 92) {
        maskable = true;
      } else if (c > 127 && isSpace(c)) {
        break;
      }
      i++;
    }
    const close = quote ? quotedValueEnd(text, start, i) : i;
    if (close > i) {
      // `key="a quoted value"` is one value however many words it has (logfmt quoting).
      for (let k = i; k < close && !maskable; k++) {
        const c = text.charCodeAt(k);
        maskable = (c >= 47 && c <= 57) || c === 64 || c === 92;
      }
      i = close;
    }
    const word = text.slice(start, i);
    if (!maskable) {
      tokens.push(word);
      continue;
    }
    const mark = params.length;
    const masked = maskWord(word, tokens.length, params);
    if (params.length > mark && tokens.length > 0 && tokens[tokens.length - 1] === masked) {
      // A run of one masked shape (`blk_<BLK> blk_<BLK> …`, `<NUM> <NUM> <NUM>`) is a variable-length list:
      // one token, so the list's length does not change the template. Its values stay params of that token.
      for (let p = mark; p < params.length; p++) {
        params[p].tokenIndex = tokens.length - 1;
      }
      continue;
    }
    tokens.push(masked);
  }
  // The joins below need a time (dates) or a number (quantities): most lines have neither, or few params.
  let time = false;
  let num = false;
  for (const p of params) {
    time ||= p.type === 'TIME';
    num ||= p.type === 'NUM';
  }
  let result: MaskResult = { tokens, params };
  if (time) {
    result = joinDateTimes(result.tokens, result.params);
  }
  if (num) {
    result = joinQuantities(result.tokens, result.params);
  }
  return result;
}

const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?$/i;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?$/i;
const FULL_MONTH =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\.?,?$/i;
const FULL_WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?$/i;

/**
 * A date written in words around a time (`Fri Jun 17 20:55:07 2005`, `17 Jun 2005 10:00:01`) is one `<TIME>`:
 * its weekday and month names would otherwise be constants that split one event into a template per day.
 * Only a run that holds a month name is joined; the time alone stays `<TIME>`.
 */
function joinDateTimes(tokens: string[], params: MaskedParam[]): MaskResult {
  const byToken = new Map<number, MaskedParam>();
  for (const p of params) {
    byToken.set(p.tokenIndex, p);
  }
  const isDay = (i: number) => tokens[i] === '<NUM>' && /^\d{1,4},?$/.test(byToken.get(i)?.value ?? '');
  const isMonth = (t: string) => MONTH.test(t) && FULL_MONTH.test(t);
  const isWeekday = (t: string) => WEEKDAY.test(t) && FULL_WEEKDAY.test(t);
  const runs: Array<[number, number]> = [];
  for (let j = 0; j < tokens.length; j++) {
    if (tokens[j] !== '<TIME>') {
      continue;
    }
    let start = j;
    let month = false;
    while (start > 0 && start > j - 4) {
      const t = tokens[start - 1];
      if (isMonth(t)) {
        month = true;
      } else if (!(isWeekday(t) || isDay(start - 1))) {
        break;
      }
      start--;
    }
    let end = j + 1;
    if (!month) {
      // `2005 Jun 17` before the time is covered above; `10:00:01 Jun 17 2005` after it:
      while (end < tokens.length && end < j + 4 && (isMonth(tokens[end]) || isDay(end))) {
        month ||= isMonth(tokens[end]);
        end++;
      }
      if (!month) {
        continue;
      }
    } else if (end < tokens.length && isDay(end) && /^\d{4}$/.test(byToken.get(end)?.value ?? '')) {
      end++;
    }
    runs.push([start, end]);
    j = end - 1;
  }
  if (runs.length === 0) {
    return { tokens, params };
  }
  const outTokens: string[] = [];
  const outParams: MaskedParam[] = [];
  const newIndex: number[] = [];
  let r = 0;
  for (let i = 0; i < tokens.length; i++) {
    const run = runs[r];
    if (run && i === run[0]) {
      const value = tokens
        .slice(run[0], run[1])
        .map((t, k) => byToken.get(run[0] + k)?.value ?? t)
        .join(' ');
      for (let k = run[0]; k < run[1]; k++) {
        newIndex[k] = -1;
      }
      outParams.push({ type: 'TIME', value, tokenIndex: outTokens.length });
      outTokens.push('<TIME>');
      i = run[1] - 1;
      r++;
      continue;
    }
    newIndex[i] = outTokens.length;
    outTokens.push(tokens[i]);
  }
  for (const p of params) {
    const at = newIndex[p.tokenIndex];
    if (at !== undefined && at >= 0) {
      outParams.push({ ...p, tokenIndex: at });
    }
  }
  outParams.sort((a, b) => a.tokenIndex - b.tokenIndex);
  return { tokens: outTokens, params: outParams };
}

const SIZE_UNIT = /^(?:[KMGTP]i?B|[kmgtp]b|B|bytes?|octets?)$/;
const DURATION_UNIT = /^(?:ns|us|µs|ms|msecs?|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?)$/i;
/** `<NUM>` with leading punctuation (`(`, `<`, `[`), and a unit word with trailing punctuation. */
const NUM_TOKEN = /^([([{<"']*)<NUM>$/;
const UNIT_TOKEN = /^(\S+?)([)\]},;:.!?"']*)$/;

/** The quantity type a unit word (with trailing punctuation) names, or null. */
function unitType(token: string): MaskType | null {
  const c = token.charCodeAt(0);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 181)) {
    return null;
  }
  const unit = UNIT_TOKEN.exec(token)?.[1] ?? '';
  return SIZE_UNIT.test(unit) ? 'SIZE' : DURATION_UNIT.test(unit) ? 'DURATION' : null;
}

/**
 * A number and its unit written as two words are one quantity: `1,234 bytes` → `<SIZE>`, `<1 sec` → `<<DURATION>`,
 * and a quantity restated in parentheses right after another (`1234 bytes (1.2 KB)`) is the same variable, so
 * the restatement (which some lines have and others not) does not change the token count.
 */
function joinQuantities(tokens: string[], params: MaskedParam[]): MaskResult {
  let any = false;
  for (let i = 0; i + 1 < tokens.length && !any; i++) {
    any = tokens[i].endsWith('<NUM>') && unitType(tokens[i + 1]) !== null;
  }
  if (!any) {
    return { tokens, params };
  }
  let changed = false;
  const out: string[] = [];
  const outParams: MaskedParam[] = [];
  let p = 0;
  // params are in token order; take those of token i.
  const take = (i: number): MaskedParam[] => {
    const mine: MaskedParam[] = [];
    while (p < params.length && params[p].tokenIndex <= i) {
      if (params[p].tokenIndex === i) {
        mine.push(params[p]);
      }
      p++;
    }
    return mine;
  };
  for (let i = 0; i < tokens.length; i++) {
    const own = take(i);
    const num = NUM_TOKEN.exec(tokens[i]);
    const unit = num && i + 1 < tokens.length ? UNIT_TOKEN.exec(tokens[i + 1]) : null;
    const type = unit ? unitType(tokens[i + 1]) : null;
    if (num && unit && type && own.length === 1) {
      changed = true;
      const value = `${own[0].value} ${unit[1]}`;
      const prev = out.length > 0 ? out[out.length - 1] : '';
      const text = `${num[1]}<${type}>${unit[2]}`;
      if (num[1] === '(' && unit[2].startsWith(')') && prev === `<${type}>`) {
        // A restatement in other units: one variable with the quantity before it.
        outParams[outParams.length - 1].value += ` (${value})`;
        out[out.length - 1] = prev + unit[2].slice(1);
      } else {
        outParams.push({ type, value, tokenIndex: out.length });
        out.push(text);
      }
      i++;
      continue;
    }
    for (const q of own) {
      outParams.push({ ...q, tokenIndex: out.length });
    }
    out.push(tokens[i]);
  }
  return changed ? { tokens: out, params: outParams } : { tokens, params };
}

/**
 * Whole-core typed values for masking, each with a cheap necessary condition on the core's character classes
 * (`classBits`) so most regexes are never run: a guard may only reject cores its regex cannot match
 * (typed.test.ts checks that on hostile input).
 */
import {
  C_AT,
  C_BACKSLASH,
  C_COLON,
  C_COMMA,
  C_DASH,
  C_DIGIT,
  C_DOT,
  C_HEX,
  C_ALPHA,
  C_PCT,
  C_PLUS,
  C_SLASH,
  isDigit,
} from './chars';
import type { MaskType } from './types';

export interface TypedValue {
  type: MaskType;
  regex: RegExp;
  /** False only when `regex` cannot match `core` (whose `classBits` are `bits`). */
  may: (bits: number, core: string) => boolean;
}

const only = (bits: number, allowed: number) => (bits & ~allowed) === 0;
const signedDigit = (c: number) => isDigit(c) || c === 43 || c === 45;

const URL: TypedValue = {
  type: 'URL',
  regex: /^[a-z][a-z0-9+.-]*:\/\/\S+$/i,
  may: (bits) => (bits & (C_COLON | C_SLASH)) === (C_COLON | C_SLASH),
};
const EMAIL: TypedValue = {
  type: 'EMAIL',
  regex: /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/,
  may: (bits) => (bits & C_AT) !== 0,
};
const hasSlash = (bits: number) => (bits & (C_SLASH | C_BACKSLASH)) !== 0;

/** Tried in order (most specific first) on a core that contains a digit. */
export const TYPED: readonly TypedValue[] = [
  {
    type: 'NUM',
    regex: /^[-+]?\d+(?:\.\d+)?%?$/,
    may: (bits) => only(bits, C_DIGIT | C_DASH | C_PLUS | C_DOT | C_PCT),
  },
  {
    type: 'UUID',
    regex: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    may: (bits, core) => core.length === 36 && only(bits, C_DIGIT | C_HEX | C_DASH),
  },
  { type: 'IP', regex: /^(?:\d{1,3}\.){3}\d{1,3}$/, may: (bits) => only(bits, C_DIGIT | C_DOT) },
  {
    type: 'TIME',
    regex: /^\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?$/,
    may: (bits) => (bits & C_COLON) !== 0 && only(bits, C_DIGIT | C_COLON | C_DOT | C_COMMA),
  },
  {
    type: 'IP',
    regex: /^(?=[0-9a-f:]*\d)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}$/i,
    may: (bits) => (bits & C_COLON) !== 0 && only(bits, C_DIGIT | C_HEX | C_COLON),
  },
  URL,
  EMAIL,
  {
    type: 'HEX',
    regex: /^0x[0-9a-f]+$/i,
    may: (_bits, core) => core.charCodeAt(0) === 48 && (core.charCodeAt(1) | 32) === 120,
  },
  {
    type: 'TIME',
    regex:
      /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T_ -]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
    may: (_bits, core) => {
      const c = core.charCodeAt(4);
      return isDigit(core.charCodeAt(0)) && (c === 45 || c === 47 || c === 46);
    },
  },
  {
    // Every unit has an ASCII letter (`µs` too); non-ASCII never case-folds to ASCII without the `u` flag.
    type: 'DURATION',
    regex: /^[-+]?\d+(?:\.\d+)?(?:ns|us|µs|ms|s|sec|secs|seconds?|mins?|minutes?|h|hrs?|hours?|days?)$/i,
    may: (bits, core) => signedDigit(core.charCodeAt(0)) && (bits & (C_HEX | C_ALPHA)) !== 0,
  },
  {
    type: 'SIZE',
    regex: /^\d+(?:\.\d+)?(?:[KMGT]i?B|[kmgt]b|B|bytes?|[KMGT])$/,
    may: (bits, core) => isDigit(core.charCodeAt(0)) && (bits & (C_HEX | C_ALPHA)) !== 0,
  },
  {
    type: 'HEX',
    regex: /^(?=[0-9a-f]*[a-f])[0-9a-f]{6,}$/i,
    may: (bits, core) => core.length >= 6 && (bits & C_HEX) !== 0 && only(bits, C_DIGIT | C_HEX),
  },
  { type: 'PATH', regex: /^(?:[A-Za-z]:)?(?:[/\\][^/\\\s]+)+[/\\]?$/, may: hasSlash },
  {
    type: 'NODE',
    regex: /^[A-Za-z]{0,3}\d{1,4}(?:[-:][A-Za-z]{0,3}\d{0,4}){2,}$/,
    may: (bits) => (bits & (C_DASH | C_COLON)) !== 0 && only(bits, C_DIGIT | C_HEX | C_ALPHA | C_DASH | C_COLON),
  },
];

/** Typed values that carry no digit (so they never reach the digit path). */
export const TYPED_NO_DIGIT: readonly TypedValue[] = [
  URL,
  EMAIL,
  { type: 'PATH', regex: /^(?:[A-Za-z]:)?(?:[/\\][^/\\\s]+){2,}[/\\]?$/, may: hasSlash },
];

/** The first type of `table` whose regex matches the whole core, or null. */
export function typeOf(core: string, bits: number, table: readonly TypedValue[]): MaskType | null {
  for (const t of table) {
    if (t.may(bits, core) && t.regex.test(core)) {
      return t.type;
    }
  }
  return null;
}

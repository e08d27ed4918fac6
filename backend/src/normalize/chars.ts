/** Character classes by code unit, for scans that must agree exactly with the regexes they stand in for. */

/** Exactly JavaScript's `\s` (also what `String.prototype.trim` removes). */
export function isSpace(c: number): boolean {
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

/** `[0-9]`; false for NaN (reads past the end). */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `[A-Z]` */
export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** `[a-z]` */
export function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** `[A-Za-z0-9]` */
export function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Bits of `classBits`: which kinds of character a word contains. */
export const C_DIGIT = 1;
/** `[a-fA-F]` */
export const C_HEX = 2;
/** ASCII letters other than `[a-fA-F]` */
export const C_ALPHA = 4;
export const C_DOT = 8;
export const C_COLON = 16;
export const C_DASH = 32;
export const C_PLUS = 64;
export const C_PCT = 128;
export const C_SLASH = 256;
export const C_BACKSLASH = 512;
export const C_AT = 1024;
export const C_UNDERSCORE = 2048;
export const C_COMMA = 4096;
/** Anything else, non-ASCII included. */
export const C_OTHER = 8192;

const ASCII_CLASS = new Uint16Array(128).fill(C_OTHER);
for (let c = 48; c <= 57; c++) {
  ASCII_CLASS[c] = C_DIGIT;
}
for (let c = 65; c <= 90; c++) {
  ASCII_CLASS[c] = C_ALPHA;
  ASCII_CLASS[c + 32] = C_ALPHA;
}
for (let c = 65; c <= 70; c++) {
  ASCII_CLASS[c] = C_HEX;
  ASCII_CLASS[c + 32] = C_HEX;
}
ASCII_CLASS[46] = C_DOT;
ASCII_CLASS[58] = C_COLON;
ASCII_CLASS[45] = C_DASH;
ASCII_CLASS[43] = C_PLUS;
ASCII_CLASS[37] = C_PCT;
ASCII_CLASS[47] = C_SLASH;
ASCII_CLASS[92] = C_BACKSLASH;
ASCII_CLASS[64] = C_AT;
ASCII_CLASS[95] = C_UNDERSCORE;
ASCII_CLASS[44] = C_COMMA;

/** Union of the `C_*` classes of the characters of `s`. */
export function classBits(s: string): number {
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    bits |= c < 128 ? ASCII_CLASS[c] : C_OTHER;
  }
  return bits;
}

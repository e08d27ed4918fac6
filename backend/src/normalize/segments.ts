/**
 * A scanner equivalent to `text.match(SEGMENT)` with
 * `SEGMENT = /(?<![A-Za-z0-9])-\d[A-Za-z0-9]*|[A-Za-z0-9]+|(?:[^A-Za-z0-9-]|-(?!\d)|(?<=[A-Za-z0-9])-)+/g`,
 * without the array and substrings: the segments tile the text, and each is "alphanumeric" (one of the first
 * two alternatives: a signed or plain alphanumeric run) or a delimiter run.
 */
import { isAlnumCode, isDigit } from './chars';

/** End (exclusive) of the segment that starts at `start`; its kind is `segmentIsAlnum(text, start)`. */
export function segmentEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  if (segmentIsAlnum(text, start)) {
    i += text.charCodeAt(i) === 45 ? 2 : 1;
    while (i < n && isAlnumCode(text.charCodeAt(i))) {
      i++;
    }
    return i;
  }
  // Delimiter run: stops at an alphanumeric, or at a `-` that starts a signed number (the run's last
  // character is never alphanumeric, so the lookbehind cannot rescue it).
  i++;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAlnumCode(c) || (c === 45 && isDigit(text.charCodeAt(i + 1)))) {
      break;
    }
    i++;
  }
  return i;
}

/** Whether the segment starting at `start` is alphanumeric: `[A-Za-z0-9]`, or a `-` sign before a digit. */
export function segmentIsAlnum(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c === 45) {
    return isDigit(text.charCodeAt(start + 1)) && !(start > 0 && isAlnumCode(text.charCodeAt(start - 1)));
  }
  return isAlnumCode(c);
}

/** `hasDigit(seg) && !/^[A-Za-z]+\d$/.test(seg)` on `text.slice(start, end)` (see `isVariableSegment`). */
export function isVariableRange(text: string, start: number, end: number): boolean {
  let digit = false;
  let letters = true;
  for (let i = start; i < end - 1; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      digit = true;
      letters = false;
    } else if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
      letters = false;
    }
  }
  const last = text.charCodeAt(end - 1);
  if (!isDigit(last)) {
    return digit;
  }
  // Ends in a digit: constant only for "letters, then that one digit".
  return !(letters && end - start >= 2);
}

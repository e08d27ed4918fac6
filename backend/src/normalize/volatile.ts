/**
 * Trailing tokens that a shipper or a framework appends and that differ on every line: a counter ` #123`, a
 * request / trace id (`request_id=…`, `trace_id=…`, `req-<uuid>`). Masked they would still be one extra token,
 * so the same message would get another template (a unique ` #N` on each OpenSSH line raised the flagged share
 * from 9.4 % to 53.4 %); they are left out of the tokens (the message keeps them). Only at the end of the
 * message: an id inside a message is part of its shape and is masked as usual.
 */
import { isSpace } from './chars';

const VOLATILE =
  /^(?:#\d+|(?:x-)?(?:request|req|trace|span|correlation)[_-]?id[=:]\S+|[[(]?req-[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}[\])]?)$/i;
/** A line may carry more than one (`… request_id=… #12`). */
const MAX_STRIPPED = 3;

/**
 * Necessary for a VOLATILE token in `message[start, end)`, without a slice: `#` and a digit, a bracket, or a
 * `c r s t x` key with `=` or `:` in it, or `req-` (most last words are plain words: `corrected`, `state`).
 */
function mayBeVolatile(message: string, start: number, end: number): boolean {
  const c = message.charCodeAt(start);
  if (c === 35) {
    const d = message.charCodeAt(start + 1);
    return d >= 48 && d <= 57;
  }
  if (c === 40 || c === 91) {
    return true;
  }
  const lower = c | 0x20;
  if (lower !== 99 && lower !== 114 && lower !== 115 && lower !== 116 && lower !== 120) {
    return false;
  }
  for (let i = start + 1; i < end; i++) {
    const k = message.charCodeAt(i);
    if (k === 61 || k === 58 || (k === 45 && i === start + 3)) {
      return true;
    }
  }
  return false;
}

/** `message` without its trailing volatile tokens (and the whitespace before them); itself when there are none. */
export function stripVolatileSuffix(message: string): string {
  let end = message.length;
  for (let n = 0; n < MAX_STRIPPED; n++) {
    while (end > 0 && isSpace(message.charCodeAt(end - 1))) {
      end--;
    }
    let start = end;
    while (start > 0 && !isSpace(message.charCodeAt(start - 1))) {
      start--;
    }
    // A token that is the whole message stays: it is the message (stripped, it would make an empty template, see
    // the bgl format in formats.ts).
    if (
      start === 0 ||
      start === end ||
      !mayBeVolatile(message, start, end) ||
      !VOLATILE.test(message.slice(start, end))
    ) {
      break;
    }
    end = start;
  }
  while (end > 0 && isSpace(message.charCodeAt(end - 1))) {
    end--;
  }
  return end === message.length ? message : message.slice(0, end);
}

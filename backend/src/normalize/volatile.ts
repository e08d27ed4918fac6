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

/** Necessary for a VOLATILE token: its first character (`#`, `[`, `(`, or the first letter of a key). */
function mayBeVolatile(c: number): boolean {
  const lower = c | 0x20;
  // '#', '(', '['; c r s t x (either case)
  return (
    c === 35 || c === 40 || c === 91 || lower === 99 || lower === 114 || lower === 115 || lower === 116 || lower === 120
  );
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
      !mayBeVolatile(message.charCodeAt(start)) ||
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

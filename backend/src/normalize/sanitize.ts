/** Making arbitrary input safe to parse: never throws, bounded length, no control characters. */

/**
 * The one cap on the characters of one raw entry, for the service (MAX_LINE_LENGTH's default), its workers, the
 * watcher and the CLI: longer entries are cut and flagged `truncated`, so a line templates the same everywhere.
 */
export const DEFAULT_MAX_LINE_LENGTH = 4096;

// C0 controls except \t \n, DEL and C1 controls; lone UTF-16 surrogates (invalid UTF-8 decodes to U+FFFD,
// which is kept as an ordinary character).

const CONTROL =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function replaceControlChars(text: string): string {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text) ? text.replace(CONTROL, (c) => (c.length === 1 && c < '\ud800' ? ' ' : '\ufffd')) : text;
}

export function truncate(text: string, max: number): { text: string; truncated: boolean } {
  if (text.length <= max) {
    return { text, truncated: false };
  }
  let end = max;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) {
    end--; // do not split a surrogate pair
  }
  return { text: text.slice(0, end), truncated: true };
}

/** First non-blank line (the head) and the remaining lines (stack traces, continuation), `\r` removed. */
export function splitEntry(text: string): { head: string; rest: string } {
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const line = nl < 0 ? text.slice(start) : text.slice(start, nl);
    if (line.trim() !== '' || nl < 0) {
      const head = line.endsWith('\r') ? line.slice(0, -1) : line;
      const rest =
        nl < 0
          ? ''
          : text
              .slice(nl + 1)
              .replace(/\r\n?/g, '\n')
              .replace(/\s+$/, '');
      return { head, rest };
    }
    start = nl + 1;
  }
}

/**
 * Small, safe edits of a LogQL query for include/exclude buttons: a label matcher inside the stream selector, or
 * a line filter after it. Only the leading selector `{…}` is edited; a query without one is left as it is.
 */

export type MatchOp = '=' | '!=';

/** LogQL string literal (double-quoted, backslash and quote escaped). */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Finds the end of the leading stream selector, skipping braces inside quoted values. -1 when there is none. */
function selectorEnd(expr: string): { open: number; close: number } | null {
  const open = expr.search(/\S/);
  if (open < 0 || expr[open] !== '{') {
    return null;
  }
  let inString: string | null = null;
  for (let i = open + 1; i < expr.length; i++) {
    const c = expr[i];
    if (inString) {
      if (c === '\\') {
        i++;
      } else if (c === inString) {
        inString = null;
      }
    } else if (c === '"' || c === '`') {
      inString = c;
    } else if (c === '}') {
      return { open, close: i };
    }
  }
  return null;
}

/** `{job="hdfs"}` + host != "a" → `{job="hdfs", host!="a"}`; replaces an existing matcher of the same label. */
export function withLabelMatcher(expr: string, label: string, op: MatchOp, value: string): string {
  const sel = selectorEnd(expr);
  if (!sel || !LABEL_NAME.test(label)) {
    return expr;
  }
  const inner = expr.slice(sel.open + 1, sel.close).trim();
  const matcher = `${label}${op}${quote(value)}`;
  const existing = new RegExp(`(^|,)\\s*${label}\\s*(=|!=|=~|!~)\\s*("(?:[^"\\\\]|\\\\.)*"|\`[^\`]*\`)\\s*(?=,|$)`);
  const next = existing.test(inner)
    ? inner.replace(existing, (_m, lead: string) => `${lead}${lead ? ' ' : ''}${matcher}`)
    : inner
      ? `${inner}, ${matcher}`
      : matcher;
  return `${expr.slice(0, sel.open)}{${next}}${expr.slice(sel.close + 1)}`;
}

/** Appends a line filter (`|= "x"` keeps lines containing x, `!= "x"` drops them) right after the selector. */
export function withLineFilter(expr: string, op: '|=' | '!=', value: string): string {
  const sel = selectorEnd(expr);
  if (!sel) {
    return expr;
  }
  const head = expr.slice(0, sel.close + 1);
  const rest = expr.slice(sel.close + 1);
  return `${head} ${op} ${quote(value)}${rest}`;
}

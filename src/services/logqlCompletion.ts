/**
 * What to complete at the cursor of a LogQL query: a label name inside the stream selector, a value of the label
 * whose matcher the cursor is in, or a pipeline stage after `|`. A left-to-right scan of the text before the cursor
 * (strings and selector braces tracked), not the lezer tree: a query being typed is incomplete, and the LogQL
 * grammar's error recovery does not say which matcher an unterminated string belongs to.
 */
export type CompletionContext =
  | { kind: 'label'; from: number; prefix: string }
  | { kind: 'value'; label: string; from: number; prefix: string; quote: string }
  | { kind: 'pipeline'; from: number; prefix: string }
  | { kind: 'none' };

/** Parsers, formatters and filters that may follow `|` (LogQL log pipeline). */
export const PIPELINE_STAGES = [
  'json',
  'logfmt',
  'pattern',
  'regexp',
  'unpack',
  'line_format',
  'label_format',
  'decolorize',
  'drop',
  'keep',
  'unwrap',
] as const;

const IDENT_TAIL = /[A-Za-z_][A-Za-z0-9_]*$|$/;

export function completionContext(text: string, pos: number): CompletionContext {
  const before = text.slice(0, pos);
  let depth = 0;
  let quote = '';
  let stringStart = -1;
  // The label and operator of the matcher being written, when the cursor is in a selector.
  let matcher: { label: string } | null = null;
  for (let i = 0; i < before.length; i++) {
    const c = before[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') {
        i++;
      } else if (c === quote) {
        quote = '';
        matcher = null;
      }
      continue;
    }
    if (c === '"' || c === '`') {
      quote = c;
      stringStart = i + 1;
      if (depth > 0) {
        const m = /([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*$/.exec(before.slice(0, i));
        matcher = m ? { label: m[1]! } : null;
      }
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  if (quote) {
    if (depth > 0 && matcher) {
      return { kind: 'value', label: matcher.label, from: stringStart, prefix: before.slice(stringStart), quote };
    }
    return { kind: 'none' };
  }
  const prefix = IDENT_TAIL.exec(before)![0];
  const from = pos - prefix.length;
  const lead = before.slice(0, from).trimEnd();
  if (depth > 0) {
    // After `{` or `,`: a label name starts here.
    return /[{,]$/.test(lead) ? { kind: 'label', from, prefix } : { kind: 'none' };
  }
  // After a pipe that is not a line filter (`|=`, `|~`) — a stage name.
  return /(^|[^|])\|$/.test(lead) && !/\|[=~]$/.test(lead) ? { kind: 'pipeline', from, prefix } : { kind: 'none' };
}

/** A label value as a LogQL string literal's content: backslashes and the quote escaped (backticks are raw). */
export function escapeValue(value: string, quote: string): string {
  return quote === '"' ? value.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : value;
}

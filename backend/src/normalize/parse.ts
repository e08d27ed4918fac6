/** Splitting one (single, sanitised) line into header fields and message with a given format. */
import type { LogFormat, RegexFormat } from './formats';
import { parseJsonLine, parseLogfmtLine, type StructuredParse } from './structured';

function parseRegex(format: RegexFormat, line: string): StructuredParse | null {
  const m = format.regex.exec(line);
  const groups = m?.groups;
  if (!groups) {
    return null;
  }
  const h = format.header;
  const ts = h.timestamp
    .map((f) => groups[f])
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .join(' ');
  const field = (name: string | undefined) => (name && groups[name] ? groups[name].trim() || null : null);
  return {
    message: groups[format.messageField] ?? '',
    timestamp: ts === '' ? null : ts,
    level: field(h.level),
    component: field(h.component),
    host: field(h.host),
  };
}

/** Null when the line does not have this format. */
export function parseWith(format: LogFormat, line: string): StructuredParse | null {
  switch (format.kind) {
    case 'regex':
      return parseRegex(format, line);
    case 'json':
      return parseJsonLine(line);
    case 'logfmt':
      return parseLogfmtLine(line);
  }
}

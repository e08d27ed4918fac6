/** Splitting one (single, sanitised) line into header fields and message with a given format. */
import { F_ALL, FIRST_CHARS, firstCharClass } from './firstChar';
import { BUILTIN_FORMATS, type LogFormat, type RegexFormat } from './formats';
import { parseJsonLine, parseLogfmtLine, type StructuredParse } from './structured';

function parseRegex(format: RegexFormat, line: string): StructuredParse | null {
  const m = format.regex.exec(line);
  const groups = m?.groups;
  if (!groups) {
    return null;
  }
  const h = format.header;
  // A loop, not map/filter/join: this runs once per line on the scoring path.
  let ts = '';
  for (const name of h.timestamp) {
    const v = groups[name];
    if (typeof v === 'string' && v !== '') {
      ts = ts === '' ? v : `${ts} ${v}`;
    }
  }
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

/** Per-line detection order: JSON, then regex formats from the most to the least specific, logfmt last. */
export const AUTO_ORDER: readonly LogFormat[] = [
  ...BUILTIN_FORMATS.filter((f) => f.kind === 'json'),
  ...BUILTIN_FORMATS.filter((f) => f.kind === 'regex').sort((a, b) => b.specificity - a.specificity),
  ...BUILTIN_FORMATS.filter((f) => f.kind === 'logfmt'),
];

/** `AUTO_ORDER` restricted to the formats a line with a given first-character class can match, by class. */
const CANDIDATES = new Map<number, LogFormat[]>();
for (let bit = 1; bit < F_ALL; bit <<= 1) {
  CANDIDATES.set(
    bit,
    AUTO_ORDER.filter((f) => f.kind !== 'regex' || ((FIRST_CHARS[f.id] ?? F_ALL) & bit) !== 0)
  );
}

/** The first built-in format (in `AUTO_ORDER`) that parses this line, or null. */
export function parseAuto(line: string): { format: LogFormat; parsed: StructuredParse } | null {
  for (const format of CANDIDATES.get(firstCharClass(line)) ?? AUTO_ORDER) {
    if (format.kind === 'json' && line.trimStart()[0] !== '{') {
      continue;
    }
    const parsed = parseWith(format, line);
    if (parsed) {
      return { format, parsed };
    }
  }
  return null;
}

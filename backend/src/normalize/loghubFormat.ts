/**
 * Compiles a Loghub/logpai format string (e.g. `<Date> <Time> <Level> <Component>: <Content>`) into a regex,
 * exactly as logpai's `generate_logformat_regex` does: `<Field>` becomes a lazy named group, runs of spaces
 * become `\s+`, every other literal character is regex source (so `\[<Pid>\]` and `(\[<PID>\])?` work).
 * The field named `Content` (or `Message`) is the message.
 */

export interface CompiledFormat {
  regex: RegExp;
  fields: string[];
  /** Name of the group that holds the message. */
  messageField: string;
}

const FIELD = /<([A-Za-z_][A-Za-z0-9_]*)>/g;
const MESSAGE_FIELDS = ['Content', 'Message', 'message', 'content', 'msg'];

export function isLoghubFormatString(format: string): boolean {
  FIELD.lastIndex = 0;
  return /<[A-Za-z_][A-Za-z0-9_]*>/.test(format) && !format.includes('(?<');
}

/** `fieldPatterns` narrows named fields (built-in formats use it so detection can tell similar formats apart). */
export function compileLoghubFormat(format: string, fieldPatterns: Record<string, string> = {}): CompiledFormat {
  const fields: string[] = [];
  let source = '^';
  let last = 0;
  for (const m of format.matchAll(FIELD)) {
    source += literal(format.slice(last, m.index));
    const name = m[1];
    if (fields.includes(name)) {
      throw new Error(`format field <${name}> appears twice in "${format}"`);
    }
    fields.push(name);
    source += `(?<${name}>${fieldPatterns[name] ?? (MESSAGE_FIELDS.includes(name) ? '[\\s\\S]*' : '.*?')})`;
    last = m.index + m[0].length;
  }
  source += literal(format.slice(last)) + '$';
  const messageField = fields.find((f) => MESSAGE_FIELDS.includes(f));
  if (!messageField) {
    throw new Error(`format "${format}" has no <Content> (or <Message>) field`);
  }
  try {
    return { regex: new RegExp(source), fields, messageField };
  } catch (err) {
    throw new Error(`format "${format}" does not compile to a regex: ${(err as Error).message}`);
  }
}

function literal(text: string): string {
  return text.replace(/ +/g, '\\s+');
}

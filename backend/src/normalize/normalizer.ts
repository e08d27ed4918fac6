/**
 * The normaliser: raw entry → header fields, message, masked tokens. `normalize()` never throws.
 *
 * Limits (documented contract):
 * - an entry longer than `maxLineLength` characters (default 4,096, DEFAULT_MAX_LINE_LENGTH) is cut there and flagged `truncated`;
 * - the first non-blank line is the head: its header is parsed and its message tokenised; the remaining lines
 *   go to `continuation` untokenised;
 * - control characters become spaces, lone surrogates U+FFFD;
 * - a line the format does not parse (or format `unknown`) is all message, with null header fields.
 */
import { z } from 'zod';
import { detectFormat } from './detect';
import { builtinFormat, customFormat, type LogFormat } from './formats';
import { compileLoghubFormat, isLoghubFormatString } from './loghubFormat';
import { maskMessage } from './mask';
import { parseAuto, parseWith } from './parse';
import type { StructuredParse } from './structured';
import { stripVolatileSuffix } from './volatile';
import { DEFAULT_MAX_LINE_LENGTH, replaceControlChars, splitEntry, truncate } from './sanitize';
import type { NormalizedLine } from './types';

export interface NormalizerOptions {
  /**
   * Built-in format id (see `listFormats()`), `auto` (detect per line: the first built-in format that parses it,
   * most specific first – for mixed streams; slower on lines no format parses), `unknown` (whole line is the
   * message), a Loghub format string, or a regex with a named group `message`/`Content`.
   */
  format?: string;
  maxLineLength?: number;
  /** Lines to auto-detect the format from (ignored when `format` is given). */
  sample?: string[];
}

export interface Normalizer {
  /** Format id in use: a built-in id, `auto`, `custom`, or `unknown`. */
  readonly format: string;
  /** 1 for an explicit format; the detection confidence for a sample. */
  readonly confidence: number;
  normalize(raw: string): NormalizedLine;
}

const optionsSchema = z
  .object({
    format: z.string().min(1, 'format must not be empty').optional(),
    maxLineLength: z.number().int().min(16).max(10_000_000).optional(),
    sample: z.array(z.string()).optional(),
  })
  .strict();

/** Resolves a format option to a parser; throws a precise error for an unknown id or a bad regex. */
export function resolveFormat(format: string): LogFormat | null {
  if (format === 'unknown' || format === 'raw') {
    return null;
  }
  const builtin = builtinFormat(format);
  if (builtin) {
    return builtin;
  }
  if (isLoghubFormatString(format)) {
    const compiled = compileLoghubFormat(format);
    return customFormat(compiled.regex, compiled.messageField, compiled.fields);
  }
  if (format.includes('(?<')) {
    let regex: RegExp;
    try {
      regex = new RegExp(format);
    } catch (err) {
      throw new Error(`format regex does not compile: ${(err as Error).message}`);
    }
    const names = [...format.matchAll(/\(\?<([A-Za-z_]\w*)>/g)].map((m) => m[1]);
    const messageField = names.find((n) => /^(message|content|msg)$/i.test(n));
    if (!messageField) {
      throw new Error('format regex needs a named group (?<message>…) (or Content/msg) for the message');
    }
    return customFormat(regex, messageField, names);
  }
  throw new Error(
    `unknown format "${format}": use a built-in id, a Loghub format string with <Content>, or a regex with (?<message>…)`
  );
}

export function createNormalizer(options: NormalizerOptions = {}): Normalizer {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new Error(`invalid normaliser options: ${z.prettifyError(parsed.error)}`);
  }
  const { format, maxLineLength = DEFAULT_MAX_LINE_LENGTH, sample } = parsed.data;
  let id = 'unknown';
  let confidence = 1;
  let parser: LogFormat | 'auto' | null = null;
  if (format === 'auto') {
    id = 'auto';
    parser = 'auto';
  } else if (format) {
    parser = resolveFormat(format);
    id = parser ? parser.id : 'unknown';
  } else if (sample) {
    const detected = detectFormat(sample);
    id = detected.format;
    confidence = detected.confidence;
    parser = id === 'unknown' ? null : resolveFormat(id);
  }
  return {
    format: id,
    confidence,
    normalize: (raw) => normalizeLine(parser, maxLineLength, raw),
  };
}

function normalizeLine(parser: LogFormat | 'auto' | null, maxLineLength: number, raw: unknown): NormalizedLine {
  try {
    const { text, truncated } = truncate(typeof raw === 'string' ? raw : raw == null ? '' : String(raw), maxLineLength);
    const { head, rest } = splitEntry(text);
    const line = replaceControlChars(head);
    let format = 'unknown';
    let parsed: StructuredParse | null = null;
    if (parser === 'auto') {
      const found = parseAuto(line);
      parsed = found?.parsed ?? null;
      format = found?.format.id ?? 'unknown';
    } else if (parser) {
      parsed = parseWith(parser, line);
      format = parsed ? parser.id : 'unknown';
    }
    const message = parsed ? parsed.message : line;
    const { tokens, params } = maskMessage(stripVolatileSuffix(message));
    const result: NormalizedLine = {
      format,
      timestamp: parsed?.timestamp ?? null,
      level: parsed?.level ?? null,
      component: parsed?.component ?? null,
      host: parsed?.host ?? null,
      message,
      tokens,
      params,
      truncated,
    };
    if (rest !== '') {
      result.continuation = replaceControlChars(rest);
    }
    return result;
  } catch {
    // Defensive: nothing above should throw, but a scoring path must never fail on one bad line.
    return {
      format: 'unknown',
      timestamp: null,
      level: null,
      component: null,
      host: null,
      message: '',
      tokens: [],
      params: [],
      truncated: false,
    };
  }
}

/**
 * Session-key extractors: which session (HDFS block, OpenStack instance, request) a raw line belongs to.
 * Pure functions over the raw line and its stream labels.
 */
import type { SessionKey } from '../contract';
import { checkRegex, execLinear } from './linear-regex';

export type KeyExtractor = (line: string, labels?: Readonly<Record<string, string>>) => string | null;

const HDFS_BLOCK = /blk_-?\d+/;
const OPENSTACK_INSTANCE = /\[instance: ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\]/i;
const REQUEST_ID = /\b(req-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/i;
const TRACE_ID = /\btrace_?id["']?\s*[=:]\s*["']?([\w-]+)/i;

export const hdfsBlockKey: KeyExtractor = (line) => HDFS_BLOCK.exec(line)?.[0] ?? null;

export const openstackInstanceKey: KeyExtractor = (line) => OPENSTACK_INSTANCE.exec(line)?.[1]?.toLowerCase() ?? null;

export const requestIdKey: KeyExtractor = (line) =>
  REQUEST_ID.exec(line)?.[1]?.toLowerCase() ?? TRACE_ID.exec(line)?.[1] ?? null;

/**
 * The first capture group of `pattern` (or the whole match when it has none), matched by RE2 in linear time
 * (linear-regex.ts: a user's regex must not be able to freeze the process). Throws on a regex that does not compile.
 */
export function regexKey(pattern: string): KeyExtractor {
  try {
    checkRegex(pattern);
  } catch (err) {
    throw new Error(`session regex does not compile: ${(err as Error).message}`);
  }
  return (line) => {
    const m = execLinear(pattern, line);
    if (!m) {
      return null;
    }
    const key = m[1] ?? m[0] ?? '';
    return key === '' ? null : key;
  };
}

export function labelKey(label: string): KeyExtractor {
  return (_line, labels) => {
    // Own properties only: `label:constructor` or `label:__proto__` must not read Object.prototype.
    const value = labels && Object.hasOwn(labels, label) ? labels[label] : undefined;
    return value === undefined || value === '' ? null : value;
  };
}

/** Extractors tried in order by `auto`: the most specific keys first. */
const AUTO_ORDER: Array<[string, KeyExtractor]> = [
  ['hdfs-block', hdfsBlockKey],
  ['openstack-instance', openstackInstanceKey],
  ['request-id', requestIdKey],
];

export interface ResolvedExtractor {
  /** Name reported as the sequence's `keyType`. */
  type: string;
  extract: KeyExtractor;
}

/**
 * The extractor(s) for a session option. `auto` yields the built-in ones in order (the caller picks the first
 * that finds a key on the focus line); `none` yields nothing, so the caller falls back to a window.
 */
export function resolveExtractors(session: SessionKey | undefined): ResolvedExtractor[] {
  if (session === undefined || session === 'auto') {
    return AUTO_ORDER.map(([type, extract]) => ({ type, extract }));
  }
  if (session === 'none') {
    return [];
  }
  if (typeof session === 'string') {
    const found = AUTO_ORDER.find(([type]) => type === session);
    if (!found) {
      throw new Error(`unknown session key type "${session}"`);
    }
    return [{ type: found[0], extract: found[1] }];
  }
  if ('regex' in session) {
    return [{ type: 'regex', extract: regexKey(session.regex) }];
  }
  return [{ type: `label:${session.label}`, extract: labelKey(session.label) }];
}

/** Parses the CLI's `--session` value: a built-in name, `regex:<re>` or `label:<name>`. */
export function parseSessionOption(raw: string): SessionKey {
  if (raw.startsWith('regex:')) {
    const regex = raw.slice('regex:'.length);
    regexKey(regex);
    return { regex };
  }
  if (raw.startsWith('label:')) {
    return { label: raw.slice('label:'.length) };
  }
  const names = ['auto', 'none', 'hdfs-block', 'openstack-instance', 'request-id'] as const;
  const name = names.find((n) => n === raw);
  if (!name) {
    throw new Error(`--session must be one of ${names.join(', ')}, regex:<re> or label:<name>, got "${raw}"`);
  }
  return name;
}

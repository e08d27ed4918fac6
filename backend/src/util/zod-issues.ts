/**
 * Zod issues as text, one formatter for every entry point that reports a validation failure (HTTP 400 bodies,
 * config and bundle loaders, CLI flags, JSONL imports). Each caller still chooses how many issues to show and
 * what to call the root, because those differ on purpose (a CLI flag vs a whole file); the path and
 * `path: message` shapes live here. For a full multi-line report zod's own `z.prettifyError` is used instead.
 */
import type { z } from 'zod';

type Issue = Pick<z.core.$ZodIssue, 'path' | 'message'>;

/**
 * `dotted`: `domains.2.patterns` (what HTTP clients and flags get); `indexed`: `domains[2].patterns` (config
 * files, where the bracket points at a list entry). The empty path is `''`: callers name the root themselves.
 */
export function issuePath(path: readonly PropertyKey[], style: 'dotted' | 'indexed' = 'dotted'): string {
  if (style === 'dotted') {
    return path.map(String).join('.');
  }
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out;
}

export interface IssueTextOptions {
  style?: 'dotted' | 'indexed';
  /** What an issue at the root is called (`(root)` unless given); `null` prints its message alone. */
  root?: string | null;
}

/** `path: message` for one issue. */
export function issueText(issue: Issue, { style = 'dotted', root = '(root)' }: IssueTextOptions = {}): string {
  const path = issuePath(issue.path, style) || root;
  return path === null ? issue.message : `${path}: ${issue.message}`;
}

/** `path: message` per issue, the first `limit` of them (all by default). */
export function issueTexts(issues: readonly Issue[], options: IssueTextOptions & { limit?: number } = {}): string[] {
  return issues.slice(0, options.limit ?? issues.length).map((issue) => issueText(issue, options));
}

/** `{ path, message }` per issue with dotted paths: the `issues` array of an HTTP 400 body. */
export function issueList(issues: readonly Issue[]): Array<{ path: string; message: string }> {
  return issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
}

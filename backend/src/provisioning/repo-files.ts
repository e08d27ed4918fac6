/** Test helpers: reading and parsing the repository's deployment files (provisioning, compose, Dockerfiles). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const PROVISIONING_DIR = path.join(REPO_ROOT, 'provisioning');

export function repoPath(...parts: string[]): string {
  return path.join(REPO_ROOT, ...parts);
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

/** Parses YAML strictly: any warning or error (duplicate keys included) fails. */
export function readYaml(file: string): unknown {
  return parseYaml(readText(file), { strict: true, uniqueKeys: true, prettyErrors: true });
}

export function readJson(file: string): unknown {
  return JSON.parse(readText(file)) as unknown;
}

export function readJsonIfExists(file: string): unknown {
  return existsSync(file) ? readJson(file) : undefined;
}

/** Every value found under `key` anywhere in a JSON-like tree, with the path it was found at. */
export function collect(node: unknown, key: string, at = '$'): Array<{ value: unknown; path: string }> {
  if (Array.isArray(node)) {
    return node.flatMap((item, i) => collect(item, key, `${at}[${i}]`));
  }
  if (node === null || typeof node !== 'object') {
    return [];
  }
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => [
    ...(k === key ? [{ value: v, path: `${at}.${k}` }] : []),
    ...collect(v, key, `${at}.${k}`),
  ]);
}

/** Metric names in a PromQL expression: identifiers not followed by "(" and not in label matchers or by/on lists. */
export function promqlMetricNames(expr: string): string[] {
  const withoutStrings = expr.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const withoutGroupings = withoutStrings
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ');
  const keywords = new Set(['bool', 'and', 'or', 'unless', 'offset', 'by', 'without', 'on', 'ignoring']);
  const names = [...withoutGroupings.matchAll(/\b([a-zA-Z_:][a-zA-Z0-9_:]*)\b(?!\s*\()/g)].map((m) => m[1]);
  return [...new Set(names.filter((n) => !keywords.has(n) && !/^\d/.test(n)))];
}

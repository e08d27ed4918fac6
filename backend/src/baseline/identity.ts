/**
 * Which stream a line belongs to, for its baseline: the value of the first configured label the line carries
 * (default `service_name`, then `job`: what Loki and Alloy attach to every stream), else all its labels. Lines
 * without labels have no stream and are scored as without a baseline.
 */

export const DEFAULT_STREAM_LABELS: readonly string[] = ['service_name', 'job'];

/** `*` alone means "all labels"; otherwise the ordered list of label names tried. */
export function parseStreamLabels(raw: string | undefined): readonly string[] {
  if (raw === undefined || raw.trim() === '') {
    return DEFAULT_STREAM_LABELS;
  }
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const n of names) {
    if (n !== '*' && !/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(n)) {
      throw new Error(`stream label "${n}" is not a valid Loki label name`);
    }
  }
  return names.includes('*') ? [] : names;
}

/** The stream key of a label set, or null when it has none; stable across label order. */
export function streamKey(
  labels: Readonly<Record<string, string>> | undefined,
  names: readonly string[]
): string | null {
  if (labels === undefined) {
    return null;
  }
  for (const name of names) {
    const value = labels[name];
    if (value !== undefined && value !== '') {
      return `${name}=${value}`;
    }
  }
  const keys = Object.keys(labels).sort();
  if (keys.length === 0) {
    return null;
  }
  return keys.map((k) => `${k}=${JSON.stringify(labels[k])}`).join(',');
}

/** `k=v,k2=v2` (the CLI's --stream) as a label set. */
export function parseLabelList(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of raw.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) {
      throw new Error(`"${part}" is not k=v`);
    }
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

/** The LogQL selector of a line's stream: the identity label it was keyed by, or all its labels. */
export function streamSelector(labels: Readonly<Record<string, string>>, names: readonly string[]): string {
  const quote = (v: string) => JSON.stringify(v);
  for (const name of names) {
    const value = labels[name];
    if (value !== undefined && value !== '') {
      return `{${name}=${quote(value)}}`;
    }
  }
  return `{${Object.keys(labels)
    .sort()
    .map((k) => `${k}=${quote(labels[k]!)}`)
    .join(', ')}}`;
}

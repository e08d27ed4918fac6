/** Parses a Loki stream selector of equality matchers, e.g. `{job="bgl", system="bluegene"}`, into labels. */
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export function parseStreamLabels(raw: string): Record<string, string> {
  const text = raw.trim();
  if (!text.startsWith('{') || !text.endsWith('}')) {
    throw new Error(`labels must look like {job="bgl"}, got ${raw}`);
  }
  const labels: Record<string, string> = {};
  const body = text.slice(1, -1);
  const matcher = /\s*([^=,\s]+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*(,|$)/y;
  let pos = 0;
  while (pos < body.length) {
    matcher.lastIndex = pos;
    const m = matcher.exec(body);
    if (!m) {
      throw new Error(`cannot parse labels ${raw} at "${body.slice(pos)}": expected name="value"`);
    }
    const [, name, quoted] = m;
    if (!LABEL_NAME.test(name)) {
      throw new Error(`invalid label name "${name}" in ${raw}`);
    }
    if (name in labels) {
      throw new Error(`label "${name}" appears twice in ${raw}`);
    }
    labels[name] = JSON.parse(`"${quoted}"`) as string;
    pos = matcher.lastIndex;
  }
  if (Object.keys(labels).length === 0) {
    throw new Error('at least one label is required (Loki rejects streams without labels)');
  }
  return labels;
}

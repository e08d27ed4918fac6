/**
 * The stream selector of a LogQL log query (`{…}` up to its closing brace, quoted values may hold braces) and the
 * pipeline after it, and a selector that matches exactly one stream's labels.
 */

export function splitStreamSelector(query: string): { selector: string; pipeline: string } | null {
  const text = query.trimStart();
  if (!text.startsWith('{')) {
    return null;
  }
  let quote: string | null = null;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') {
        i++;
      } else if (c === quote) {
        quote = null;
      }
    } else if (c === '"' || c === '`') {
      quote = c;
    } else if (c === '}') {
      return { selector: text.slice(0, i + 1), pipeline: text.slice(i + 1) };
    }
  }
  return null;
}

/** `{a="x", b="y"}`: JSON string escapes are valid LogQL (Go) string escapes. */
export function exactSelector(labels: Record<string, string>): string {
  const matchers = Object.keys(labels)
    .sort()
    .map((k) => `${k}=${JSON.stringify(labels[k])}`);
  return `{${matchers.join(', ')}}`;
}

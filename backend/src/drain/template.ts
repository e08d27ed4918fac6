/**
 * Token-level template algebra.
 *
 * A template token is a constant, a typed placeholder from masking (`<NUM>`, `<IP>` … – constants for
 * similarity: both lines had a number there), the learned wildcard `<*>`, or a constant with a learned
 * wildcard inside (`user=<*>`, `<*>:<NUM>`): when two differing tokens are merged, the common prefix up to a
 * delimiter and the common suffix from a delimiter are kept, so `uid=0`/`uid=5` generalise to `uid=<*>` and
 * not to a bare `<*>`.
 */

export const WILDCARD = '<*>';

const PLACEHOLDER = /<(?:\*|[A-Z]+)>/;

/** A token holding a learned wildcard (counts as a parameter position). */
export function isParam(token: string): boolean {
  return token.includes(WILDCARD);
}

/** A token that holds any variable: learned wildcard or typed placeholder. */
export function hasVariable(token: string): boolean {
  return token.includes('<') && PLACEHOLDER.test(token);
}

export function hasDigit(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      return true;
    }
  }
  return false;
}

function isDelimiter(c: string): boolean {
  return !/[A-Za-z0-9<>*]/.test(c);
}

/** Does a line token fit a template token? */
export function tokenFits(template: string, token: string): boolean {
  if (template === token || template === WILDCARD) {
    return true;
  }
  const at = template.indexOf(WILDCARD);
  if (at < 0) {
    return false;
  }
  const prefix = template.slice(0, at);
  const suffix = template.slice(template.lastIndexOf(WILDCARD) + WILDCARD.length);
  return (
    token.length >= prefix.length + suffix.length &&
    token.startsWith(prefix) &&
    token.endsWith(suffix) &&
    token.length > prefix.length + suffix.length
  );
}

/** The most specific template token that fits both (see module comment). */
export function generalize(a: string, b: string): string {
  if (a === b) {
    return a;
  }
  if (tokenFits(a, b)) {
    return a;
  }
  if (tokenFits(b, a)) {
    return b;
  }
  const aPrefix = isParam(a) ? a.slice(0, a.indexOf(WILDCARD)) : a;
  const aSuffix = isParam(a) ? a.slice(a.lastIndexOf(WILDCARD) + WILDCARD.length) : a;
  const bPrefix = isParam(b) ? b.slice(0, b.indexOf(WILDCARD)) : b;
  const bSuffix = isParam(b) ? b.slice(b.lastIndexOf(WILDCARD) + WILDCARD.length) : b;
  let p = 0;
  const maxP = Math.min(aPrefix.length, bPrefix.length);
  let lastCut = 0;
  while (p < maxP && aPrefix[p] === bPrefix[p]) {
    if (isDelimiter(aPrefix[p])) {
      lastCut = p + 1;
    }
    p++;
  }
  const prefix = aPrefix.slice(0, lastCut);
  let s = 0;
  const maxS = Math.min(aSuffix.length, bSuffix.length);
  let suffixStart = 0;
  while (s < maxS && aSuffix[aSuffix.length - 1 - s] === bSuffix[bSuffix.length - 1 - s]) {
    if (isDelimiter(aSuffix[aSuffix.length - 1 - s])) {
      suffixStart = s + 1;
    }
    s++;
  }
  let suffix = aSuffix.slice(aSuffix.length - suffixStart);
  // Prefix and suffix must not overlap inside the shorter token.
  const room = Math.min(a.length, b.length);
  if (prefix.length + suffix.length >= room) {
    suffix = '';
  }
  if (prefix.length >= room) {
    return WILDCARD;
  }
  return prefix + WILDCARD + suffix;
}

/** Position-wise generalisation of two equally long templates; returns `a` itself when nothing changes. */
export function generalizeTemplate(a: readonly string[], b: readonly string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < a.length; i++) {
    const g = a[i] === b[i] ? a[i] : generalize(a[i], b[i]);
    if (g !== a[i]) {
      out ??= a.slice();
      out[i] = g;
    }
  }
  return out ?? (a as string[]);
}

/**
 * The unit a baseline counts: the line's template with the variables the normaliser leaves (host names,
 * session numbers, user names with digits) folded to `<*>`. A novel line's template is its whole masked text, so
 * `rhost=p15105218.pureserver.info` and `rhost=150.183.249.110` would be two templates and every attacker a "new"
 * one; folded, both are `rhost=<*>`. Tokens with a digit, dotted names (a.b.c) and `key=value` values of either
 * kind are folded; words stay (what differs in words is resolveTemplate's job, stats.ts). Memoised by template id (bounded): repeated templates cost one lookup.
 */
import { templateId } from '../drain';
import { speaksOfFailure } from '../features/lexicon';

export interface Pattern {
  id: string;
  text: string;
}

const MEMO_LIMIT = 50_000;
const memo = new Map<string, Pattern>();

const VARIABLE = /\d|^[\w-]+(\.[\w-]+)+$/;

function foldToken(token: string): string {
  if (token.startsWith('<') && token.endsWith('>')) {
    return token;
  }
  const eq = token.indexOf('=');
  if (eq > 0 && eq < token.length - 1) {
    const value = token.slice(eq + 1);
    return VARIABLE.test(value) ? `${token.slice(0, eq + 1)}<*>` : token;
  }
  return VARIABLE.test(token) ? '<*>' : token;
}

export function foldTemplate(text: string): string {
  return text.split(' ').map(foldToken).join(' ');
}

export function patternOf(template: { id: string; text: string }): Pattern {
  let p = memo.get(template.id);
  if (p === undefined) {
    const text = foldTemplate(template.text);
    p = { id: templateId(text), text };
    if (memo.size >= MEMO_LIMIT) {
      memo.clear();
    }
    memo.set(template.id, p);
  }
  return p;
}

/**
 * Share of positions where two equally long templates agree (a `<…>` placeholder agrees with anything); 0 when a
 * token where they differ speaks of failure, so `… to <*> failed` never counts as the routine `… to <*> succeeded`.
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length || a.length === 0) {
    return 0;
  }
  let same = 0;
  const differing: string[] = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y || x.startsWith('<') || y.startsWith('<')) {
      same++;
    } else {
      differing.push(x, y);
    }
  }
  return differing.length > 0 && speaksOfFailure(differing) ? 0 : same / a.length;
}

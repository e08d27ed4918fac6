import { createHash } from 'node:crypto';

/** Stable template id: the first 16 hex digits of SHA-256 of the template text (same text → same id, always). */
export function templateId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

// Novel lines repeat their masked text (that is what a template is): memoise the SHA-256 behind their ids.
const UNSEEN_ID_MEMO_LIMIT = 50_000;
const unseenIds = new Map<string, string>();

/** The id of a line no template matches: the template id of its own masked tokens (memoised). */
export function unseenTemplateId(tokens: readonly string[]): string {
  return unseenTemplate(tokens).id;
}

/** Id and text of the template a line no template matches is its own (the text is joined once for both). */
export function unseenTemplate(tokens: readonly string[]): { id: string; text: string } {
  const text = tokens.join(' ');
  let id = unseenIds.get(text);
  if (id === undefined) {
    id = templateId(text);
    if (unseenIds.size >= UNSEEN_ID_MEMO_LIMIT) {
      unseenIds.clear();
    }
    unseenIds.set(text, id);
  }
  return { id, text };
}

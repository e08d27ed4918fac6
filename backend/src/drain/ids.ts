import { createHash } from 'node:crypto';

/** Stable template id: the first 16 hex digits of SHA-256 of the template text (same text → same id, always). */
export function templateId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

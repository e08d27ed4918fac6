/**
 * The narrator's prompt: the grounded five-level structure plus the sequence's lines (variables masked unless the
 * operator opts in), asking for the same JSON shape back.
 */
import { createHash } from 'node:crypto';
import type { Reasoning } from '../contract';
import { createNormalizer } from '../normalize';
import type { ReasoningEvent } from '../reasoning/types';
import { REDACTED_KINDS, redactSecrets } from './redact';

export const SYSTEM_PROMPT = [
  'You are a site-reliability engineer explaining a log sequence to a colleague.',
  'You receive the numbered events of one sequence and a grounded analysis in five levels',
  '(eventWise, stageWise, pattern, indicators, summary) computed by anomaly-detection models.',
  'Rewrite the analysis in clear, specific language. Rules:',
  '- Answer with ONE JSON object of exactly the same shape and field names as the grounded analysis.',
  '- Cite events only by the numbers given (1-based); never invent event numbers.',
  '- Keep summary.verdict exactly as given: the models decided it, you explain it.',
  '- eventWise must cover every event; keep severities, domains and components unless the lines contradict them.',
  '- Do not invent facts that the events or the analysis do not support.',
].join('\n');

/**
 * Each event's message with secrets, e-mail addresses and tokens redacted (redact.ts) and variables replaced by
 * typed placeholders (`<IP>`, `<NUM>`, …).
 */
export function maskedLines(events: readonly ReasoningEvent[]): string[] {
  const normalizer = createNormalizer({ format: 'unknown' });
  return events.map((e) => normalizer.normalize(redactSecrets(e.message)).tokens.join(' '));
}

/** Every string value of a JSON value redacted; keys and structure unchanged. */
function redactStrings(value: unknown): unknown {
  if (typeof value === 'string') {
    return redactSecrets(value);
  }
  if (Array.isArray(value)) {
    return value.map(redactStrings);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactStrings(v)]));
  }
  return value;
}

export function buildUserPrompt(
  reasoning: Reasoning,
  events: readonly ReasoningEvent[],
  includeValues: boolean
): string {
  const lines = includeValues ? events.map((e) => e.message) : maskedLines(events);
  const numbered = events.map((e, i) => `${e.number}. ${e.level ?? '-'} ${e.component ?? '-'}: ${lines[i]}`);
  return [
    `Events (${events.length}${includeValues ? ', raw text' : `; masked: ${REDACTED_KINDS}`}):`,
    ...numbered,
    '',
    'Grounded analysis (JSON):',
    // The analysis quotes components and template text; it gets the same redaction as the lines.
    JSON.stringify(includeValues ? reasoning : redactStrings(reasoning)),
    '',
    'Return the rewritten analysis as one JSON object with the keys eventWise, stageWise, pattern, indicators, summary.',
  ].join('\n');
}

/** Cache key: the model, the masking choice, the events and the grounded analysis. */
export function sequenceHash(
  model: string,
  includeValues: boolean,
  reasoning: Reasoning,
  events: readonly ReasoningEvent[]
): string {
  const h = createHash('sha256');
  h.update(`${model}\u0000${includeValues ? 1 : 0}\u0000`);
  for (const e of events) {
    h.update(`${e.line}\u0000`);
  }
  h.update(JSON.stringify(reasoning));
  return h.digest('hex');
}

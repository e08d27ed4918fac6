/** Small shared helpers for wording reasoning items deterministically. */
import type { LineResult } from '../contract';
import type { ReasoningKnowledge } from './knowledge';

/** "Event 4" or "Events 5–7" for a contiguous run; "Events 2, 5, 9" otherwise. */
export function eventLabel(events: readonly number[]): string {
  if (events.length === 1) {
    return `Event ${events[0]}`;
  }
  const contiguous = events.every((e, i) => i === 0 || e === events[i - 1] + 1);
  return contiguous ? `Events ${events[0]}–${events[events.length - 1]}` : `Events ${compactList(events)}`;
}

/** "2, 5, 9" (at most 8 numbers, then "… (n in all)"). */
export function compactList(events: readonly number[]): string {
  const shown = events.slice(0, 8).join(', ');
  return events.length > 8 ? `${shown}, … (${events.length} in all)` : shown;
}

/** The template's gloss when knowledge has one, otherwise its text. */
export function describeTemplate(result: LineResult, knowledge: ReasoningKnowledge): string {
  return knowledge.template(result.template.id)?.gloss ?? result.template.text;
}

export function pct(score: number): string {
  return score.toFixed(2);
}

const ERROR_KEYWORD =
  /\b(error|errors|exception|fail|failed|failure|fatal|timeout|timed out|refused|denied|panic|corrupt(?:ed)?|unable|cannot|lost|killed|abort(?:ed)?|unreachable|crash(?:ed)?)\b/i;

/** The first error keyword in a message, lower-cased, or null. */
export function errorKeyword(message: string): string | null {
  return ERROR_KEYWORD.exec(message)?.[1]?.toLowerCase() ?? null;
}

export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

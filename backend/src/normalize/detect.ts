/** Format auto-detection: the built-in format that parses the largest share of a sample wins. */
import { BUILTIN_FORMATS, type LogFormat } from './formats';
import { parseWith } from './parse';
import { splitEntry } from './sanitize';

/** Lines of a sample that detection looks at. */
export const DETECTION_SAMPLE_LIMIT = 500;
/** Below this share of parsed lines the format is `unknown` (the whole line is the message). */
export const MIN_MATCH_RATE = 0.5;

export interface Detection {
  format: string;
  /** Share of the (non-blank) sample lines the chosen format parses; for `unknown`, the share none parses well. */
  confidence: number;
}

export function detectFormat(sample: string[]): Detection {
  const lines: string[] = [];
  for (const raw of Array.isArray(sample) ? sample : []) {
    if (typeof raw !== 'string') {
      continue;
    }
    const head = splitEntry(raw).head;
    if (head.trim() !== '') {
      lines.push(head.length > 4096 ? head.slice(0, 4096) : head);
    }
    if (lines.length >= DETECTION_SAMPLE_LIMIT) {
      break;
    }
  }
  if (lines.length === 0) {
    return { format: 'unknown', confidence: 0 };
  }
  let best: LogFormat | null = null;
  let bestRate = 0;
  for (const format of BUILTIN_FORMATS) {
    let hits = 0;
    for (const line of lines) {
      if (parseWith(format, line)) {
        hits++;
      }
    }
    const rate = hits / lines.length;
    if (
      rate > bestRate + 1e-9 ||
      (best && Math.abs(rate - bestRate) <= 1e-9 && format.specificity > best.specificity)
    ) {
      best = format;
      bestRate = rate;
    }
  }
  if (!best || bestRate < MIN_MATCH_RATE) {
    return { format: 'unknown', confidence: 1 - bestRate };
  }
  return { format: best.id, confidence: bestRate };
}

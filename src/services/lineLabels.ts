/** A label for one scored line, as the service's feedback API takes it (POST /api/v1/feedback). */
import type { DomainId, LineResult, Verdict } from './contract';
import type { LogLine } from './frames';
import { MAX_LINE_CHARS, MAX_TEMPLATE_CHARS, type LabelInput } from './labels';

export interface LabelChoice {
  verdict?: Verdict;
  domain?: DomainId;
}

/** 32-bit FNV-1a as hex: a short, stable fingerprint of the line for the idempotency key. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const MAX_STREAM_LABELS = 64;

/** Stream labels within the service's limits (64 keys, 256-char names, 4096-char values); extras are dropped. */
function streamLabels(labels: Record<string, string>): Record<string, string> | undefined {
  const kept = Object.entries(labels)
    .filter(([k, v]) => k.length > 0 && k.length <= 256 && typeof v === 'string' && v.length <= 4096)
    .slice(0, MAX_STREAM_LABELS);
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/**
 * The label the service stores for a line. The idempotency key covers the line and the choice, so a double click
 * or a retried POST stores one label, while changing one's mind (normal, then anomalous) stores the new label.
 */
export function labelFor(line: LogLine, result: LineResult | undefined, choice: LabelChoice): LabelInput {
  const label: LabelInput = {
    // Over-long lines are scored on their prefix too (LineResult.truncated).
    line: line.line.slice(0, MAX_LINE_CHARS),
    ...(choice.verdict ? { verdict: choice.verdict } : {}),
    ...(choice.domain ? { domain: choice.domain } : {}),
    idempotencyKey: [
      'grafana',
      line.tsNs || line.id,
      fingerprint(line.line),
      choice.verdict ?? '-',
      choice.domain ?? '-',
    ]
      .join(':')
      .slice(0, 256),
  };
  if (/^\d{1,19}$/.test(line.tsNs)) {
    label.timestamp = line.tsNs;
  }
  const labels = streamLabels(line.labels);
  if (labels) {
    label.labels = labels;
  }
  if (result) {
    label.templateId = result.template.id;
    label.template = result.template.text.slice(0, MAX_TEMPLATE_CHARS);
  }
  return label;
}

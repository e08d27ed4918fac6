/**
 * The derived verdict stream pushed back to Loki: one entry per scored line (of the configured verdicts), at the
 * source line's timestamp, labelled only {source, selector, domain, verdict} so label cardinality stays bounded
 * (selectors are configured, domain ∈ taxonomy, verdict ∈ 2 values); score and template travel as structured
 * metadata. The selector is a label, not metadata: two selectors matching the same line push the same
 * (timestamp, line), which Loki would keep only once per stream, so one selector's verdict would vanish.
 * Re-pushing after a crash is harmless: Loki drops an identical (stream, timestamp, line) entry.
 */
import type { LineResult, Verdict } from '../contract';
import { canonicalLabels, type LokiEntry, type PushStream } from '../loki';

export const VERDICT_SOURCE_LABEL = 'anomalylens';

export function buildVerdictStreams(
  selector: string,
  scored: Array<{ entry: LokiEntry; result: LineResult }>,
  verdicts: readonly Verdict[]
): PushStream[] {
  const streams = new Map<string, PushStream>();
  for (const { entry, result } of scored) {
    if (!verdicts.includes(result.verdict)) {
      continue;
    }
    const key = `${result.domain}|${result.verdict}`;
    let stream = streams.get(key);
    if (!stream) {
      stream = {
        labels: { source: VERDICT_SOURCE_LABEL, selector, domain: result.domain, verdict: result.verdict },
        entries: [],
      };
      streams.set(key, stream);
    }
    stream.entries.push({
      ts: entry.ts,
      line: entry.line,
      structuredMetadata: {
        score: result.score.toFixed(4),
        template_id: result.template.id,
        template: result.template.text,
        novel: String(result.novel),
        source_stream: canonicalLabels(entry.labels),
      },
    });
  }
  return [...streams.values()];
}

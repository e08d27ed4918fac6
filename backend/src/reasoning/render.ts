/** The human rendering of an explanation: the five levels as an indented outline. */
import type { ExplainResponse } from '../contract';
import { eventLabel } from './wording';

export function renderExplanation(response: ExplainResponse, posted: readonly string[] = []): string {
  const { sequence: s, reasoning: r, narrative } = response;
  const out: string[] = [];
  const head = s.key === null ? `window around the focus line` : `${s.keyType} ${s.key}`;
  out.push(
    `Sequence: ${head} — ${s.lineIndices.length} events (posted lines ${compactLines(s.lineIndices)}); ` +
      `sequence ${s.verdict} (score ${s.score.toFixed(2)}); model ${response.model.id} ${response.model.version}`
  );
  out.push(
    `Narrative: ${narrative.source}${narrative.fallbackReason ? ` (fallback: ${narrative.fallbackReason})` : ''}`
  );
  out.push('', '1. Event-wise');
  for (const e of r.eventWise) {
    out.push(
      `   ${e.label} [${e.severity}${e.anomalous ? ', anomalous' : ''}] ${e.component ?? '-'} (${e.domain}): ${e.description}` +
        (e.change ? `\n      change: ${e.change}` : '')
    );
  }
  out.push('', '2. Stage-wise');
  for (const st of r.stageWise) {
    out.push(`   ${st.name} [${st.status}]: ${st.description}`);
  }
  out.push('', '3. Pattern');
  for (const p of r.pattern) {
    out.push(`   [${p.kind}] ${eventLabel(p.events)}: ${p.description}`);
  }
  out.push('', '4. Indicators');
  for (const i of r.indicators) {
    out.push(`   (${i.weight.toFixed(2)}) ${i.kind} — ${eventLabel(i.events)}: ${i.description}`);
  }
  const sum = r.summary;
  out.push(
    '',
    '5. Summary',
    `   Verdict: ${sum.verdict} (confidence ${sum.confidence.toFixed(2)})`,
    `   Domains: ${sum.domains.join(', ') || '-'}`,
    `   Root cause: ${sum.rootCause.description}`,
    `   Affected components: ${sum.affectedComponents.join(', ') || '-'}`,
    `   ${sum.text}`
  );
  if (posted.length > 0) {
    out.push('', 'Events');
    s.lineIndices.forEach((li, k) => out.push(`   ${String(k + 1).padStart(3)}  ${posted[li]}`));
  }
  return out.join('\n');
}

/** Posted line numbers (1-based) as ranges: "3–5, 9". */
function compactLines(indices: readonly number[]): string {
  const ranges: string[] = [];
  let start = -1;
  let prev = -2;
  for (const i of [...indices, -10]) {
    if (i !== prev + 1) {
      if (start >= 0) {
        ranges.push(start === prev ? `${start + 1}` : `${start + 1}–${prev + 1}`);
      }
      start = i;
    }
    prev = i;
  }
  return ranges.length > 6 ? `${ranges.slice(0, 6).join(', ')}, …` : ranges.join(', ');
}

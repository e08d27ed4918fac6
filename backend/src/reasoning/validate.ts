/** Checks that a reasoning (grounded or rewritten by an LLM) cites only existing events and agrees with a verdict. */
import type { Reasoning, Verdict } from '../contract';

export function reasoningProblems(reasoning: Reasoning, eventCount: number, verdict: Verdict): string[] {
  const problems: string[] = [];
  const check = (where: string, events: readonly number[]) => {
    for (const n of events) {
      if (!Number.isInteger(n) || n < 1 || n > eventCount) {
        problems.push(`${where} cites event ${n}, but the sequence has events 1..${eventCount}`);
      }
    }
  };
  reasoning.eventWise.forEach((x, i) => check(`eventWise[${i}]`, x.events));
  reasoning.stageWise.forEach((x, i) => check(`stageWise[${i}]`, x.events));
  reasoning.pattern.forEach((x, i) => check(`pattern[${i}]`, x.events));
  reasoning.indicators.forEach((x, i) => check(`indicators[${i}]`, x.events));
  check('summary.rootCause', reasoning.summary.rootCause.events);
  const covered = new Set(reasoning.eventWise.flatMap((x) => x.events));
  if (covered.size !== eventCount || [...covered].some((n) => n < 1 || n > eventCount)) {
    problems.push(`eventWise covers ${covered.size} distinct events; it must cover each of the ${eventCount}`);
  }
  if (reasoning.summary.verdict !== verdict) {
    problems.push(`summary.verdict is "${reasoning.summary.verdict}" but the models say "${verdict}"`);
  }
  return problems;
}

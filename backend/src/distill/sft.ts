/**
 * Hierarchical-CoT SFT data for a small student (LLMAD-mini style). Each labelled sequence becomes:
 * - a student prompt: the task instruction + the numbered events (variables masked) — no label, no analysis;
 * - a teacher prompt: the same events, the label, and the grounded five-level analysis to refine;
 * - an output: the teacher's five-level JSON (validated: schema, cited events exist, verdict = label) or, without a
 *   teacher, the grounded reasoning itself (kept only when its verdict agrees with the label).
 * Records are written in LLaMA-Factory's alpaca (`instruction`/`input`/`output`, plus `system`) or sharegpt
 * (`conversations` of `human`/`gpt` turns, plus `system`) layout.
 */
import type { Reasoning, Verdict } from '../contract';
import { maskedLines } from '../narrator/prompt';
import type { ReasoningEvent } from '../reasoning/types';

export type SftFormat = 'alpaca' | 'sharegpt';

export const STUDENT_SYSTEM = 'You are a log-anomaly analyst. You answer with one JSON object.';

export const STUDENT_INSTRUCTION = [
  'Analyse the log sequence below (events numbered from 1, variable values masked) and answer with one JSON object',
  'with five levels: "eventWise" (every event covered; consecutive similar events collapsed, with severity,',
  'component, domain, anomalous, change), "stageWise" (named stages that partition the events, normal or anomalous),',
  '"pattern" (comparison with normal sequences: unexpected transitions, missing or extra events, bursts, order),',
  '"indicators" (signals with their events and a weight), and "summary" (verdict anomaly or normal, domains, root',
  'cause with its events, affected components, confidence, text). Cite only existing event numbers.',
].join(' ');

export function studentInput(events: readonly ReasoningEvent[]): string {
  const lines = maskedLines(events);
  return events.map((e, i) => `${e.number}. ${e.level ?? '-'} ${e.component ?? '-'}: ${lines[i]}`).join('\n');
}

export function teacherMessages(
  events: readonly ReasoningEvent[],
  grounded: Reasoning,
  label: Verdict
): Array<{ role: 'system' | 'user'; content: string }> {
  return [
    {
      role: 'system',
      content:
        'You are an expert SRE writing reference explanations to train a smaller model. Answer with ONE JSON object ' +
        'in exactly the shape of the draft analysis (eventWise, stageWise, pattern, indicators, summary).',
    },
    {
      role: 'user',
      content: [
        `Ground truth: this sequence is labelled ${label === 'anomaly' ? 'ANOMALOUS' : 'NORMAL'}; summary.verdict must be "${label}".`,
        '',
        'Events:',
        studentInput(events),
        '',
        'Draft analysis from the detection models (JSON). Keep what is right, fix what the label contradicts, explain',
        'each level step by step in its descriptions, cite only event numbers 1..' + events.length + ':',
        JSON.stringify(grounded),
      ].join('\n'),
    },
  ];
}

export interface SftRecordInput {
  id: string;
  events: readonly ReasoningEvent[];
  output: Reasoning;
}

export function sftRecord(format: SftFormat, r: SftRecordInput): Record<string, unknown> {
  const input = studentInput(r.events);
  const output = JSON.stringify(r.output);
  if (format === 'alpaca') {
    return { id: r.id, system: STUDENT_SYSTEM, instruction: STUDENT_INSTRUCTION, input, output };
  }
  return {
    id: r.id,
    system: STUDENT_SYSTEM,
    conversations: [
      { from: 'human', value: `${STUDENT_INSTRUCTION}\n\n${input}` },
      { from: 'gpt', value: output },
    ],
  };
}

/** The dataset_info.json entry LLaMA-Factory needs to load the file. */
export function datasetInfo(name: string, file: string, format: SftFormat): Record<string, unknown> {
  if (format === 'alpaca') {
    return {
      [name]: {
        file_name: file,
        formatting: 'alpaca',
        columns: { prompt: 'instruction', query: 'input', response: 'output', system: 'system' },
      },
    };
  }
  return {
    [name]: {
      file_name: file,
      formatting: 'sharegpt',
      columns: { messages: 'conversations', system: 'system' },
      tags: { role_tag: 'from', content_tag: 'value', user_tag: 'human', assistant_tag: 'gpt' },
    },
  };
}

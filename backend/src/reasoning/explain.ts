/**
 * `/api/v1/explain` and `anomaly-lens explain`: build the sequence around the focus line, score its lines, assess
 * it with the sequence model, build the grounded reasoning and (optionally) let the narrator rewrite it.
 */
import { z } from 'zod';
import {
  ExplainRequestSchema,
  type ExplainRequest,
  type ExplainResponse,
  type LineResult,
  type LogLineInput,
  type ModelRef,
  type Narrative,
  type Reasoning,
} from '../contract';
import type { ScoreOptions } from '../engine/types';
import { createNormalizer } from '../normalize';
import { judgeSequence, type SequenceScorer } from '../sequence/assess';
import { selectSequence } from '../sequence/select';
import { buildReasoning } from './build';
import type { ReasoningKnowledge } from './knowledge';
import type { ReasoningEvent, SequenceVerdict } from './types';

export interface LineScorer {
  score(lines: LogLineInput[], options?: ScoreOptions): Promise<LineResult[]>;
  /** Reported as the response's model; `unknown` when the scorer does not say. */
  readonly model?: ModelRef;
}

export interface NarrationInput {
  reasoning: Reasoning;
  events: readonly ReasoningEvent[];
  results: readonly LineResult[];
  verdict: Reasoning['summary']['verdict'];
}

export interface Narrator {
  /** Never throws: on any failure it returns the grounded reasoning with `narrative.fallbackReason`. */
  narrate(input: NarrationInput): Promise<{ reasoning: Reasoning; narrative: Narrative }>;
}

export class ExplainInputError extends Error {
  override name = 'ExplainInputError';
}

const UNKNOWN_MODEL: ModelRef = { id: 'unknown', version: '0' };

export { MIN_SEQUENCE_COVERAGE } from '../sequence/assess';

export async function explainSequence(
  scorer: LineScorer,
  knowledge: ReasoningKnowledge,
  sequenceModel: SequenceScorer | null,
  request: ExplainRequest,
  narrator?: Narrator
): Promise<ExplainResponse> {
  const parsed = ExplainRequestSchema.safeParse(request);
  if (!parsed.success) {
    throw new ExplainInputError(`invalid explain request: ${z.prettifyError(parsed.error)}`);
  }
  const req = parsed.data;
  const focus = req.focus ?? 0;
  if (focus >= req.lines.length) {
    throw new ExplainInputError(`focus ${focus} is outside the ${req.lines.length} posted lines`);
  }
  let selected;
  try {
    selected = selectSequence(req.lines, focus, req.session, req.window);
  } catch (err) {
    throw new ExplainInputError((err as Error).message);
  }
  const seqLines = selected.lineIndices.map((i) => req.lines[i]);
  const scored = await scorer.score(seqLines, req.options?.combine ? { combine: req.options.combine } : undefined);
  if (scored.length !== seqLines.length) {
    throw new Error(`the scorer returned ${scored.length} results for ${seqLines.length} lines`);
  }
  const results = scored.map((r, k) => ({ ...r, index: selected.lineIndices[k] }));
  const events = toEvents(seqLines);

  // The same judgement as /api/v1/sequences: the sequence model where it covers the templates, cold-start
  // structure (an error-level failure line and what follows it) where it does not, else the lines alone.
  const textOf = new Map(results.map((r) => [r.template.id, r.template.text]));
  const judgement = judgeSequence(
    sequenceModel,
    events,
    results,
    (id) => knowledge.template(id)?.gloss ?? textOf.get(id) ?? id,
    selected.key === null ? 'window' : 'session'
  );
  const sequence: SequenceVerdict | null =
    judgement.detector === 'lines'
      ? null
      : {
          score: judgement.sequenceScore!,
          verdict: judgement.sequenceVerdict,
          ...(judgement.threshold === null ? {} : { threshold: judgement.threshold }),
          findings: judgement.findings,
          detector: judgement.detector,
          ...(judgement.rootCause === null ? {} : { rootCause: judgement.rootCause }),
          consequences: judgement.consequences,
          drivers: judgement.drivers,
        };
  const grounded = buildReasoning(events, results, sequence, knowledge);
  const verdict = grounded.summary.verdict;

  let reasoning = grounded;
  let narrative: Narrative = { source: 'grounded' };
  if (req.narrate) {
    if (narrator) {
      ({ reasoning, narrative } = await narrator.narrate({ reasoning: grounded, events, results, verdict }));
    } else {
      narrative = { source: 'grounded', fallbackReason: 'no LLM narrator is configured on this service' };
    }
  }

  return {
    model: scorer.model ?? UNKNOWN_MODEL,
    sequence: {
      key: selected.key,
      keyType: selected.keyType,
      lineIndices: selected.lineIndices,
      start: selected.start,
      end: selected.end,
      // Without a sequence detector the sequence is as anomalous as its most anomalous line.
      score: sequence ? round(sequence.score) : Math.max(0, ...results.map((r) => r.score)),
      verdict: sequence ? sequence.verdict : verdict,
      findings: (sequence?.findings ?? []).map((f) => ({
        kind: f.kind,
        events: f.events,
        description: f.description,
      })),
    },
    results,
    reasoning,
    narrative,
  };
}

/** Parses each line's header (format detected on the sequence itself) into reasoning events. */
export function toEvents(lines: readonly LogLineInput[]): ReasoningEvent[] {
  const normalizer = createNormalizer({ sample: lines.slice(0, 200).map((l) => l.line) });
  return lines.map((l, i) => {
    const n = normalizer.normalize(l.line);
    return {
      number: i + 1,
      line: l.line,
      message: n.message,
      component: n.component,
      level: n.level,
      timestamp: l.timestamp ?? n.timestamp,
    };
  });
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

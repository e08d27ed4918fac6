/**
 * Turns labelled sessions (HDFS blocks) into SFT records. Templates are mined and the sequence model fitted on the
 * earliest `fitSplit` of the sessions (normal ones; the last fifth of them calibrates); records come from the later
 * sessions only, so no record is explained by a model that saw it.
 */
import { z } from 'zod';
import { ReasoningSchema, type LineResult, type Reasoning, type Verdict } from '../contract';
import { DrainMiner } from '../drain';
import { createNormalizer } from '../normalize';
import { buildReasoning } from '../reasoning/build';
import { toEvents, type LineScorer } from '../reasoning/explain';
import { EMPTY_KNOWLEDGE, type ReasoningKnowledge } from '../reasoning/knowledge';
import { reasoningProblems } from '../reasoning/validate';
import { collectSessions, type LabelledSessionLog, UNSEEN_PREFIX } from '../sequence/evaluate';
import { SequenceModel } from '../sequence/model';
import { trainSequenceModel } from '../sequence/train';
import { sftRecord, teacherMessages, type SftFormat } from './sft';

export type Teacher = (messages: Array<{ role: 'system' | 'user'; content: string }>) => Promise<string>;

export interface DistillOptions {
  fitSplit: number;
  /** Records at most; anomalous sessions first (up to half), normal ones fill the rest. */
  limit: number;
  format: SftFormat;
  teacher?: Teacher;
  /** Line model; without one, lines carry their template only (verdict normal, score 0, domain other). */
  scorer?: LineScorer;
  knowledge?: ReasoningKnowledge;
}

export interface DistillStats {
  fitSessions: number;
  candidates: { anomalous: number; normal: number };
  written: number;
  output: 'teacher' | 'grounded';
  lineModel: 'bundle' | 'none (templates only)';
  teacherRejected: Array<{ id: string; reason: string }>;
  droppedDisagreeing: number;
}

export async function buildSftDataset(
  log: LabelledSessionLog,
  options: DistillOptions
): Promise<{ records: Array<Record<string, unknown>>; stats: DistillStats }> {
  const { sessions } = collectSessions(log);
  const fitCount = Math.floor(sessions.length * options.fitSplit);
  const fit = sessions.slice(0, fitCount);
  const rest = sessions.slice(fitCount);
  if (fit.length === 0 || rest.length === 0) {
    throw new Error(`the split leaves ${fit.length} fitting and ${rest.length} later sessions; both must be non-empty`);
  }
  const normalizer = createNormalizer({ sample: log.lines.slice(0, 1000) as string[] });
  const miner = new DrainMiner();
  const tokensOf = (i: number) => normalizer.normalize(log.lines[i]).tokens;
  for (const s of fit) {
    s.lines.forEach((i) => miner.add(tokensOf(i)));
  }
  const templateResults = (lineIdx: number[]): LineResult[] =>
    lineIdx.map((i, index) => {
      const tokens = tokensOf(i);
      const m = miner.match(tokens);
      return {
        index,
        verdict: 'normal',
        score: 0,
        domain: 'other',
        domainScores: [],
        template: m ?? { id: `${UNSEEN_PREFIX}${tokens.join(' ')}`, text: tokens.join(' ') },
        novel: m === null,
        truncated: false,
      };
    });
  const resultsFor = async (lineIdx: number[]) =>
    options.scorer ? options.scorer.score(lineIdx.map((i) => ({ line: log.lines[i] }))) : templateResults(lineIdx);

  const calibrateFrom = Math.floor(fit.length * 0.8);
  const fitNormal = fit.slice(0, calibrateFrom).filter((s) => !s.anomalous);
  const ids = async (lineIdx: number[]) => (await resultsFor(lineIdx)).map((r) => r.template.id);
  const model = SequenceModel.fromJSON(
    trainSequenceModel(
      await Promise.all(fitNormal.map(async (s) => ({ key: s.key, templateIds: await ids(s.lines) }))),
      {
        validation: await Promise.all(
          fit
            .slice(calibrateFrom)
            .map(async (s) => ({ key: s.key, templateIds: await ids(s.lines), anomalous: s.anomalous }))
        ),
      }
    )
  );

  const anomalous = rest.filter((s) => s.anomalous).slice(0, Math.ceil(options.limit / 2));
  const normal = rest.filter((s) => !s.anomalous).slice(0, options.limit - anomalous.length);
  const chosen = [...anomalous, ...normal].sort((a, b) => a.firstLine - b.firstLine);
  const knowledge = options.knowledge ?? EMPTY_KNOWLEDGE;
  const stats: DistillStats = {
    fitSessions: fit.length,
    candidates: { anomalous: anomalous.length, normal: normal.length },
    written: 0,
    output: options.teacher ? 'teacher' : 'grounded',
    lineModel: options.scorer ? 'bundle' : 'none (templates only)',
    teacherRejected: [],
    droppedDisagreeing: 0,
  };
  const records: Array<Record<string, unknown>> = [];
  for (const s of chosen) {
    const label: Verdict = s.anomalous ? 'anomaly' : 'normal';
    const events = toEvents(s.lines.map((i) => ({ line: log.lines[i] })));
    const results = await resultsFor(s.lines);
    const a = model.assess(
      results.map((r) => r.template.id),
      (id) => knowledge.template(id)?.gloss ?? id
    );
    const grounded = buildReasoning(events, results, { ...a, threshold: model.calibration.threshold }, knowledge);
    let output: Reasoning | null = grounded.summary.verdict === label ? grounded : null;
    if (options.teacher) {
      const answer = await askTeacher(options.teacher, events, grounded, label);
      if ('reasoning' in answer) {
        output = answer.reasoning;
      } else {
        stats.teacherRejected.push({ id: s.key, reason: answer.reason });
      }
    }
    if (output === null) {
      stats.droppedDisagreeing++;
      continue;
    }
    records.push(sftRecord(options.format, { id: s.key, events, output }));
  }
  stats.written = records.length;
  return { records, stats };
}

async function askTeacher(
  teacher: Teacher,
  events: ReturnType<typeof toEvents>,
  grounded: Reasoning,
  label: Verdict
): Promise<{ reasoning: Reasoning } | { reason: string }> {
  let content: string;
  try {
    content = await teacher(teacherMessages(events, grounded, label));
  } catch (err) {
    return { reason: `teacher request failed: ${(err as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, ''));
  } catch {
    return { reason: 'teacher answer is not valid JSON' };
  }
  const parsed = ReasoningSchema.safeParse(json);
  if (!parsed.success) {
    return {
      reason: `teacher answer does not match the reasoning schema: ${z.prettifyError(parsed.error).split('\n')[0]}`,
    };
  }
  const problems = reasoningProblems(parsed.data, events.length, label);
  return problems.length ? { reason: `teacher answer is not grounded: ${problems[0]}` } : { reasoning: parsed.data };
}

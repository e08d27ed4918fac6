/**
 * `anomaly-lens explain --bundle <dir> --data <log> (--focus-line N | --key <key>) [--session …] [--json]`:
 * the hierarchical reasoning for one sequence of a log file, as an indented outline or the API's JSON.
 */
import type { Command } from 'commander';
import type { ExplainResponse, SessionKey } from '../../contract';
import { loadDetector } from '../../engine/detector';
import { narratorFromEnv } from '../../narrator';
import { explainSequence, type LineScorer, type Narrator } from '../../reasoning/explain';
import { knowledgeFromTables, type ReasoningKnowledge } from '../../reasoning/knowledge';
import { renderExplanation } from '../../reasoning/render';
import { parseSessionOption, resolveExtractors } from '../../sequence/keys';
import type { SequenceScorer } from '../../sequence/assess';
import { loadSequenceScorer } from '../../sequence/detector';
import { CliError, parseIntOption, report } from '../output';
import { readLines } from './eval-sessions';

interface ExplainCliOptions {
  bundle: string;
  data: string;
  focusLine?: number;
  key?: string;
  session?: string;
  windowLines?: number;
  narrate?: boolean;
  showLines?: boolean;
  json?: boolean;
}

export interface ExplainDeps {
  scorer: LineScorer;
  knowledge: ReasoningKnowledge;
  sequenceModel: SequenceScorer | null;
  narrator?: Narrator;
}

/** The 0-based index of the first line whose session key (by `session`, or auto) equals `key`. */
export function findKeyLine(lines: readonly string[], key: string, session: SessionKey | undefined): number {
  const extractors = resolveExtractors(session ?? 'auto');
  const index = lines.findIndex((l) => extractors.some((e) => e.extract(l) === key));
  if (index < 0) {
    throw new CliError(`no line has the session key "${key}"${session ? ` (session ${JSON.stringify(session)})` : ''}`);
  }
  return index;
}

export async function explainLines(
  deps: ExplainDeps,
  lines: readonly string[],
  opts: { focus: number; session?: SessionKey; windowLines?: number; narrate?: boolean }
): Promise<ExplainResponse> {
  return explainSequence(
    deps.scorer,
    deps.knowledge,
    deps.sequenceModel,
    {
      lines: lines.map((line) => ({ line })),
      focus: opts.focus,
      ...(opts.session ? { session: opts.session } : {}),
      ...(opts.windowLines ? { window: { lines: opts.windowLines } } : {}),
      ...(opts.narrate ? { narrate: true } : {}),
    },
    deps.narrator
  );
}

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description(
      'Hierarchical reasoning (event-wise → stages → pattern → indicators → summary) for one sequence of a log'
    )
    .requiredOption('--bundle <dir>', 'model bundle directory')
    .requiredOption('--data <file>', 'log file')
    .option('--focus-line <n>', 'line number (1-based) the sequence is built around', parseIntOption('--focus-line', 1))
    .option('--key <key>', 'session key (block id, instance id, request id, …) of the sequence')
    .option('--session <type>', 'auto, none, hdfs-block, openstack-instance, request-id, regex:<re> or label:<name>')
    .option(
      '--window-lines <n>',
      'lines on each side of the focus line when no key is found',
      parseIntOption('--window-lines', 1)
    )
    .option('--narrate', 'ask the LLM narrator configured by NARRATOR_BASE_URL / NARRATOR_MODEL to rewrite it')
    .option('--show-lines', 'list the raw lines of the events after the outline')
    .option('--json', 'print the ExplainResponse JSON')
    .action(async (opts: ExplainCliOptions) => {
      if ((opts.focusLine === undefined) === (opts.key === undefined)) {
        throw new CliError('give exactly one of --focus-line and --key');
      }
      let session: SessionKey | undefined;
      try {
        session = opts.session ? parseSessionOption(opts.session) : undefined;
      } catch (err) {
        throw new CliError((err as Error).message);
      }
      const lines = readLines(opts.data, '--data');
      if (lines.length === 0) {
        throw new CliError(`--data ${opts.data} is empty`);
      }
      const focus = opts.key !== undefined ? findKeyLine(lines, opts.key, session) : opts.focusLine! - 1;
      if (focus >= lines.length) {
        throw new CliError(`--focus-line ${focus + 1} is past the end of ${opts.data} (${lines.length} lines)`);
      }
      let detector;
      try {
        detector = await loadDetector(opts.bundle);
      } catch (err) {
        throw new CliError(`--bundle ${opts.bundle}: ${(err as Error).message}`);
      }
      try {
        const deps = depsFromDetector(detector);
        const response = await explainLines(deps, lines, {
          focus,
          session,
          windowLines: opts.windowLines,
          narrate: opts.narrate,
        });
        report(opts.json, response, (r) => renderExplanation(r, opts.showLines ? lines : []));
      } finally {
        await detector.close?.();
      }
    });
}

type Detector = Awaited<ReturnType<typeof loadDetector>>;

function depsFromDetector(detector: Detector): ExplainDeps {
  const bundle = detector.bundle;
  const knowledge = knowledgeFromTables(bundle.knowledge.templates, bundle.knowledge.domains);
  let sequenceModel: SequenceScorer | null = null;
  if (bundle.sequenceModel !== undefined && bundle.sequenceModel !== null) {
    try {
      sequenceModel = loadSequenceScorer(bundle.sequenceModel);
    } catch (err) {
      throw new CliError(`the bundle's sequence model is invalid: ${(err as Error).message}`);
    }
  }
  return { scorer: detector, knowledge, sequenceModel, narrator: narratorFromEnv() };
}

/** Every CLI command registers itself here; each lives in its own module. */
import type { Command } from 'commander';
import { registerOpenApi } from './openapi';
import { registerParseEval } from './parse-eval';
import { registerServe } from './serve';
import { registerWatch } from './watch';
import { registerReplay } from './replay';
import { registerEvalSessions } from './eval-sessions';
import { registerReasoningScore } from './reasoning-score';
import { registerDistill } from './distill';
import { registerLabels } from './labels';
import { registerTrain } from './train';
import { registerEval } from './eval';
import { registerExplain } from './explain';
import { registerBaseline } from './baseline';

export function registerCommands(program: Command): void {
  registerOpenApi(program);
  registerParseEval(program);
  registerServe(program);
  registerWatch(program);
  registerReplay(program);
  registerEvalSessions(program);
  registerReasoningScore(program);
  registerDistill(program);
  registerLabels(program);
  registerTrain(program);
  registerEval(program);
  registerExplain(program);
  registerBaseline(program);
}

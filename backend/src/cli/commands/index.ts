/** Every CLI command registers itself here; each lives in its own module. */
import type { Command } from 'commander';
import { registerOpenApi } from './openapi';
import { registerParseEval } from './parse-eval';
import { registerServe } from './serve';

export function registerCommands(program: Command): void {
  registerOpenApi(program);
  registerParseEval(program);
  registerServe(program);
}

/** Every CLI command registers itself here; each lives in its own module. */
import type { Command } from 'commander';
import { registerOpenApi } from './openapi';

export function registerCommands(program: Command): void {
  registerOpenApi(program);
}

import type { Command } from 'commander';
import { buildOpenApiDocument } from '../../api/openapi';
import { PACKAGE_VERSION } from '../../version';
import { printJson } from '../output';

export function registerOpenApi(program: Command): void {
  program
    .command('openapi')
    .description('Print the OpenAPI 3.1 document of the inference service (generated from the contract schemas)')
    .option('--json', 'print JSON (the only format; accepted for consistency)')
    .action(() => {
      // `anomaly-lens openapi | head` closes the pipe early: that is the reader's choice, not an error.
      process.stdout.once('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'EPIPE') {
          process.exit(0);
        }
        throw err;
      });
      printJson(buildOpenApiDocument(PACKAGE_VERSION));
    });
}

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
      printJson(buildOpenApiDocument(PACKAGE_VERSION));
    });
}

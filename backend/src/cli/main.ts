#!/usr/bin/env node
/** The `anomaly-lens` command line: one program, one module per command under ./commands. */
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands';
import { CliError } from './output';
import { PACKAGE_VERSION } from '../version';

export function buildProgram(): Command {
  const program = new Command('anomaly-lens')
    .description('Anomaly Lens: log-anomaly detection and explanation (router + failure-domain experts)')
    .version(PACKAGE_VERSION)
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version also arrive here, with exit code 0.
      return err.exitCode;
    }
    if (err instanceof CliError) {
      process.stderr.write(`anomaly-lens: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(
      `anomaly-lens: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`
    );
    return 1;
  }
}

if (require.main === module) {
  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}

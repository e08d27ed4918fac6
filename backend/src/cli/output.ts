/** Shared conventions of every CLI command: `--json` prints exactly one JSON document on stdout. */

/** A failure the user can fix (bad flag, unreadable file): printed without a stack, exit code 2. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Prints `value` as JSON when asked, otherwise the human rendering. */
export function report<T>(json: boolean | undefined, value: T, human: (value: T) => string): void {
  if (json) {
    printJson(value);
  } else {
    process.stdout.write(human(value).replace(/\n?$/, '\n'));
  }
}

export function parseIntOption(name: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  return (raw: string): number => {
    if (!/^-?\d+$/.test(raw.trim())) {
      throw new CliError(`${name} must be an integer, got "${raw}"`);
    }
    const value = Number(raw);
    if (value < min || value > max) {
      throw new CliError(`${name} must be between ${min} and ${max}, got ${value}`);
    }
    return value;
  };
}

export function parseFloatOption(name: string, min: number, max: number) {
  return (raw: string): number => {
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
      throw new CliError(`${name} must be a number between ${min} and ${max}, got "${raw}"`);
    }
    return value;
  };
}

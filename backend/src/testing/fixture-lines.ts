/** Lines of every Loghub fixture system (tests/fixtures/loghub/<System>/<System>_2k.log), for equivalence tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES_DIR = join(__dirname, '../../../tests/fixtures');

export function loghubFixtureLines(): string[] {
  const dir = join(FIXTURES_DIR, 'loghub');
  return readdirSync(dir)
    .map((name) => join(dir, name, `${name}_2k.log`))
    .filter((file) => existsSync(file))
    .flatMap((file) => readFileSync(file, 'utf8').split('\n'));
}

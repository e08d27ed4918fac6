/** The Loghub-2k fixture lines (tests/fixtures/loghub, 40 per system) as each system wrote them: label column removed. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseLoghubLabelled } from '../train/data';

export const LOGHUB_FIXTURES = join(__dirname, '../../../tests/fixtures/loghub');
/** Systems whose Loghub file carries a ground-truth label column in front. */
const LABELLED = new Set(['BGL', 'Thunderbird']);

/** `[system, line]` for every fixture line of every system. */
export function loghubSystemLines(): Array<[string, string]> {
  return readdirSync(LOGHUB_FIXTURES)
    .filter((s) => existsSync(join(LOGHUB_FIXTURES, s, `${s}_2k.log`)))
    .sort()
    .flatMap((system) => {
      const text = readFileSync(join(LOGHUB_FIXTURES, system, `${system}_2k.log`), 'utf8');
      const lines = LABELLED.has(system)
        ? parseLoghubLabelled(text, system).lines.map((l) => l.line)
        : text.split('\n').filter((l) => l.trim() !== '');
      return lines.map((l): [string, string] => [system, l]);
    });
}

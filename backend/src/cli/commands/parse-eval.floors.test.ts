/**
 * Parsing accuracy may not regress: the 16 Loghub-2k systems (committed in tests/fixtures/loghub-2k, so this
 * always runs) through the real path (format `auto`, default miner), each at or above its floor in
 * bench/parse/ga-floors.json (measured GA minus a small margin, never below Drain's published GA where it is
 * reached). A change that moves GA on purpose updates the floors with the measured numbers.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../testing/run-cli';
import { PUBLISHED_DRAIN_GA, floorViolations, readFloors, runParseEval } from './parse-eval';

const ROOT = join(__dirname, '..', '..', '..', '..');
const DATA = join(ROOT, 'tests', 'fixtures', 'loghub-2k');
const FLOORS = join(ROOT, 'bench', 'parse', 'ga-floors.json');

describe('parse-eval floors on Loghub-2k', () => {
  it('has the 16 systems and a floor for each', () => {
    expect(existsSync(DATA)).toBe(true);
    const floors = readFloors(FLOORS);
    expect(Object.keys(floors.datasets).sort()).toEqual(Object.keys(PUBLISHED_DRAIN_GA).sort());
    // Every system reached Drain's published GA (Zhu et al. 2019), so no floor may be set below it.
    for (const [name, published] of Object.entries(PUBLISHED_DRAIN_GA)) {
      expect([name, floors.datasets[name]! >= published]).toEqual([name, true]);
    }
    expect(floors.average).toBeGreaterThanOrEqual(0.9);
  });

  it('every system and the average are at or above their floors (real path: format auto)', () => {
    const report = runParseEval(DATA, { ideal: false });
    expect(report.datasets).toHaveLength(16);
    for (const d of report.datasets) {
      expect(d.lines).toBe(2000);
      expect(d.format).toBe('auto');
    }
    expect(floorViolations(report, readFloors(FLOORS))).toEqual([]);
  });

  it('reports a system below its floor, a missing system and a low average', () => {
    const report = runParseEval(join(ROOT, 'tests', 'fixtures', 'loghub', 'tiny'), { ideal: false });
    expect(floorViolations(report, { average: 0.9, datasets: { Tiny: 0.7, Gone: 0.5 } })).toEqual([
      'Tiny: GA 0.6667 < floor 0.7',
      'Gone: missing (floor 0.5)',
      'average: GA 0.6667 < floor 0.9',
    ]);
  });

  it('--floors makes the CLI exit 1 with the shortfall, 0 when met', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'floors-'));
    try {
      const file = join(dir, 'floors.json');
      const tiny = join(ROOT, 'tests', 'fixtures', 'loghub', 'tiny');
      writeFileSync(file, JSON.stringify({ average: 0.5, datasets: { Tiny: 0.9 } }));
      const failed = await runCli(['parse-eval', '--data', tiny, '--floors', file]);
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain('Tiny: GA 0.6667 < floor 0.9');
      writeFileSync(file, JSON.stringify({ average: 0.5, datasets: { Tiny: 0.6 } }));
      expect((await runCli(['parse-eval', '--data', tiny, '--floors', file])).code).toBe(0);
      writeFileSync(file, '{"average": 2}');
      expect((await runCli(['parse-eval', '--data', tiny, '--floors', file])).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

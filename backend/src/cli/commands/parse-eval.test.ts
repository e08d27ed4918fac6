import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../main';
import { findLabelledLogs, runParseEval } from './parse-eval';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'loghub');

describe('parse-eval', () => {
  it('scores the hand-worked tiny log exactly', () => {
    // Tiny_2k.log (default miner, depth 6: the first three tokens key the tree):
    //   1,2 "job <NUM> started on node-<NUM>"  → one group = truth E1           → 2 correct, PA 2 (template equal)
    //   3   "job <NUM> finished in <DURATION>" → alone     = truth E2           → 1 correct, PA 0 (`35 ms` is
    //                                            one quantity; the truth keeps `ms`: "job <*> finished in <*> ms")
    //   4,5 "disk sda failed" / "disk sdb failed": sda/sdb are tree keys, so two groups ≠ truth E3 {4,5}
    //                                                                            → 0 correct, PA 0 ("disk <*> failed")
    //   6   "fan speed high"                    → alone     = truth E4           → 1 correct, PA 1
    // GA = 4/6, PA = 3/6. No header format parses these lines (format auto, header unknown).
    const report = runParseEval(join(FIXTURES, 'tiny'));
    expect(report.datasets).toHaveLength(1);
    expect(report.datasets[0]).toMatchObject({
      name: 'Tiny',
      lines: 6,
      format: 'auto',
      headerFormat: 'unknown',
      templates: 5,
      ideal: null,
    });
    expect(report.datasets[0].ga).toBeCloseTo(4 / 6, 10);
    expect(report.datasets[0].pa).toBeCloseTo(3 / 6, 10);
    expect(report.average).toEqual({ ga: 0.6667, pa: 0.5 });
    expect(report.idealAverage).toBeNull();
  });

  it('runs over the Loghub fixtures on the real path (auto), with the dataset format as ideal parse', () => {
    const report = runParseEval(FIXTURES);
    expect(report.datasets.map((d) => d.name)).toHaveLength(16);
    for (const d of report.datasets) {
      expect(d.format).toBe('auto');
      expect(d.headerShare).toBeGreaterThan(0.9);
      expect(d.ideal?.format).toBe(d.name.toLowerCase());
      expect(d.lines).toBe(40);
      expect(d.ga).toBeGreaterThanOrEqual(0);
      expect(d.ga).toBeLessThanOrEqual(1);
      expect(d.publishedDrainGa).not.toBeNull();
    }
    // HDFS's first 40 lines are easy: every group must be exact.
    expect(report.datasets.find((d) => d.name === 'HDFS')?.ga).toBe(1);
  });

  it('prints the documented JSON through the CLI', async () => {
    const chunks: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    });
    try {
      const code = await main(['node', 'anomaly-lens', 'parse-eval', '--data', join(FIXTURES, 'tiny'), '--json']);
      expect(code).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const out = JSON.parse(chunks.join(''));
    expect(out).toEqual({
      datasets: [
        expect.objectContaining({ name: 'Tiny', lines: 6, ga: 0.6667, pa: 0.5, linesPerSecond: expect.any(Number) }),
      ],
      average: { ga: 0.6667, pa: 0.5 },
      idealAverage: null,
    });
  });

  it('fails with a precise message for a folder without labelled logs', () => {
    expect(() => findLabelledLogs(join(FIXTURES, 'nope'))).toThrow(/is not a directory/);
    const empty = mkdtempSync(join(tmpdir(), 'parse-eval-'));
    try {
      expect(() => findLabelledLogs(empty)).toThrow(/no <name>\.log with a <name>\.log_structured\.csv found/);
    } finally {
      rmSync(empty, { recursive: true });
    }
  });
});

import { hdfsLokiRows } from '../__fixtures__/hdfsLokiRows';
import { scoreHdfs } from '../__fixtures__/scoreHdfs';
import type { ApiClient } from './api';
import type { LogLineInput } from './contract';
import type { LogLine } from './frames';
import { scoreInBatches } from './scoring';

describe('scoreInBatches', () => {
  it('splits requests under the limit and maps indices back to the lines', async () => {
    const lines: LogLine[] = hdfsLokiRows.map((r, i) => ({
      index: i,
      tsNs: r.tsNs,
      timeMs: 0,
      line: r.line,
      labels: r.labels,
      id: r.id,
    }));
    const calls: LogLineInput[][] = [];
    const client = {
      score: (batch: LogLineInput[]) => {
        calls.push(batch);
        const offset = lines.findIndex((l) => l.id === batch[0].id);
        return Promise.resolve({
          model: scoreHdfs.model,
          results: batch.map((_, i) => ({ ...scoreHdfs.results[offset + i], index: i })),
        });
      },
    } as unknown as ApiClient;
    const { model, results } = await scoreInBatches(client, lines, 50);
    expect(calls.map((c) => c.length)).toEqual([50, 50, 48]);
    expect(model).toEqual(scoreHdfs.model);
    expect(results).toEqual(scoreHdfs.results);
  });
});

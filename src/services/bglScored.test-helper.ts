/** The recorded BGL lines as the plugin holds them, joined with their recorded scores: shared by the tests. */
import { bglLokiRows } from '../__fixtures__/bglLokiRows';
import { scoreBgl } from '../__fixtures__/scoreBgl';
import { joinResults } from './analysis';
import type { LogLine } from './frames';

export const bglLines: LogLine[] = bglLokiRows.map((r, index) => ({
  index,
  tsNs: r.tsNs,
  timeMs: Number(BigInt(r.tsNs) / BigInt(1_000_000)),
  line: r.line,
  labels: r.labels,
  id: r.id,
}));
export const bglScored = joinResults(bglLines, scoreBgl.results);

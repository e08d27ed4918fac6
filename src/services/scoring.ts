/** Scores any number of lines in batches under the service's per-request limit, keeping request indices. */
import type { ApiClient } from './api';
import type { LineResult, ModelRef } from './contract';
import { toServiceLines, type LogLine } from './frames';

/** Below the service's default MAX_LINES_PER_REQUEST (10,000) so one batch never trips 413. */
export const SCORE_BATCH = 5000;

export async function scoreInBatches(
  client: ApiClient,
  lines: LogLine[],
  batch = SCORE_BATCH
): Promise<{ model: ModelRef | null; results: LineResult[] }> {
  const results: LineResult[] = [];
  let model: ModelRef | null = null;
  for (let start = 0; start < lines.length; start += batch) {
    const chunk = lines.slice(start, start + batch);
    const response = await client.score(toServiceLines(chunk));
    model = response.model;
    for (const r of response.results) {
      // The service indexes within the request; map back to the line's own index.
      const line = chunk[r.index];
      if (line) {
        results.push({ ...r, index: line.index });
      }
    }
  }
  return { model, results };
}

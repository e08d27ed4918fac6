import { useCallback, useMemo, useState } from 'react';
import type { ApiClient } from '../services/api';
import { toTimeRangeSafe } from '../services/urlState';
import { useExplainUrl } from './useExplainUrl';
import { useScoredLines } from './useScoredLines';

/**
 * The query in the URL (data source, LogQL, range, max lines; `query` is null until both are chosen), its lines
 * scored, and `run` to query again.
 * Shared by the Explain, Failure domains and Labelling pages, which all start from the same query bar.
 */
export function useQueriedLines(client: ApiClient) {
  const { state: url, update } = useExplainUrl();
  const [runId, setRunId] = useState(0);
  // Relative ranges ("now-1h") resolve again on every run.
  const range = useMemo(() => {
    void runId;
    return toTimeRangeSafe(url.from, url.to);
  }, [url.from, url.to, runId]);
  const query =
    url.ds && url.query.trim()
      ? {
          datasourceUid: url.ds,
          expr: url.query,
          fromMs: range.from.valueOf(),
          toMs: range.to.valueOf(),
          maxLines: url.maxLines,
        }
      : null;
  const data = useScoredLines(client, query, runId);
  const run = useCallback(() => setRunId((r) => r + 1), []);
  return { url, update, range, query, data, run };
}

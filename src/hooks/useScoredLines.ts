/** Loads lines from Loki through Grafana and scores them; one run per change of query, range or cap. */
import { useEffect, useState } from 'react';
import type { ApiClient } from '../services/api';
import { joinResults, type ScoredLine } from '../services/analysis';
import type { ModelRef } from '../services/contract';
import { toServiceError, type ServiceError } from '../services/errors';
import type { LogLine } from '../services/frames';
import { LokiError, queryLoki } from '../services/loki';
import { scoreInBatches } from '../services/scoring';

export interface ScoredLinesQuery {
  datasourceUid?: string;
  expr: string;
  fromMs: number;
  toMs: number;
  maxLines: number;
}

export type ScoredLinesState =
  | { status: 'idle' }
  | { status: 'loading'; phase: 'loki' | 'scoring'; lines?: number }
  | { status: 'error'; error: LokiError | ServiceError }
  | {
      status: 'done';
      all: LogLine[];
      scored: ScoredLine[];
      total: number;
      capped: boolean;
      maxLines: number;
      model: ModelRef | null;
      ms: { loki: number; scoring: number };
    };

export function useScoredLines(client: ApiClient, query: ScoredLinesQuery | null, runId: number): ScoredLinesState {
  const [state, setState] = useState<ScoredLinesState>({ status: 'idle' });
  const { datasourceUid, expr, fromMs, toMs, maxLines } = query ?? {};
  const enabled = query !== null;
  useEffect(() => {
    if (!enabled) {
      return;
    }
    let cancelled = false;
    (async () => {
      setState({ status: 'loading', phase: 'loki' });
      const t0 = performance.now();
      const loki = await queryLoki({
        datasourceUid: datasourceUid ?? '',
        expr: expr ?? '',
        fromMs: fromMs ?? 0,
        toMs: toMs ?? 0,
        maxLines,
      });
      if (cancelled) {
        return;
      }
      setState({ status: 'loading', phase: 'scoring', lines: loki.lines.length });
      const t1 = performance.now();
      const { model, results } = await scoreInBatches(client, loki.lines);
      if (cancelled) {
        return;
      }
      setState({
        status: 'done',
        all: loki.lines,
        scored: joinResults(loki.lines, results),
        total: loki.total,
        capped: loki.capped,
        maxLines: loki.maxLines,
        model,
        ms: { loki: t1 - t0, scoring: performance.now() - t1 },
      });
    })().catch((e: unknown) => {
      if (!cancelled) {
        setState({ status: 'error', error: e instanceof LokiError ? e : toServiceError(e, 'scoring the lines') });
      }
    });
    return () => {
      cancelled = true;
    };
  }, [client, enabled, datasourceUid, expr, fromMs, toMs, maxLines, runId]);
  return enabled ? state : { status: 'idle' };
}

/** What the page shows while a run is under way: which phase, and how many lines are being scored. */
export function scoringProgress(state: ScoredLinesState & { status: 'loading' }): string {
  return state.phase === 'loki' ? 'Querying Loki…' : `Scoring ${state.lines?.toLocaleString()} lines…`;
}

/** URL-backed query state shared by the Explain and Failure domains pages. */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { TimeRange } from '@grafana/data';
import {
  fromTimeRange,
  parseExplainParams,
  toExplainParams,
  toTimeRange,
  type ExplainUrlState,
} from '../services/urlState';

export function useExplainUrl() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseExplainParams(params), [params]);
  const update = useCallback(
    (patch: Partial<ExplainUrlState> & { range?: TimeRange }) => {
      const { range, ...rest } = patch;
      const next: ExplainUrlState = { ...state, ...rest, ...(range ? fromTimeRange(range) : {}) };
      // A new query or range drops the focus line: it belonged to the old result.
      if (patch.query !== undefined || patch.ds !== undefined || range) {
        next.focus = patch.focus;
      }
      setParams(toExplainParams(next), { replace: false });
    },
    [state, setParams]
  );
  return { state, update, toRange: () => toTimeRange(state.from, state.to) };
}

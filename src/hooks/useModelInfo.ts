import { useCallback } from 'react';
import type { ApiClient } from '../services/api';
import type { ModelInfo } from '../services/contract';
import { useLoad } from './useLoad';

/**
 * The serving model's info (its decision rule shows each score beside its cut). Null until loaded or when the
 * service does not answer: scores are then shown alone, and the failure surfaces where scoring fails.
 */
export function useModelInfo(client: ApiClient): ModelInfo | null {
  const state = useLoad(
    useCallback(() => client.model(), [client]),
    'reading the model'
  );
  return state.status === 'done' ? state.value : null;
}

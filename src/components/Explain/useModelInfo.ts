import { useEffect, useState } from 'react';
import type { ApiClient } from '../../services/api';
import type { ModelInfo } from '../../services/contract';

/**
 * The serving model's info (its decision rule shows each score beside its cut). Null until loaded or when the
 * service does not answer: scores are then shown alone, and the failure surfaces where scoring fails.
 */
export function useModelInfo(client: ApiClient): ModelInfo | null {
  const [info, setInfo] = useState<ModelInfo | null>(null);
  useEffect(() => {
    let cancelled = false;
    client
      .model()
      .then((m) => !cancelled && setInfo(m))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [client]);
  return info;
}

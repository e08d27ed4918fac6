import { useEffect, useState } from 'react';
import type { ApiClient } from '../../services/api';
import { toServiceError, type ServiceError } from '../../services/errors';
import type { LogLine } from '../../services/frames';
import { findIncidents, type Incidents } from '../../services/incidents';

export type IncidentsState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; value: Incidents }
  | { status: 'error'; error: ServiceError };

/** The incidents of a result's lines, asked for once the lines are loaded (null: nothing loaded). */
export function useIncidents(client: ApiClient, all: LogLine[] | null): IncidentsState {
  const [state, setState] = useState<{ key: LogLine[] | null; state: IncidentsState }>({
    key: null,
    state: { status: 'idle' },
  });
  useEffect(() => {
    if (!all || all.length === 0) {
      return;
    }
    let cancelled = false;
    findIncidents(client, all)
      .then((value) => !cancelled && setState({ key: all, state: { status: 'done', value } }))
      .catch(
        (e: unknown) =>
          !cancelled &&
          setState({ key: all, state: { status: 'error', error: toServiceError(e, 'finding incidents') } })
      );
    return () => {
      cancelled = true;
    };
  }, [client, all]);
  if (state.key === all && all) {
    return state.state;
  }
  return all ? { status: 'loading' } : { status: 'idle' };
}

import { useCallback } from 'react';
import type { ApiClient } from '../services/api';
import type { LogLine } from '../services/frames';
import { findIncidents, type Incidents } from '../services/incidents';
import { useLoad, type LoadState } from './useLoad';

export type IncidentsState = LoadState<Incidents>;

/** The incidents of a result's lines, asked for once the lines are loaded (null or none: idle). */
export function useIncidents(client: ApiClient, all: LogLine[] | null): IncidentsState {
  const load = useCallback(() => findIncidents(client, all ?? []), [client, all]);
  return useLoad(all && all.length > 0 ? load : null, 'finding incidents');
}

/**
 * The loading and error states of a request, as every page and the panel show them: a placeholder while it runs,
 * an alert with the error's title and message when it failed, nothing otherwise (the caller renders the result).
 */
import React from 'react';
import { Alert, LoadingPlaceholder } from '@grafana/ui';
import type { ServiceError } from '../../services/errors';
import { LokiError } from '../../services/loki';

export type StatusState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done' }
  | { status: 'error'; error: LokiError | ServiceError };

export interface StatusProps {
  state: StatusState;
  /** The placeholder's text while loading; without it nothing shows while loading. */
  loading?: string;
  /** Idle (nothing asked for yet) shows as loading: the request starts as soon as its input arrives. */
  idleIsLoading?: boolean;
  /** A failure that leaves the page usable (counts that are a nicety) warns instead. */
  severity?: 'error' | 'warning';
  /** Put before the error's title: what could not be shown. */
  titlePrefix?: string;
}

export function Status({ state, loading, idleIsLoading, severity = 'error', titlePrefix = '' }: StatusProps) {
  if (state.status === 'loading' || (idleIsLoading && state.status === 'idle')) {
    return loading === undefined ? null : <LoadingPlaceholder text={loading} />;
  }
  if (state.status !== 'error') {
    return null;
  }
  const { error } = state;
  // A query with no lines is an answer, not a failure.
  const empty = error instanceof LokiError && error.kind === 'empty';
  return (
    <Alert severity={empty ? 'info' : severity} title={`${titlePrefix}${errorTitle(error)}`}>
      {error.message}
    </Alert>
  );
}

export function errorTitle(error: LokiError | ServiceError): string {
  if (error instanceof LokiError) {
    const titles: Record<LokiError['kind'], string> = {
      no_datasource: 'No Loki data source',
      not_loki: 'Not a Loki data source',
      empty: 'No log lines',
      query: 'Loki query failed',
      denied: 'No access to the data source',
      timeout: 'Loki timed out',
      failed: 'Loki query failed',
    };
    return titles[error.kind];
  }
  return error.title;
}

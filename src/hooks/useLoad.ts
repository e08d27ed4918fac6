import { useEffect, useState } from 'react';
import { toServiceError, type ServiceError } from '../services/errors';

export type LoadState<T> =
  { status: 'idle' } | { status: 'loading' } | { status: 'done'; value: T } | { status: 'error'; error: ServiceError };

/**
 * One request's state: `load` runs when it changes (memoise it on what it reads; null: nothing to load, idle).
 * A result is shown only for the `load` that asked for it, so a stale answer (the previous page of templates, the
 * previous query's lines) never shows under new inputs, and an unmounted component is never updated.
 * `what` names the request in the error ("reading the model").
 */
export function useLoad<T>(load: (() => Promise<T>) | null, what: string): LoadState<T> {
  const [result, setResult] = useState<{ for: () => Promise<T>; state: LoadState<T> } | null>(null);
  useEffect(() => {
    if (!load) {
      return;
    }
    let cancelled = false;
    load()
      .then((value) => !cancelled && setResult({ for: load, state: { status: 'done', value } }))
      .catch(
        (e: unknown) =>
          !cancelled && setResult({ for: load, state: { status: 'error', error: toServiceError(e, what) } })
      );
    return () => {
      cancelled = true;
    };
  }, [load, what]);
  if (!load) {
    return { status: 'idle' };
  }
  return result?.for === load ? result.state : { status: 'loading' };
}

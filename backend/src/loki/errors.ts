/** Errors of the Loki client. Loki answers errors as plain text; that body is kept verbatim. */

export type LokiOperation = 'query_range' | 'push' | 'labels' | 'series';

export class LokiHttpError extends Error {
  constructor(
    readonly operation: LokiOperation,
    readonly status: number,
    /** The response body exactly as Loki sent it. */
    readonly body: string,
    readonly attempts: number
  ) {
    super(`Loki ${operation} failed with HTTP ${status}: ${body.trimEnd()}`);
    this.name = 'LokiHttpError';
  }

  get retryable(): boolean {
    return isRetryableStatus(this.status);
  }
}

/** The request never produced an HTTP response (connection refused, reset, DNS, timeout). */
export class LokiNetworkError extends Error {
  constructor(
    readonly operation: LokiOperation,
    override readonly cause: unknown,
    readonly attempts: number
  ) {
    super(`Loki ${operation} failed after ${attempts} attempt(s): ${describeCause(cause)}`);
    this.name = 'LokiNetworkError';
  }
}

/** Loki answered 2xx but the body is not what the API documents. */
export class LokiResponseError extends Error {
  constructor(
    readonly operation: LokiOperation,
    message: string
  ) {
    super(`Loki ${operation} returned an unexpected response: ${message}`);
    this.name = 'LokiResponseError';
  }
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = (cause as Error & { cause?: unknown }).cause;
    return inner instanceof Error ? `${cause.message} (${inner.message})` : cause.message;
  }
  return String(cause);
}

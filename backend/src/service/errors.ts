/** Errors as the API reports them: `{ error: { code, message, details } }` with a code from the contract. */
import type { Response } from 'express';
import type { ErrorCode, ErrorResponse } from '../contract';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {}
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The scoring queue has no room for the request's lines. */
export class OverloadedError extends HttpError {
  constructor(queued: number, requested: number, capacity: number, retryAfterSeconds: number) {
    super(
      429,
      'overloaded',
      `scoring queue is full (${queued} of ${capacity} lines queued, request has ${requested}); retry later`,
      // The delay is in the body too: Grafana's plugin proxy does not hand response headers to the plugin.
      { queuedLines: queued, requestLines: requested, queueMaxLines: capacity, retryAfterSeconds },
      { 'Retry-After': String(retryAfterSeconds) }
    );
  }
}

/** The request waited or ran longer than the configured timeout. */
export class TimeoutError extends HttpError {
  constructor(timeoutMs: number) {
    super(504, 'timeout', `scoring did not finish within ${timeoutMs} ms`, { timeoutMs });
  }
}

/** An inference worker died while it held part of the request. */
export class WorkerCrashedError extends HttpError {
  constructor(reason: string) {
    super(503, 'unavailable', `an inference worker failed while scoring this request: ${reason}`);
  }
}

/** The engine is closed (shutdown or a swap in progress) or no model is loaded. */
export class UnavailableError extends HttpError {
  constructor(message: string) {
    super(503, 'unavailable', message);
  }
}

export function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorResponse {
  return details === undefined ? { error: { code, message } } : { error: { code, message, details } };
}

export function sendError(res: Response, err: HttpError): void {
  for (const [name, value] of Object.entries(err.headers)) {
    res.setHeader(name, value);
  }
  res.status(err.status).json(errorBody(err.code, err.message, err.details));
}

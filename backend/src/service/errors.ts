/** The scoring path's errors (queue, timeout, workers), as HttpErrors; the base and its rendering are in http/. */
import { HttpError } from '../http/errors';

export { errorBody, HttpError, sendError } from '../http/errors';

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

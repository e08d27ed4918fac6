/** Errors as the API reports them (service, labels, baseline): `{ error: { code, message, details } }` with a code from the contract. */
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

export function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorResponse {
  return details === undefined ? { error: { code, message } } : { error: { code, message, details } };
}

export function sendError(res: Response, err: HttpError): void {
  for (const [name, value] of Object.entries(err.headers)) {
    res.setHeader(name, value);
  }
  res.status(err.status).json(errorBody(err.code, err.message, err.details));
}

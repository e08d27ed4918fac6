/**
 * Pure mapping from whatever a failed request throws (Grafana FetchError, rxjs TimeoutError, network errors,
 * schema failures) to one typed error with a specific, actionable message for the UI.
 */
import { ErrorResponseSchema } from './contract';

export type ServiceErrorKind =
  | 'unreachable'
  | 'unauthorized'
  | 'rate_limited'
  | 'timeout'
  | 'bad_request'
  | 'too_large'
  | 'not_configured'
  | 'unavailable'
  | 'not_implemented'
  | 'invalid_response'
  | 'server';

export class ServiceError extends Error {
  readonly kind: ServiceErrorKind;
  readonly status?: number;
  readonly code?: string;
  readonly retryAfterSeconds?: number;

  constructor(
    kind: ServiceErrorKind,
    message: string,
    extra: { status?: number; code?: string; retryAfterSeconds?: number } = {}
  ) {
    super(message);
    this.name = 'ServiceError';
    this.kind = kind;
    this.status = extra.status;
    this.code = extra.code;
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }

  /** A short title for an Alert; the message carries the details and the fix. */
  get title(): string {
    return TITLES[this.kind];
  }
}

const TITLES: Record<ServiceErrorKind, string> = {
  unreachable: 'Anomaly Lens service unreachable',
  unauthorized: 'Anomaly Lens rejected the API key',
  rate_limited: 'Anomaly Lens is busy',
  timeout: 'Anomaly Lens timed out',
  bad_request: 'Anomaly Lens rejected the request',
  too_large: 'Too many lines for one request',
  not_configured: 'Anomaly Lens is not configured',
  unavailable: 'Anomaly Lens is not ready',
  not_implemented: 'Not available in this service build',
  invalid_response: 'Unexpected response from Anomaly Lens',
  server: 'Anomaly Lens failed',
};

export const DEFAULT_RETRY_AFTER_SECONDS = 5;

interface ErrorLike {
  status?: unknown;
  statusText?: unknown;
  data?: unknown;
  message?: unknown;
  name?: unknown;
  cancelled?: unknown;
  headers?: unknown;
  retryAfterSeconds?: unknown;
}

function asObject(value: unknown): ErrorLike | null {
  return typeof value === 'object' && value !== null ? (value as ErrorLike) : null;
}

/** Retry-After in seconds from a Headers object or a plain record; Grafana's FetchError usually carries none. */
export function retryAfterFrom(headers: unknown): number | undefined {
  let raw: unknown;
  if (headers && typeof (headers as Headers).get === 'function') {
    raw = (headers as Headers).get('Retry-After');
  } else if (headers && typeof headers === 'object') {
    const rec = headers as Record<string, unknown>;
    raw = rec['Retry-After'] ?? rec['retry-after'];
  }
  const n = typeof raw === 'string' || typeof raw === 'number' ? Number(raw) : NaN;
  return Number.isFinite(n) && n >= 0 ? Math.ceil(n) : undefined;
}

/** The service repeats Retry-After in the error body (`details.retryAfterSeconds`), which survives the proxy. */
function retryAfterFromDetails(details: unknown): number | undefined {
  const n = asObject(details)?.retryAfterSeconds;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.ceil(n) : undefined;
}

/** Grafana proxy and data source errors put their text in data.message (or data as a string). */
function grafanaMessage(data: unknown): string | undefined {
  if (typeof data === 'string' && data.trim()) {
    return data.trim().slice(0, 300);
  }
  const obj = asObject(data);
  return typeof obj?.message === 'string' && obj.message ? obj.message : undefined;
}

const CONNECTION_REFUSED =
  /ECONNREFUSED|connection refused|no such host|dial tcp|Failed to fetch|NetworkError|EHOSTUNREACH/i;

/**
 * @param what what was being done, for the message ("scoring 1,200 lines")
 */
export function toServiceError(err: unknown, what = 'calling the service'): ServiceError {
  if (err instanceof ServiceError) {
    return err;
  }
  const e = asObject(err);
  if (e?.name === 'TimeoutError') {
    return new ServiceError(
      'timeout',
      `No answer while ${what}. Try a shorter time range or fewer lines, or check the service's load.`
    );
  }
  const status = typeof e?.status === 'number' ? e.status : undefined;
  const parsed = ErrorResponseSchema.safeParse(e?.data);
  const service = parsed.success ? parsed.data.error : undefined;
  const proxyText = grafanaMessage(e?.data) ?? (typeof e?.message === 'string' ? e.message : undefined);
  const extra = { status, code: service?.code };

  if (status === undefined || status === 0) {
    if (proxyText && CONNECTION_REFUSED.test(proxyText)) {
      return new ServiceError(
        'unreachable',
        `The service could not be reached while ${what} (${proxyText}). Check that it is running and that the service URL in the app configuration is right.`,
        extra
      );
    }
    return new ServiceError('server', `Request failed while ${what}: ${proxyText ?? String(err)}`, extra);
  }
  if (status === 401 || status === 403) {
    return new ServiceError(
      'unauthorized',
      status === 401
        ? 'The service rejected the API key (401). Check the API key in the Anomaly Lens app configuration.'
        : `Access denied (403): ${service?.message ?? proxyText ?? 'your Grafana role may not allow this'}.`,
      extra
    );
  }
  if (status === 429) {
    const retry =
      retryAfterFrom(e?.headers) ??
      retryAfterFromDetails(service?.details) ??
      (typeof e?.retryAfterSeconds === 'number' ? e.retryAfterSeconds : undefined);
    const seconds = retry ?? DEFAULT_RETRY_AFTER_SECONDS;
    return new ServiceError(
      'rate_limited',
      `The service is overloaded${service ? ` (${service.message})` : ''}. Retry after ${seconds} s, or score fewer lines at once.`,
      { ...extra, retryAfterSeconds: seconds }
    );
  }
  if (status === 504 || service?.code === 'timeout') {
    return new ServiceError(
      'timeout',
      `The service timed out while ${what}${service ? ` (${service.message})` : ''}. Try a shorter time range or fewer lines.`,
      extra
    );
  }
  if (status === 413) {
    return new ServiceError(
      'too_large',
      `${service?.message ?? 'The request is too large'}. Lower "Max lines" or narrow the query.`,
      extra
    );
  }
  if (status === 501) {
    return new ServiceError('not_implemented', service?.message ?? 'The service does not implement this yet.', extra);
  }
  if (status === 503) {
    return new ServiceError(
      'unavailable',
      `${service?.message ?? 'The service is not ready'}. It may still be loading its model; check /readyz and retry shortly.`,
      extra
    );
  }
  // Grafana's plugin proxy answers 502 when the upstream refuses the connection or the URL is wrong.
  if (status === 502 || (!service && proxyText && CONNECTION_REFUSED.test(proxyText))) {
    return new ServiceError(
      'unreachable',
      `The service could not be reached while ${what} (${status} from Grafana's plugin proxy). Check that it is running and that the service URL in the app configuration is right.`,
      extra
    );
  }
  if (status === 404 && !service) {
    return new ServiceError(
      'not_configured',
      `Grafana found no route to the service (404${proxyText ? `: ${proxyText}` : ''}). Enable the app and set its service URL in the app configuration.`,
      extra
    );
  }
  if (status >= 400 && status < 500) {
    return new ServiceError(
      'bad_request',
      `${service?.message ?? proxyText ?? `HTTP ${status}`} (while ${what}).`,
      extra
    );
  }
  return new ServiceError(
    'server',
    `The service failed while ${what} (HTTP ${status}${service ? `, ${service.code}` : ''}): ${service?.message ?? proxyText ?? 'no details'}. See the service log.`,
    extra
  );
}

/** A response that does not match the contract: the service and plugin versions likely differ. */
export function invalidResponse(what: string, issues: string): ServiceError {
  return new ServiceError(
    'invalid_response',
    `The service's answer to ${what} does not match the contract (${issues}). The service and plugin versions may differ.`
  );
}

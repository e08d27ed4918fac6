/**
 * What a failing label database means to the service: SQLite's error codes mapped to an HTTP answer, and the
 * store's health for /readyz. A full disk or a lock held by another process is not a reason to stop scoring: the
 * feedback routes answer 507/503 with the reason, retrain jobs fail, and /readyz reports the store as degraded
 * until a write succeeds again.
 */
import { HttpError } from '../http/errors';

export interface StoreFailure {
  status: 503 | 507;
  code: 'unavailable' | 'insufficient_storage';
  /** Retry-After in seconds for transient failures (a lock). */
  retryAfterSeconds?: number;
  reason: string;
}

/** better-sqlite3's SqliteError carries SQLite's extended code, e.g. SQLITE_FULL, SQLITE_BUSY, SQLITE_IOERR_WRITE. */
export function sqliteCode(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

export function isBusy(err: unknown): boolean {
  const code = sqliteCode(err);
  return code !== null && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** Null for errors that are not the database's (they stay 500s: a bug, not an operational condition). */
export function classifyStoreError(err: unknown): StoreFailure | null {
  const code = sqliteCode(err);
  if (code === null) {
    return null;
  }
  const detail = `${code}: ${(err as Error).message}`;
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC') {
    return { status: 507, code: 'insufficient_storage', reason: `the label database cannot grow (${detail})` };
  }
  if (isBusy(err)) {
    return {
      status: 503,
      code: 'unavailable',
      retryAfterSeconds: 1,
      reason: `the label database is locked by another connection (${detail})`,
    };
  }
  return { status: 503, code: 'unavailable', reason: `the label database failed (${detail})` };
}

export function storeHttpError(failure: StoreFailure): HttpError {
  const headers: Record<string, string> =
    failure.retryAfterSeconds !== undefined ? { 'Retry-After': String(failure.retryAfterSeconds) } : {};
  return new HttpError(
    failure.status,
    failure.code,
    `${failure.reason}; nothing was stored`,
    failure.retryAfterSeconds !== undefined ? { retryAfterSeconds: failure.retryAfterSeconds } : undefined,
    headers
  );
}

export interface StoreHealthStatus {
  status: 'ok' | 'degraded';
  reason?: string;
  since?: string;
}

/** Degraded from the first database failure until the next write that succeeds. */
export class StoreHealth {
  private failure: { reason: string; since: string } | null = null;

  constructor(private readonly now: () => Date = () => new Date()) {}

  failed(reason: string): void {
    this.failure ??= { reason, since: this.now().toISOString() };
    if (this.failure.reason !== reason) {
      this.failure = { ...this.failure, reason };
    }
  }

  succeeded(): void {
    this.failure = null;
  }

  status(): StoreHealthStatus {
    return this.failure ? { status: 'degraded', ...this.failure } : { status: 'ok' };
  }
}

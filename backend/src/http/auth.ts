/**
 * Bearer-token authentication. Tokens are compared as SHA-256 digests with crypto.timingSafeEqual, so the
 * comparison time depends neither on where a guess differs nor on its length.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { HttpError } from './errors';

const digest = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

export function createTokenVerifier(tokens: readonly string[]): (candidate: string) => boolean {
  const digests = tokens.map(digest);
  return (candidate) => {
    const d = digest(candidate);
    let ok = false;
    // No early exit: every configured token is compared.
    for (const known of digests) {
      ok = timingSafeEqual(d, known) || ok;
    }
    return ok;
  };
}

export const ADMIN_KEY_HEADER = 'x-anomaly-lens-admin-key';
export const ROLE_HEADER = 'x-anomaly-lens-role';
export type GrafanaRole = 'Viewer' | 'Editor' | 'Admin';

/**
 * Who is asking, as far as the service can know: `proxied` only when the bearer token is one that only Grafana's
 * plugin proxy holds (GRAFANA_PROXY_TOKENS). Then X-Grafana-User names the user and X-Anomaly-Lens-Role the role
 * (each proxy route in plugin.json sets it, overriding anything the browser sent); otherwise neither header is
 * believed: the user is "anonymous" and the role Viewer.
 */
export interface Caller {
  proxied: boolean;
  user: string;
  role: GrafanaRole;
}

const ROLES: readonly GrafanaRole[] = ['Viewer', 'Editor', 'Admin'];

export function callerOf(res: Response): Caller {
  return (res.locals.caller as Caller | undefined) ?? { proxied: false, user: 'anonymous', role: 'Viewer' };
}

export function atLeast(role: GrafanaRole, needed: GrafanaRole): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

function header(req: Request, name: string): string | undefined {
  const raw = req.headers[name];
  return (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined;
}

/** Sets res.locals.caller from a verified bearer token (see Caller). */
export function identify(
  req: Request,
  res: Response,
  proxyTokens: (token: string) => boolean,
  token: string | null
): void {
  if (token === null || !proxyTokens(token)) {
    res.locals.caller = { proxied: false, user: 'anonymous', role: 'Viewer' } satisfies Caller;
    return;
  }
  const role = header(req, ROLE_HEADER);
  res.locals.caller = {
    proxied: true,
    user: header(req, 'x-grafana-user')?.slice(0, 256) ?? 'anonymous',
    role: ROLES.find((r) => r === role) ?? 'Viewer',
  } satisfies Caller;
}

/** The admin credential, checked after the bearer token: 403 without a configured key or with a wrong one. */
export function adminAuth(keys: readonly string[]) {
  const verify = createTokenVerifier(keys);
  return (req: Request, _res: Response, next: NextFunction): void => {
    if (keys.length === 0) {
      next(
        new HttpError(
          403,
          'forbidden',
          'this route needs the admin key, and none is configured: set ANOMALYLENS_ADMIN_KEY and send it as X-Anomaly-Lens-Admin-Key'
        )
      );
      return;
    }
    const given = header(req, ADMIN_KEY_HEADER);
    if (given === undefined || !verify(given)) {
      next(
        new HttpError(
          403,
          'forbidden',
          given === undefined
            ? 'this route needs the admin key (header X-Anomaly-Lens-Admin-Key) besides the bearer token'
            : 'invalid admin key'
        )
      );
      return;
    }
    next();
  };
}

export function bearerAuth(tokens: readonly string[], proxyTokens: readonly string[] = []) {
  const verify = createTokenVerifier(tokens);
  const isProxy = createTokenVerifier(proxyTokens);
  return (req: Request, res: Response, next: NextFunction): void => {
    const header = req.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) {
      next(
        new HttpError(401, 'unauthorized', 'missing bearer token (Authorization: Bearer <token>)', undefined, {
          'WWW-Authenticate': 'Bearer realm="anomaly-lens"',
        })
      );
      return;
    }
    if (!verify(match[1]!)) {
      next(
        new HttpError(401, 'unauthorized', 'invalid bearer token', undefined, {
          'WWW-Authenticate': 'Bearer realm="anomaly-lens", error="invalid_token"',
        })
      );
      return;
    }
    identify(req, res, (t) => proxyTokens.length > 0 && isProxy(t), match[1]!);
    next();
  };
}

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

export function bearerAuth(tokens: readonly string[]) {
  const verify = createTokenVerifier(tokens);
  return (req: Request, _res: Response, next: NextFunction): void => {
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
    next();
  };
}

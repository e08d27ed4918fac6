/**
 * Request bodies: content type, size, JSON syntax (with the error position) and nesting depth, checked in that
 * order so that each failure gets its own status. Depth is measured on the raw text before JSON.parse, so a
 * hostile body of a million `[` never reaches the parser or a recursive walk.
 */
import type { NextFunction, Request, Response } from 'express';
import { HttpError } from './errors';

/** Largest nesting depth of arrays/objects in JSON text; stops scanning once `limit` is exceeded. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) {
        i++;
      } else if (c === 0x22 /* " */) {
        inString = false;
      }
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > limit) {
        return true;
      }
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    }
  }
  return false;
}

/** JSON.parse with a 400 that says where the syntax error is (line, column and offset). */
export function parseJsonOrThrow(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const match = /position (\d+)/.exec(message);
    const position = match ? Number(match[1]) : text.length;
    const before = text.slice(0, position);
    const line = before.split('\n').length;
    const column = position - before.lastIndexOf('\n');
    throw new HttpError(400, 'bad_request', `invalid JSON at line ${line}, column ${column}: ${message}`, {
      position,
      line,
      column,
    });
  }
}

export interface JsonBodyOptions {
  maxBodyBytes: number;
  maxJsonDepth: number;
}

function isJsonContentType(header: string | undefined): boolean {
  if (!header) {
    return false;
  }
  const mime = header.split(';')[0]!.trim().toLowerCase();
  return mime === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(mime);
}

/** Reads the body as UTF-8 (bounded), then sets `req.body` to the parsed JSON. */
export function jsonBody(options: JsonBodyOptions) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    if (!isJsonContentType(req.headers['content-type'])) {
      next(
        new HttpError(
          415,
          'unsupported_media_type',
          `Content-Type must be application/json, got ${JSON.stringify(req.headers['content-type'] ?? null)}`
        )
      );
      return;
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > options.maxBodyBytes) {
      tooLarge(req, declared, options.maxBodyBytes, next);
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let failed = false;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > options.maxBodyBytes) {
        failed = true;
        req.off('data', onData);
        tooLarge(req, received, options.maxBodyBytes, next);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('error', (err) => {
      if (!failed) {
        failed = true;
        next(new HttpError(400, 'bad_request', `could not read the request body: ${err.message}`));
      }
    });
    req.once('end', () => {
      if (failed) {
        return;
      }
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        if (jsonDepthExceeds(text, options.maxJsonDepth)) {
          throw new HttpError(413, 'payload_too_large', `JSON nesting deeper than ${options.maxJsonDepth} levels`, {
            maxJsonDepth: options.maxJsonDepth,
          });
        }
        req.body = parseJsonOrThrow(text);
        next();
      } catch (err) {
        next(err);
      }
    });
  };
}

function tooLarge(req: Request, size: number, limit: number, next: NextFunction): void {
  // Keep reading (and discarding) so the client sees the 413 instead of a reset connection.
  req.resume();
  next(
    new HttpError(413, 'payload_too_large', `request body of ${size}+ bytes exceeds the limit of ${limit} bytes`, {
      maxBodyBytes: limit,
    })
  );
}

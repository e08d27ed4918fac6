/**
 * The baseline API (behind the bearer token), mounted under /api/v1 by service/app.ts:
 *
 * - `POST /api/v1/baseline/learn` `{ labels, lines: [{ line, timestamp? }] }`: the lines are that stream's
 *   history, in order; they are scored for their templates and counted (lines without a timestamp take their
 *   header's time, else the previous line's). 200 with the stream's summary.
 * - `GET /api/v1/baseline/streams`: every stream the store holds.
 *
 * Without a store (BASELINE_STORE unset) both answer 503.
 */
import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { z, type ZodType } from 'zod';
import { register, ROUTES } from '../api/routes';
import { LogLineInputSchema, StreamLabelsSchema } from '../contract';
import type { ScoringEngine } from '../engine/types';
import { HttpError } from '../http/errors';
import { learnStream, timestampsFromHeaders } from './learn';
import type { BaselineScorer } from './scorer';

export const LearnRequestSchema = z
  .object({
    labels: StreamLabelsSchema.refine((l) => Object.keys(l).length > 0, 'at least one stream label is required'),
    lines: z.array(LogLineInputSchema.omit({ labels: true, id: true })).min(1, 'at least one line is required'),
  })
  .strict();

export interface BaselineRouterDeps {
  scorer: BaselineScorer | undefined;
  engine: () => ScoringEngine;
  auth: RequestHandler;
  body: RequestHandler;
  validate: <T>(schema: ZodType<T>, value: unknown, what: string) => T;
  maxLines: number;
}

function requireScorer(scorer: BaselineScorer | undefined): BaselineScorer {
  if (!scorer) {
    throw new HttpError(503, 'unavailable', 'no baseline store is configured (set BASELINE_STORE or --baseline-store)');
  }
  return scorer;
}

export function baselineRouter(deps: BaselineRouterDeps): Router {
  const router = Router({ caseSensitive: true, strict: true });
  register(
    router,
    ROUTES.baselineLearn,
    '/api/v1',
    deps.auth,
    deps.body,
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const scorer = requireScorer(deps.scorer);
        const lines = (req.body as { lines?: unknown } | null)?.lines;
        if (Array.isArray(lines) && lines.length > deps.maxLines) {
          throw new HttpError(
            413,
            'too_many_lines',
            `request has ${lines.length} lines; the limit is ${deps.maxLines}`
          );
        }
        const request = deps.validate(LearnRequestSchema, req.body, 'baseline learn request');
        res.locals.lineCount = request.lines.length;
        const stamps = timestampsFromHeaders(
          request.lines.map((l) => l.line),
          new Date().getUTCFullYear(),
          Date.now()
        );
        const report = await learnStream(
          deps.engine(),
          scorer,
          request.labels,
          request.lines.map((l, i) => ({ line: l.line, timestamp: l.timestamp ?? stamps[i] }))
        );
        res.json(report);
      } catch (err) {
        next(err);
      }
    }
  );
  register(router, ROUTES.baselineStreams, '/api/v1', deps.auth, (_req, res) => {
    res.json({ streams: requireScorer(deps.scorer).store.summaries() });
  });
  return router;
}

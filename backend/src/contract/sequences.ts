/**
 * `POST /api/v1/sequences`: every sequence among the posted lines (sessions by key; windows per stream for lines
 * without one), the anomalous ones ranked by score, each with its root-cause event — the incidents list of the
 * Explain page and the panel, and the source of the data source's annotations.
 */
import { z } from 'zod';
import {
  CombineModeSchema,
  DomainIdSchema,
  LogLineInputSchema,
  ModelRefSchema,
  NanoTimestampSchema,
  SequenceFindingSchema,
  SessionKeySchema,
  TemplateRefSchema,
  VerdictSchema,
} from './schemas';

/** Default size of a count window: 100 lines, the window LogLLM and its peers evaluate BGL with. */
export const DEFAULT_SEQUENCE_WINDOW_LINES = 100;

export const SequenceWindowingSchema = z
  .object({
    lines: z.number().int().min(2).max(10_000).optional().describe('Lines per window (default 100)'),
    seconds: z.number().positive().max(86_400).optional().describe('Window length in seconds (instead of lines)'),
  })
  .strict()
  .refine((w) => w.lines === undefined || w.seconds === undefined, {
    message: 'give lines or seconds, not both',
  })
  .describe(
    'How lines without a session key are grouped: consecutive windows per stream (same label set), by count or time'
  );

export const SequencesRequestSchema = z
  .object({
    lines: z.array(LogLineInputSchema).min(1, 'at least one line is required'),
    session: SessionKeySchema.optional().describe(
      'How sessions are keyed (default auto: HDFS block, OpenStack instance, request id); none = windows only'
    ),
    window: SequenceWindowingSchema.optional(),
    includeNormal: z
      .boolean()
      .optional()
      .describe('Also return the normal sequences (after the anomalous ones); default false'),
    limit: z.number().int().min(1).max(1000).optional().describe('Most sequences returned (default 100)'),
    options: z.object({ combine: CombineModeSchema.optional() }).strict().optional(),
  })
  .strict()
  .meta({ id: 'SequencesRequest' });

export const SequenceKindSchema = z
  .enum(['session', 'window'])
  .describe('session: lines sharing a key; window: consecutive lines of one stream');

export const SequenceDetectorSchema = z
  .enum(['supervised', 'semi-supervised', 'combined', 'cold-start', 'lines'])
  .describe(
    'What decided the verdict: the bundle sequence model (its supervised classifier, its normal-behaviour model, ' +
      'or both), cold-start structure (the model has not seen this system: an error-level failure event and what ' +
      'follows it), or the lines alone'
  );

export const RootCauseSchema = z.object({
  index: z.number().int().min(0).describe('Request index of the root-cause line'),
  event: z.number().int().min(1).describe('Its 1-based event number in the sequence'),
  template: TemplateRefSchema,
  domain: DomainIdSchema,
  level: z.string().nullable().describe('Log level parsed from the line header'),
  description: z.string(),
});

export const SequenceIncidentSchema = z
  .object({
    key: z.string().nullable().describe('Session key value, or null for a window'),
    keyType: z.string().describe('hdfs-block, openstack-instance, request-id, regex, label:<name>, window'),
    kind: SequenceKindSchema,
    stream: z.string().nullable().describe('The stream (label set) of a window; null for a session'),
    score: z.number().min(0).max(1).describe('Calibrated sequence anomaly score'),
    verdict: VerdictSchema,
    detector: SequenceDetectorSchema,
    start: NanoTimestampSchema.nullable(),
    end: NanoTimestampSchema.nullable(),
    lineIndices: z.array(z.number().int().min(0)).describe('Request indices of the events, in event order'),
    anomalousLines: z.array(z.number().int().min(0)).describe('Request indices of lines the line model flags'),
    rootCause: RootCauseSchema.nullable().describe('The event the rest follows from; null for a normal sequence'),
    consequences: z
      .array(z.number().int().min(0))
      .describe('Request indices of the events after the root cause that the verdict explains as its consequences'),
    findings: z.array(SequenceFindingSchema),
    summary: z.string().describe('One line, suitable as an annotation title'),
  })
  .meta({ id: 'SequenceIncident' });

export const SequencesResponseSchema = z
  .object({
    model: ModelRefSchema,
    sequences: z.array(SequenceIncidentSchema).describe('Anomalous first, by descending score'),
    total: z.object({
      sequences: z.number().int().min(0),
      anomalous: z.number().int().min(0),
      sessions: z.number().int().min(0),
      windows: z.number().int().min(0),
    }),
    truncated: z.boolean().describe('More sequences matched than `limit` allowed'),
  })
  .meta({ id: 'SequencesResponse' });

export type SequenceWindowing = z.infer<typeof SequenceWindowingSchema>;
export type SequencesRequest = z.infer<typeof SequencesRequestSchema>;
export type SequenceKind = z.infer<typeof SequenceKindSchema>;
export type SequenceDetector = z.infer<typeof SequenceDetectorSchema>;
export type RootCause = z.infer<typeof RootCauseSchema>;
export type SequenceIncident = z.infer<typeof SequenceIncidentSchema>;
export type SequencesResponse = z.infer<typeof SequencesResponseSchema>;

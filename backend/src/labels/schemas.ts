/**
 * The feedback API's wire format: label input, stored records (also the JSONL export/import format), queries,
 * stats and retrain jobs. Depends on zod and the contract only, so the plugin can import it as it imports the
 * contract.
 */
import { z } from 'zod';
import { DomainIdSchema, NanoTimestampSchema, VerdictSchema } from '../contract';

export const MAX_LINE_CHARS = 65_536;
export const MAX_TEMPLATE_CHARS = 8192;
export const MAX_BATCH_LABELS = 1000;
export const LABEL_SOURCES = ['grafana', 'import', 'cli'] as const;

export const LabelSourceSchema = z.enum(LABEL_SOURCES);

const StreamLabelsSchema = z
  .record(z.string().min(1).max(256), z.string().max(4096))
  .refine((labels) => Object.keys(labels).length <= 64, 'at most 64 stream labels');

/** What a client sends for one label. Who and when are not client data: the service sets them. */
export const LabelInputSchema = z
  .object({
    line: z.string().min(1, 'must not be empty').max(MAX_LINE_CHARS, `must be at most ${MAX_LINE_CHARS} characters`),
    templateId: z.string().min(1).max(256).optional(),
    template: z.string().min(1).max(MAX_TEMPLATE_CHARS).optional(),
    verdict: VerdictSchema.optional(),
    domain: DomainIdSchema.optional(),
    timestamp: NanoTimestampSchema.optional(),
    labels: StreamLabelsSchema.optional(),
    idempotencyKey: z
      .string()
      .min(1)
      .max(256)
      .optional()
      .describe('Client-chosen key; a retried POST with the same key returns the stored label instead of a copy'),
  })
  .strict()
  .refine((l) => l.verdict !== undefined || l.domain !== undefined, {
    message: 'a label needs a verdict, a domain or both',
    path: ['verdict'],
  });

export type LabelInput = z.infer<typeof LabelInputSchema>;

/** POST /api/v1/feedback: one label, or `{ labels: [...] }` with up to MAX_BATCH_LABELS. */
export const FeedbackBatchSchema = z
  .object({
    labels: z
      .array(LabelInputSchema)
      .min(1, 'at least one label is required')
      .max(MAX_BATCH_LABELS, `at most ${MAX_BATCH_LABELS} labels per request`),
  })
  .strict();

export const FeedbackRequestSchema = z.union([FeedbackBatchSchema, LabelInputSchema]);

export const FeedbackResponseSchema = z.object({
  /** Stored ids in request order; a duplicate (same idempotency key) gets the id stored the first time. */
  ids: z.array(z.string()),
  created: z.number().int(),
  duplicates: z.number().int(),
});
export type FeedbackResponse = z.infer<typeof FeedbackResponseSchema>;

const LabelRecordFields = z
  .object({
    id: z.string().min(1).max(256),
    line: z.string().min(1).max(MAX_LINE_CHARS),
    templateId: z.string().min(1).max(256).optional(),
    template: z.string().min(1).max(MAX_TEMPLATE_CHARS).optional(),
    verdict: VerdictSchema.optional(),
    domain: DomainIdSchema.optional(),
    timestamp: NanoTimestampSchema.optional(),
    labels: StreamLabelsSchema.optional(),
    user: z.string().min(1).max(256),
    createdAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString()),
    source: LabelSourceSchema,
    idempotencyKey: z.string().min(1).max(256).optional(),
  })
  .strict();

const needsVerdictOrDomain = (l: { verdict?: unknown; domain?: unknown }) =>
  l.verdict !== undefined || l.domain !== undefined;
const VERDICT_OR_DOMAIN = { message: 'a label needs a verdict, a domain or both', path: ['verdict'] };

/** A stored label; also one line of the JSONL export. */
export const LabelRecordSchema = LabelRecordFields.refine(needsVerdictOrDomain, VERDICT_OR_DOMAIN);

/**
 * One line of a JSONL import: a stored record, or a hand-written label without id, user, createdAt or source
 * (the importer fills in an id derived from the content, its own user, the import time and source "import"). Present fields are kept,
 * so export followed by import reproduces the labels exactly.
 */
export const ImportLineSchema = LabelRecordFields.partial({
  id: true,
  user: true,
  createdAt: true,
  source: true,
}).refine(needsVerdictOrDomain, VERDICT_OR_DOMAIN);
export type ImportLine = z.infer<typeof ImportLineSchema>;

export type LabelRecord = z.infer<typeof LabelRecordSchema>;

const LabelFilterFields = {
  templateId: z.string().min(1).max(256).optional(),
  verdict: VerdictSchema.optional(),
  domain: DomainIdSchema.optional(),
  user: z.string().min(1).max(256).optional(),
  since: z.iso
    .datetime({ offset: true, message: 'must be an ISO 8601 date-time such as 2026-01-31T12:00:00Z' })
    .transform((s) => new Date(s).toISOString())
    .optional(),
};

/** GET /api/v1/labels/export: the filters of the labels query, no paging. */
export const LabelExportQuerySchema = z.object(LabelFilterFields).strict();

/** GET /api/v1/labels: newest first; `cursor` is the `nextCursor` of the previous page. */
export const LabelsQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    cursor: z
      .string()
      .regex(/^\d{1,15}$/, 'must be the nextCursor of a previous page')
      .optional(),
    offset: z.coerce.number().int().min(0).max(10_000_000).optional(),
    ...LabelFilterFields,
  })
  .strict()
  .refine((q) => q.cursor === undefined || q.offset === undefined, {
    message: 'use either cursor or offset, not both',
    path: ['cursor'],
  });

export type LabelsQuery = z.input<typeof LabelsQuerySchema>;
export type LabelFilter = z.infer<typeof LabelExportQuerySchema>;

export const LabelsPageSchema = z.object({
  labels: z.array(LabelRecordSchema),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** Labels that match the filter, over all pages. */
  total: z.number().int(),
});
export type LabelsPage = z.infer<typeof LabelsPageSchema>;

export const LabelStatsQuerySchema = z
  .object({
    /** Only templates with fewer than this many labels ("templates worth a label"). */
    below: z.coerce.number().int().min(1).max(1_000_000).optional(),
    limit: z.coerce.number().int().min(1).max(10_000).default(1000),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export const TemplateLabelCountSchema = z.object({
  templateId: z.string(),
  template: z.string().nullable(),
  count: z.number().int(),
  anomaly: z.number().int(),
  normal: z.number().int(),
});

export const LabelStatsSchema = z.object({
  total: z.number().int(),
  verdicts: z.object({ anomaly: z.number().int(), normal: z.number().int(), none: z.number().int() }),
  domains: z.record(z.string(), z.number().int()),
  /** Labels without a template id, which no per-template count includes. */
  withoutTemplate: z.number().int(),
  /** Templates, fewest labels first. */
  templates: z.array(TemplateLabelCountSchema),
  templateCount: z.number().int(),
});
export type LabelStats = z.infer<typeof LabelStatsSchema>;

export const ImportReportSchema = z.object({
  /** Lines read, blank lines included. */
  lines: z.number().int(),
  imported: z.number().int(),
  /** Valid records whose id (or idempotency key) was already stored: skipped, so an import can be repeated. */
  duplicates: z.number().int(),
  invalid: z.number().int(),
  /** The first errors (line numbers start at 1); `invalid` counts all of them. */
  errors: z.array(z.object({ line: z.number().int(), message: z.string() })),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const RETRAIN_STATES = ['queued', 'running', 'succeeded', 'failed', 'rejected'] as const;
export type RetrainState = (typeof RETRAIN_STATES)[number];

export const RetrainRequestSchema = z
  .object({
    /** Train only on labels created at or after this time (default: all labels). */
    since: z.iso
      .datetime({ offset: true })
      .transform((s) => new Date(s).toISOString())
      .optional(),
  })
  .strict();

export const RetrainJobSchema = z.object({
  id: z.string(),
  state: z.enum(RETRAIN_STATES),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  bundleDir: z.string(),
  labelCount: z.number().int(),
  progress: z.object({ stage: z.string(), fraction: z.number().min(0).max(1) }),
  result: z
    .object({
      candidateDir: z.string(),
      accepted: z.boolean(),
      reason: z.string(),
      activated: z.boolean(),
      metrics: z.object({ before: z.record(z.string(), z.number()), after: z.record(z.string(), z.number()) }),
    })
    .nullable(),
  error: z.string().nullable(),
});
export type RetrainJob = z.infer<typeof RetrainJobSchema>;

/** POST /api/v1/admin/rollback: the bundle directories swapped out and in. */
export const RollbackResponseSchema = z.object({ from: z.string(), to: z.string() });
export type RollbackResponse = z.infer<typeof RollbackResponseSchema>;

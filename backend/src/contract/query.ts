/**
 * POST /api/v1/query: the service pulls lines from Loki itself, scores them (each line once, cached) and
 * aggregates, so that a Grafana backend data source (pkg/, alert rules) only turns the answer into frames.
 * POST /api/v1/query/check-loki: can the service reach that Loki with those credentials (the data source's health).
 */
import { z } from 'zod';
import { DomainIdSchema, ModelRefSchema, NanoTimestampSchema, StreamLabelsSchema, VerdictSchema } from './schemas';

export const LokiAuthSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('basic'), username: z.string().min(1).max(256), password: z.string().max(4096) }).strict(),
  z.object({ type: z.literal('bearer'), token: z.string().min(1).max(8192) }).strict(),
]);

export const LokiConnectionSchema = z
  .object({
    url: z
      .string()
      .max(2048)
      .regex(/^https?:\/\/[^\s/?#]+[^\s?#]*$/, 'must be an http(s) URL without query or fragment')
      .describe('Base URL of Loki or its gateway, without /loki/api/v1'),
    tenant: z.string().min(1).max(256).optional().describe('Sent as X-Scope-OrgID'),
    auth: LokiAuthSchema.optional(),
  })
  .strict()
  .meta({ id: 'LokiConnection' });

export const QueryTypeSchema = z
  .enum(['lines', 'rate', 'sequences'])
  .describe('lines: scored lines; rate: anomaly rate per domain and step; sequences: explained anomalous sequences');

/** Lines are fetched newest first, one Loki page: Loki's default max_entries_limit_per_query is 5,000. */
export const MAX_QUERY_LOG_LINES = 5000;
/** rate and sequences read every line of the range; beyond this the answer is 413, never a silent sample. */
export const MAX_QUERY_SCAN_LINES = 1_000_000;
export const DEFAULT_QUERY_SCAN_LINES = 500_000;

export const QueryRequestSchema = z
  .object({
    loki: LokiConnectionSchema,
    query: z.string().trim().min(1).max(16_384).describe('LogQL log query (a stream selector and filters)'),
    type: QueryTypeSchema,
    start: NanoTimestampSchema.describe('Inclusive start, ns epoch'),
    end: NanoTimestampSchema.describe('Exclusive end, ns epoch'),
    stepMs: z
      .number()
      .int()
      .min(1000)
      .max(7 * 86_400_000)
      .optional()
      .describe('rate: bucket width; default: the smallest round step giving at most 60 buckets'),
    limit: z
      .number()
      .int()
      .min(1)
      .max(MAX_QUERY_SCAN_LINES)
      .optional()
      .describe(
        `lines: newest lines returned (at most ${MAX_QUERY_LOG_LINES}, default 1000); rate and sequences: most lines read from the range (default ${DEFAULT_QUERY_SCAN_LINES})`
      ),
    anomaliesOnly: z.boolean().optional().describe('lines: return only anomalous lines'),
    maxSequences: z.number().int().min(1).max(50).optional().describe('sequences: at most this many (default 10)'),
  })
  .strict()
  .meta({ id: 'QueryRequest' });

export const QueryLineSchema = z.object({
  ts: NanoTimestampSchema,
  line: z.string(),
  labels: StreamLabelsSchema,
  verdict: VerdictSchema,
  score: z.number().min(0).max(1),
  domain: DomainIdSchema,
  template: z.object({ id: z.string(), text: z.string() }),
  novel: z.boolean(),
});

export const QueryRateSeriesSchema = z.object({
  domain: DomainIdSchema,
  /** Anomalous lines of the domain / lines routed to it, per step; null where the step has none. */
  rates: z.array(z.number().min(0).max(1).nullable()),
  anomalies: z.array(z.number().int().min(0)),
  totals: z.array(z.number().int().min(0)),
});

export const QuerySequenceSchema = z.object({
  start: NanoTimestampSchema,
  end: NanoTimestampSchema,
  title: z.string(),
  text: z.string().describe('The reasoning summary'),
  tags: z.array(z.string()),
  domains: z.array(DomainIdSchema),
  score: z.number().min(0).max(1),
  keyType: z.string(),
  key: z.string().nullable(),
  events: z.number().int().min(1),
  focusTs: NanoTimestampSchema.describe('Timestamp of the anomalous line the sequence was built around'),
});

export const QueryStatsSchema = z.object({
  lines: z.number().int().min(0).describe('Lines read from Loki'),
  scored: z.number().int().min(0).describe('Lines scored by this request'),
  cached: z.number().int().min(0).describe('Lines whose result came from the cache (scored by an earlier query)'),
  truncated: z.boolean().describe('lines: the range holds more lines than `limit`; the newest were returned'),
  lokiMs: z.number().min(0),
  scoreMs: z.number().min(0),
});

export const QueryResponseSchema = z
  .object({
    model: ModelRefSchema,
    type: QueryTypeSchema,
    stats: QueryStatsSchema,
    lines: z.array(QueryLineSchema).optional(),
    rate: z
      .object({
        stepMs: z.number().int().min(1),
        times: z.array(z.number().int()).describe('Step start times, ms epoch, aligned to stepMs'),
        series: z.array(QueryRateSeriesSchema).describe('One per domain that has lines, most anomalies first'),
      })
      .optional(),
    sequences: z.array(QuerySequenceSchema).optional(),
  })
  .meta({ id: 'QueryResponse' });

export const CheckLokiRequestSchema = z
  .object({ loki: LokiConnectionSchema })
  .strict()
  .meta({ id: 'CheckLokiRequest' });

export const CheckLokiResponseSchema = z
  .object({
    ok: z.literal(true),
    labels: z.array(z.string()).describe('Label names Loki reports for the last hour'),
    ms: z.number().min(0),
  })
  .meta({ id: 'CheckLokiResponse' });

export type LokiConnection = z.infer<typeof LokiConnectionSchema>;
export type QueryType = z.infer<typeof QueryTypeSchema>;
export type QueryRequest = z.infer<typeof QueryRequestSchema>;
export type QueryLine = z.infer<typeof QueryLineSchema>;
export type QueryRateSeries = z.infer<typeof QueryRateSeriesSchema>;
export type QuerySequence = z.infer<typeof QuerySequenceSchema>;
export type QueryStats = z.infer<typeof QueryStatsSchema>;
export type QueryResponse = z.infer<typeof QueryResponseSchema>;
export type CheckLokiResponse = z.infer<typeof CheckLokiResponseSchema>;

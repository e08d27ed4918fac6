/**
 * The inference service's HTTP contract: request and response bodies of /api/v1/*.
 * The service validates with these schemas, the plugin imports the inferred types (and may validate responses),
 * and the OpenAPI document is generated from them. Depends on zod only, so the browser bundle can import it.
 */
import { z } from 'zod';
import { DOMAIN_IDS } from './taxonomy';

export const DomainIdSchema = z.enum(DOMAIN_IDS).describe('Failure domain id from the documented taxonomy');

/** Loki timestamps are nanosecond epochs (~1.7e18) and exceed 2^53: they travel as decimal strings. */
export const NanoTimestampSchema = z
  .string()
  .regex(/^\d{1,19}$/, 'must be a nanosecond Unix epoch as a decimal string')
  .describe('Nanosecond Unix epoch as a decimal string');

export const StreamLabelsSchema = z
  .record(z.string(), z.string())
  .describe('Loki stream labels (and structured metadata) of the line');

export const LogLineInputSchema = z
  .object({
    line: z.string().describe('The raw log line'),
    timestamp: NanoTimestampSchema.optional(),
    labels: StreamLabelsSchema.optional(),
    id: z.string().max(256).optional().describe('Caller-chosen id, echoed back (e.g. the Loki row id)'),
  })
  .meta({ id: 'LogLineInput' });

export const CombineModeSchema = z
  .enum(['top1', 'soft'])
  .describe('top1: the routed domain decides (FAME); soft: router-weighted mixture of experts (LogMoE)');

export const ScoreRequestSchema = z
  .object({
    lines: z.array(LogLineInputSchema).min(1, 'at least one line is required'),
    options: z
      .object({
        combine: CombineModeSchema.optional(),
      })
      .strict()
      .optional(),
  })
  .meta({ id: 'ScoreRequest' });

export const VerdictSchema = z.enum(['anomaly', 'normal']);

export const DomainScoreSchema = z.object({
  domain: DomainIdSchema,
  score: z.number().min(0).max(1).describe('Router probability of this domain'),
});

export const TemplateRefSchema = z.object({
  id: z.string().describe('Stable template id (hash of the template text)'),
  text: z.string().describe('Template with typed placeholders such as <NUM> or <IP>'),
});

/** The line's template against its stream's baseline (issue 19); present only when the stream has one. */
export const BaselineStateSchema = z
  .enum(['new', 'burst', 'rare', 'routine', 'chronic'])
  .describe(
    'new: never seen on this stream within the window; burst: far above its usual hourly rate; rare: seen, not yet routine; routine: seen steadily; chronic: routine, but the model calls it anomalous (reported, not an anomaly verdict)'
  );

export const BaselineEvidenceSchema = z
  .object({
    state: BaselineStateSchema,
    seen: z.number().int().min(0).describe('Occurrences on this stream within the baseline window'),
    firstSeen: z.string().describe('ISO time the template was first seen on this stream (new: its first line here)'),
    expectedPerHour: z.number().min(0).describe("The template's usual lines per active hour of the stream"),
    observedPerHour: z.number().min(0).describe('Lines of the template in the hour of this line'),
  })
  .meta({ id: 'BaselineEvidence' });

export const LineResultSchema = z
  .object({
    index: z.number().int().min(0).describe('Position of the line in the request'),
    id: z.string().optional(),
    verdict: VerdictSchema,
    score: z.number().min(0).max(1).describe('Calibrated probability that the line is anomalous'),
    domain: DomainIdSchema,
    domainScores: z.array(DomainScoreSchema).max(3).describe('Top-3 domains by router probability, best first'),
    domainSource: z
      .enum(['router', 'encoder'])
      .optional()
      .describe(
        "Who chose the domain: the bundle's router (absent means router), or, for a template never seen from a system the bundle never trained on, its nearest reviewed templates in the sentence encoder's space"
      ),
    template: TemplateRefSchema,
    novel: z.boolean().describe('The template was never seen in training'),
    truncated: z.boolean().describe('The line exceeded the length limit and was scored on its prefix'),
    baseline: BaselineEvidenceSchema.optional(),
  })
  .meta({ id: 'LineResult' });

export const ModelRefSchema = z.object({
  id: z.string(),
  version: z.string(),
});

export const ChronicErrorSchema = z
  .object({
    stream: z.string().describe('Stream key the baseline belongs to (e.g. service_name=api)'),
    template: TemplateRefSchema,
    seen: z.number().int().min(0),
    firstSeen: z.string(),
    expectedPerHour: z.number().min(0),
    lines: z.array(z.number().int().min(0)).describe('Request indices of its lines'),
  })
  .meta({ id: 'ChronicError' });

export const ScoreResponseSchema = z
  .object({
    model: ModelRefSchema,
    results: z.array(LineResultSchema),
    chronicErrors: z
      .array(ChronicErrorSchema)
      .optional()
      .describe('Routine templates the model calls anomalous, one entry per stream and template (with a baseline)'),
  })
  .meta({ id: 'ScoreResponse' });

/** How the service builds a sequence out of the posted lines. */
export const SessionKeySchema = z.union([
  z.enum(['auto', 'none', 'hdfs-block', 'openstack-instance', 'request-id']),
  z
    .object({ regex: z.string().min(1).describe('Regex whose first capture group (or whole match) is the key') })
    .strict(),
  z.object({ label: z.string().min(1).describe('Stream label whose value is the key') }).strict(),
]);

export const ExplainRequestSchema = z
  .object({
    lines: z.array(LogLineInputSchema).min(1, 'at least one line is required'),
    focus: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Index of the line the user asked about; the sequence is built around it'),
    session: SessionKeySchema.optional(),
    window: z
      .object({
        lines: z.number().int().min(1).optional(),
        seconds: z.number().positive().optional(),
      })
      .strict()
      .optional()
      .describe('Used when no session key is found: the lines (or seconds) on each side of the focus line'),
    narrate: z.boolean().optional().describe('Ask the configured LLM narrator to rewrite the reasoning'),
    options: z.object({ combine: CombineModeSchema.optional() }).strict().optional(),
  })
  .meta({ id: 'ExplainRequest' });

/** Event numbers are 1-based positions in the sequence; every reasoning item cites the events it rests on. */
export const EventRefsSchema = z.array(z.number().int().min(1)).min(1);

export const SeveritySchema = z.enum(['info', 'warning', 'error', 'critical']);

export const EventWiseItemSchema = z.object({
  events: EventRefsSchema,
  label: z.string().describe('"Event 4" or "Events 5–7"'),
  description: z.string(),
  severity: SeveritySchema,
  component: z.string().nullable(),
  domain: DomainIdSchema,
  anomalous: z.boolean(),
  change: z.string().nullable().describe('What differs from the previous event group'),
});

export const StageWiseItemSchema = z.object({
  events: EventRefsSchema,
  name: z.string(),
  status: z.enum(['normal', 'anomalous']),
  description: z.string(),
});

export const PatternKindSchema = z.enum([
  'expected-flow',
  'unexpected-transition',
  'missing-event',
  'extra-event',
  'unusual-repetition',
  'burst',
  'order',
]);

export const PatternItemSchema = z.object({
  events: EventRefsSchema,
  kind: PatternKindSchema,
  description: z.string(),
});

export const IndicatorKindSchema = z.enum([
  'anomalous-line',
  'error-keyword',
  'novel-template',
  'value-out-of-range',
  'sequence-score',
  'stream-baseline',
]);

export const IndicatorItemSchema = z.object({
  events: EventRefsSchema,
  kind: IndicatorKindSchema,
  description: z.string(),
  weight: z.number().min(0).max(1).describe('How much this signal contributes to the verdict'),
});

export const ReasoningSummarySchema = z.object({
  verdict: VerdictSchema,
  domains: z.array(DomainIdSchema),
  rootCause: z.object({
    events: EventRefsSchema,
    description: z.string(),
  }),
  affectedComponents: z.array(z.string()),
  confidence: z.number().min(0).max(1),
  text: z.string().describe('One-paragraph summary, suitable as an annotation text'),
});

export const ReasoningSchema = z
  .object({
    eventWise: z.array(EventWiseItemSchema),
    stageWise: z.array(StageWiseItemSchema),
    pattern: z.array(PatternItemSchema),
    indicators: z.array(IndicatorItemSchema),
    summary: ReasoningSummarySchema,
  })
  .meta({ id: 'Reasoning' });

export const SequenceFindingSchema = z.object({
  kind: PatternKindSchema,
  events: EventRefsSchema,
  description: z.string(),
});

export const SequenceSchema = z
  .object({
    key: z.string().nullable().describe('Session key value, or null when the sequence is a window'),
    keyType: z.string().describe('Which extractor built the sequence (hdfs-block, window, …)'),
    lineIndices: z.array(z.number().int().min(0)).describe('Request indices of the events, in event order'),
    start: NanoTimestampSchema.nullable(),
    end: NanoTimestampSchema.nullable(),
    score: z.number().min(0).max(1).describe('Calibrated sequence anomaly score'),
    verdict: VerdictSchema,
    findings: z.array(SequenceFindingSchema),
  })
  .meta({ id: 'Sequence' });

export const NarrativeSchema = z.object({
  source: z.enum(['grounded', 'llm']),
  model: z.string().optional(),
  fallbackReason: z.string().optional().describe('Why the LLM narrative was not used'),
  cached: z.boolean().optional(),
});

export const ExplainResponseSchema = z
  .object({
    model: ModelRefSchema,
    sequence: SequenceSchema,
    results: z.array(LineResultSchema).describe('Per-line results of the sequence events, in event order'),
    reasoning: ReasoningSchema,
    narrative: NarrativeSchema,
  })
  .meta({ id: 'ExplainResponse' });

export const DomainTypeSchema = z.enum(['pure-anomaly', 'pure-normal', 'mixed']);

export const ModelDomainSchema = z.object({
  id: DomainIdSchema,
  description: z.string(),
  type: DomainTypeSchema,
  typicalCauses: z.array(z.string()),
  templates: z.number().int().min(0),
  threshold: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('Mixed domains: the calibrated score at or above which a line routed here is an anomaly (top1)'),
});

/** How a line's score becomes its verdict, so a client can show the cut a score was compared with. */
export const DecisionRuleSchema = z.object({
  combine: CombineModeSchema.describe('The combine mode used when a request names none'),
  softThreshold: z.number().min(0).max(1).describe('Cut of the soft mixture'),
  quietNovelPrior: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe('Score of quiet novel lines (unseen template, no failure evidence); their cut is 0.5'),
});

export const ModelInfoSchema = z
  .object({
    id: z.string(),
    version: z.string(),
    formatVersion: z.number().int(),
    createdAt: z.string(),
    device: z.enum(['cpu', 'cuda']),
    domains: z.array(ModelDomainSchema),
    templates: z.number().int().min(0),
    metrics: z.record(z.string(), z.unknown()).describe('Evaluation figures from the model card'),
    decision: DecisionRuleSchema.optional(),
  })
  .meta({ id: 'ModelInfo' });

export const ModelTemplateSchema = z.object({
  id: z.string(),
  text: z.string(),
  domain: DomainIdSchema,
  gloss: z.string(),
  count: z.number().int().min(0).describe('Lines of this template in the training data'),
  anomalyRate: z.number().min(0).max(1).nullable().describe('Share of labelled lines that are anomalies'),
});

export const ModelTemplatesResponseSchema = z
  .object({
    total: z.number().int().min(0),
    offset: z.number().int().min(0),
    templates: z.array(ModelTemplateSchema),
  })
  .meta({ id: 'ModelTemplatesResponse' });

export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unauthorized',
  'not_found',
  'method_not_allowed',
  'payload_too_large',
  'too_many_lines',
  'unsupported_media_type',
  'overloaded',
  'timeout',
  'not_implemented',
  'unavailable',
  'reload_failed',
  'bad_gateway',
  'internal',
  'forbidden',
  'insufficient_storage',
] as const;

export const ErrorCodeSchema = z.enum(ERROR_CODES);

export const ErrorResponseSchema = z
  .object({
    error: z.object({
      code: ErrorCodeSchema,
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });

export const HealthResponseSchema = z
  .object({
    status: z.enum(['ok', 'starting', 'unavailable']),
    model: ModelRefSchema.nullable(),
    device: z.enum(['cpu', 'cuda']).nullable(),
    labelStore: z
      .object({
        status: z.enum(['ok', 'degraded']),
        reason: z.string().optional(),
        since: z.string().optional(),
      })
      .optional()
      .describe('The label store (feedback API), when one is configured; degraded does not stop scoring'),
  })
  .meta({ id: 'Health' });

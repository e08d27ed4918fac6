/** The serialised sequence model (`sequence.json` in a bundle) and the inputs of training, validated with zod. */
import { z } from 'zod';
import { sessionTreeSchema } from './supervised';

export const SEQUENCE_MODEL_KIND = 'anomaly-lens/sequence-model';
/**
 * 2 adds `weights.novelQuietTemplate` and `weightsFit`; 3 adds the supervised session classifier and the
 * combination chosen on validation. Older files still load and score as before.
 */
export const SEQUENCE_MODEL_VERSION = 3;
export const SUPPORTED_SEQUENCE_MODEL_VERSIONS = [1, 2, 3] as const;
/** Pseudo-templates that open and close every session in the transition table. */
export const START = '^';
export const END = '$';

export const sequenceWeightsSchema = z
  .object({
    novelTemplate: z
      .number()
      .min(0)
      .describe('Per distinct template never seen in a normal session (with failure vocabulary, or text unknown)'),
    novelQuietTemplate: z
      .number()
      .min(0)
      .optional()
      .describe('Per distinct never-seen template whose text has no failure vocabulary; absent = novelTemplate'),
    unseenTransition: z.number().min(0).describe('Per distinct transition never seen in a normal session'),
    missingEvent: z.number().min(0).describe('Per absent template whose low count bound is at least 1'),
    countAboveHigh: z.number().min(0).describe('Per template occurring more often than its high count bound'),
    countBelowLow: z.number().min(0).describe('Per present template occurring less often than its low count bound'),
    rareTemplate: z
      .number()
      .min(0)
      .describe('Per distinct template present in fewer than `rarePresence` of normal sessions'),
    surprisal: z.number().min(0).describe('Per bit of mean transition surprisal'),
  })
  .strict();

export type SequenceWeights = z.infer<typeof sequenceWeightsSchema>;

export type SequenceWeightKey = keyof SequenceWeights;

export const DEFAULT_SEQUENCE_WEIGHTS: Required<SequenceWeights> = Object.freeze({
  novelTemplate: 3,
  novelQuietTemplate: 1.5,
  unseenTransition: 1,
  missingEvent: 1,
  countAboveHigh: 1,
  countBelowLow: 0.5,
  rareTemplate: 1.5,
  surprisal: 0.05,
});

const templateStatsSchema = z
  .object({
    id: z.string().min(1),
    sessions: z.number().int().min(1).describe('Normal sessions containing the template'),
    min: z.number().int().min(0).describe('Fewest occurrences in a normal session (0 when some session lacks it)'),
    max: z.number().int().min(1).describe('Most occurrences in a normal session'),
    low: z.number().int().min(0).describe('Count quantile `boundQuantile` over all normal sessions (0 where absent)'),
    high: z.number().int().min(0).describe('Count quantile 1 − `boundQuantile` over all normal sessions'),
  })
  .strict()
  .refine((t) => t.min <= t.low && t.low <= t.high && t.high <= t.max, { message: 'needs min ≤ low ≤ high ≤ max' });

const validationFiguresSchema = z
  .object({
    sessions: z.number().int().min(0),
    anomalies: z.number().int().min(0),
    precision: z.number().min(0).max(1),
    recall: z.number().min(0).max(1),
    f1: z.number().min(0).max(1),
  })
  .strict();

export const calibrationSchema = z
  .object({
    method: z
      .enum(['validation-f1', 'training-max'])
      .describe(
        'validation-f1: F1-best threshold on labelled validation sessions; training-max: above every training session'
      ),
    threshold: z.number().describe('Raw score at and above which a session is anomalous (sequence score 0.5)'),
    scale: z.number().positive().describe('Raw-score units per logit of the calibrated score'),
    validation: validationFiguresSchema.nullable(),
  })
  .strict();

export type SequenceCalibration = z.infer<typeof calibrationSchema>;

export const weightsFitSchema = z
  .object({
    method: z
      .literal('logistic-map')
      .describe('Logistic regression over finding counts, Gaussian prior centred on the default weights, weights ≥ 0'),
    folds: z.number().int().min(2).describe('Normal sessions were scored by models fitted on the other folds'),
    normal: z.number().int().min(1),
    anomalies: z.number().int().min(1),
    priorSd: z.number().positive(),
  })
  .strict();

export type SequenceWeightsFit = z.infer<typeof weightsFitSchema>;

const combinationFiguresSchema = z
  .object({
    mode: z.enum(['semi-supervised', 'supervised', 'either', 'both']),
    semiThreshold: z.number(),
    precision: z.number().min(0).max(1),
    recall: z.number().min(0).max(1),
    f1: z.number().min(0).max(1),
  })
  .strict();

export const combinationSchema = z
  .object({
    mode: z
      .enum(['semi-supervised', 'supervised', 'either', 'both'])
      .describe(
        'How the verdicts combine: one model alone, anomalous when either says so, or only when both do; ' +
          'chosen by F1 on the validation slice (ties: either, supervised, semi-supervised, both)'
      ),
    semiThreshold: z.number().describe('Raw threshold of the normal-behaviour model inside the combination'),
    validation: z
      .object({
        sessions: z.number().int().min(1),
        anomalies: z.number().int().min(1),
        candidates: z.array(combinationFiguresSchema),
      })
      .strict(),
  })
  .strict();

export type SequenceCombination = z.infer<typeof combinationSchema>;

export const sequenceModelJsonSchema = z
  .object({
    kind: z.literal(SEQUENCE_MODEL_KIND),
    version: z.union(
      SUPPORTED_SEQUENCE_MODEL_VERSIONS.map((v) => z.literal(v)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>],
      {
        error: `unsupported sequence model version; this build reads ${SUPPORTED_SEQUENCE_MODEL_VERSIONS.join(', ')}`,
      }
    ),
    sessions: z.number().int().min(1).describe('Normal sessions the model was fitted on'),
    smoothing: z.number().positive().describe('Additive (Lidstone) smoothing of transition probabilities'),
    boundQuantile: z
      .number()
      .min(0)
      .max(0.5)
      .describe('Tail share of normal sessions allowed outside the count bounds'),
    rarePresence: z
      .number()
      .min(0)
      .max(1)
      .describe('Templates present in fewer normal sessions than this share are rare'),
    openEnded: z
      .boolean()
      .describe(
        'Sessions may still be running: the end state is not scored and a missing event counts only before a later one'
      ),
    templates: z.array(templateStatsSchema),
    precedes: z
      .array(z.tuple([z.string().min(1), z.string().min(1)]))
      .describe('[a, b]: in normal sessions with both, a first occurs before b (at least 99 % of them)'),
    transitions: z.array(z.tuple([z.string().min(1), z.string().min(1), z.number().int().min(1)])),
    weights: sequenceWeightsSchema,
    /** How the weights were learned from labelled sessions; null or absent = the defaults or caller-given weights. */
    weightsFit: weightsFitSchema.nullable().optional(),
    calibration: calibrationSchema,
    /** Supervised session classifier fitted on the labels of the fitting period (version 3); null = none. */
    supervised: sessionTreeSchema.nullable().optional(),
    combination: combinationSchema.nullable().optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.version < 3 && (m.supervised !== undefined || m.combination !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['version'], message: `version ${m.version} has no supervised classifier` });
    }
    if (((m.supervised ?? null) === null) !== ((m.combination ?? null) === null)) {
      ctx.addIssue({ code: 'custom', path: ['combination'], message: 'supervised and combination go together' });
    }
    if (m.version === 1 && (m.weights.novelQuietTemplate !== undefined || m.weightsFit !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['version'], message: 'version 1 has no novelQuietTemplate or weightsFit' });
    }
    const ids = new Set<string>();
    m.templates.forEach((t, i) => {
      if (t.id === START || t.id === END) {
        ctx.addIssue({ code: 'custom', path: ['templates', i, 'id'], message: `"${t.id}" is reserved` });
      }
      if (ids.has(t.id)) {
        ctx.addIssue({ code: 'custom', path: ['templates', i, 'id'], message: `duplicate template id "${t.id}"` });
      }
      ids.add(t.id);
    });
    m.precedes.forEach(([a, b], i) => {
      for (const [k, id] of [a, b].entries()) {
        if (!ids.has(id)) {
          ctx.addIssue({ code: 'custom', path: ['precedes', i, k], message: `unknown template id "${id}"` });
        }
      }
    });
    m.transitions.forEach(([from, to], i) => {
      if (from !== START && !ids.has(from)) {
        ctx.addIssue({ code: 'custom', path: ['transitions', i, 0], message: `unknown template id "${from}"` });
      }
      if (to !== END && !ids.has(to)) {
        ctx.addIssue({ code: 'custom', path: ['transitions', i, 1], message: `unknown template id "${to}"` });
      }
    });
  });

export type SequenceModelJson = z.infer<typeof sequenceModelJsonSchema>;

export const trainingSessionSchema = z.object({
  key: z.string(),
  templateIds: z.array(z.string().min(1)).min(1, 'a session needs at least one event'),
});

export const validationSessionSchema = trainingSessionSchema.extend({ anomalous: z.boolean() });

export type TrainingSession = z.infer<typeof trainingSessionSchema>;
export type ValidationSession = z.infer<typeof validationSessionSchema>;

export const trainOptionsSchema = z
  .object({
    smoothing: z.number().positive().optional(),
    boundQuantile: z.number().min(0).max(0.5).optional(),
    rarePresence: z.number().min(0).max(1).optional(),
    openEnded: z.boolean().optional(),
    weights: sequenceWeightsSchema.partial().optional(),
    /** Labelled anomalous sessions of the fitting period: with them the weights are learned (see weights.ts). */
    anomalies: z.array(trainingSessionSchema).optional(),
    /** Template text by id, so that a never-seen template is weighed by its failure vocabulary. */
    templateText: z.record(z.string(), z.string()).optional(),
    /** Labelled sessions from the training period, held out of fitting, used only to pick the threshold. */
    validation: z.array(validationSessionSchema).optional(),
    /** Raw-score units per logit of the calibrated score. */
    scale: z.number().positive().optional(),
    /** Fit the supervised session classifier on `anomalies` plus the normal sessions (default true). */
    supervised: z.boolean().optional(),
  })
  .strict();

export type SequenceTrainOptions = z.infer<typeof trainOptionsSchema>;

/**
 * The model bundle on disk: `manifest.json` (this schema) names every other file with its sha256, so a bundle is
 * verified completely before it serves, and a rebuild can be checked against its provenance.
 *
 *   manifest.json   format version, featuriser, domains with their calibration, files, provenance, metrics
 *   model.onnx      router + experts (onnx/export.ts)
 *   templates.json  Drain snapshot of the training templates + per-template domain, gloss, counts
 *   partition.json  the partition file used (with any LLM prompts and answers) and its certification report
 *   sequence.json   optional sequence model (sequence/)
 *   training-set.jsonl  optional: the K-shot lines fitted and calibrated on, so a retrain needs no other data
 */
import { z } from 'zod';
import { DomainIdSchema } from '../contract';
import { drainOptionsSchema } from '../drain';
import { featurizerSettingsSchema } from '../features/hash';

export const BUNDLE_KIND = 'anomaly-lens/bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_FILES = ['model.onnx', 'templates.json', 'partition.json'] as const;
export const OPTIONAL_BUNDLE_FILES = ['sequence.json', 'training-set.jsonl'] as const;

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex sha256');

export const domainEntrySchema = z
  .object({
    id: DomainIdSchema,
    type: z.enum(['pure-anomaly', 'pure-normal', 'mixed']),
    description: z.string(),
    typicalCauses: z.array(z.string()),
    templates: z.number().int().min(0),
    platt: z.object({ a: z.number(), b: z.number() }).nullable(),
    threshold: z.number().min(0).max(1),
    prior: z.number().min(0).max(1),
  })
  .strict();

export const dataProvenanceSchema = z
  .object({
    file: z.string(),
    sha256: sha256Schema,
    format: z.string(),
    lines: z.number().int().min(0),
    /** Line ranges (0-based, end exclusive) of the time-ordered file used for fitting and for calibration. */
    train: z.tuple([z.number().int(), z.number().int()]),
    validation: z.tuple([z.number().int(), z.number().int()]),
  })
  .strict();

export const manifestSchema = z
  .object({
    kind: z.literal(BUNDLE_KIND),
    formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1-64 characters of [A-Za-z0-9._-]'),
    version: z.string().min(1),
    createdAt: z.string().datetime(),
    command: z.string(),
    normalizer: z
      .object({
        format: z.string().min(1),
        // Header formats of the training lines (engine/cold-start.ts); absent in bundles written before it.
        trainedFormats: z.array(z.string().min(1)).optional(),
      })
      .strict(),
    drain: drainOptionsSchema,
    featurizer: featurizerSettingsSchema,
    network: z
      .object({
        dim: z.number().int().min(1),
        inputs: z.object({ ids: z.string(), weights: z.string() }).strict(),
        outputs: z.object({ router: z.string(), expert: z.string() }).strict(),
        opset: z.number().int(),
      })
      .strict(),
    domains: z.array(domainEntrySchema).min(1),
    softThreshold: z.number().min(0).max(1),
    /** Held-out anomaly rate of quiet novel lines (model/decide.ts); absent in older bundles: no such rule. */
    quietNovelPrior: z.number().min(0).max(1).nullable().optional(),
    /** Combination used when a request does not choose: the better one on the validation period. */
    combine: z.enum(['top1', 'soft']),
    files: z.record(z.string(), sha256Schema),
    training: z
      .object({
        data: z.array(dataProvenanceSchema),
        k: z.number().int().min(1),
        seed: z.number().int(),
        labelled: z.number().int().min(0),
        linesSeen: z.number().int().min(0),
        heldOutTemplates: z.array(z.string()),
        // Share of training lines seen in a served wrapper (train/augment.ts); absent in older bundles.
        augment: z
          .object({ share: z.number().min(0).max(1) })
          .strict()
          .optional(),
        fit: z.record(z.string(), z.unknown()),
        seconds: z.number().min(0),
      })
      .strict(),
    metrics: z.record(z.string(), z.unknown()),
  })
  .strict()
  .superRefine((m, ctx) => {
    const ids = m.domains.map((d) => d.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) {
      ctx.addIssue({ code: 'custom', path: ['domains'], message: `domain ${dup} is listed twice` });
    }
    for (const f of BUNDLE_FILES) {
      if (!m.files[f]) {
        ctx.addIssue({ code: 'custom', path: ['files', f], message: `the manifest does not list ${f}` });
      }
    }
  });

export type BundleManifest = z.infer<typeof manifestSchema>;
export type DomainEntry = z.infer<typeof domainEntrySchema>;

export const templateEntrySchema = z
  .object({
    id: z.string(),
    text: z.string(),
    domain: DomainIdSchema,
    gloss: z.string(),
    count: z.number().int().min(0),
    labelled: z.object({ anomaly: z.number().int().min(0), normal: z.number().int().min(0) }).strict(),
  })
  .strict();

export const templatesFileSchema = z
  .object({
    templates: z.array(templateEntrySchema),
    drain: z.unknown(),
  })
  .strict();

export type TemplateEntry = z.infer<typeof templateEntrySchema>;
export type TemplatesFile = z.infer<typeof templatesFileSchema>;

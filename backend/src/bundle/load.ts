/**
 * Loads and verifies a bundle completely: manifest schema, every listed file present with its sha256, templates
 * and Drain snapshot valid, domains consistent between manifest, templates and partition. The ONNX graph's
 * shape is checked by the detector when it opens a session. Any failure is a BundleError naming the file and
 * what is wrong, so a reload can refuse a bad bundle and keep serving the old one.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { DomainId } from '../contract';
import { DrainMiner } from '../drain';
import { issueTexts } from '../util/zod-issues';
import type { DecisionTable } from '../model/decide';
import {
  BUNDLE_FORMAT_VERSION,
  BUNDLE_KIND,
  manifestSchema,
  templatesFileSchema,
  type BundleManifest,
  type TemplateEntry,
} from './schema';

export class BundleError extends Error {
  constructor(
    readonly dir: string,
    message: string
  ) {
    super(`model bundle ${dir}: ${message}`);
    this.name = 'BundleError';
  }
}

export interface BundleKnowledge {
  templates: Record<string, { gloss: string; domain: DomainId }>;
  domains: Record<string, { description: string; typicalCauses: string[] }>;
}

export interface LoadedBundle {
  dir: string;
  manifest: BundleManifest;
  onnx: Uint8Array;
  templates: TemplateEntry[];
  templateById: Map<string, TemplateEntry>;
  miner: DrainMiner;
  decision: DecisionTable;
  knowledge: BundleKnowledge;
  /** Raw JSON of sequence.json (validated by SequenceModel.fromJSON where it is used), or null. */
  sequenceModel: unknown;
}

function issuesText(error: z.ZodError): string {
  return issueTexts(error.issues, { limit: 5 }).join('; ');
}

export function loadBundle(dirArg: string): LoadedBundle {
  const dir = resolve(dirArg);
  try {
    if (!statSync(dir).isDirectory()) {
      throw new BundleError(dir, 'is not a directory');
    }
  } catch (err) {
    if (err instanceof BundleError) {
      throw err;
    }
    throw new BundleError(dir, `cannot open: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const read = (name: string): Buffer => {
    try {
      return readFileSync(join(dir, name));
    } catch (err) {
      throw new BundleError(dir, `${name} is missing or unreadable (${(err as NodeJS.ErrnoException).code ?? err})`);
    }
  };
  const json = (name: string, data: Buffer): unknown => {
    try {
      return JSON.parse(data.toString('utf8'));
    } catch (err) {
      throw new BundleError(dir, `${name} is not valid JSON: ${(err as Error).message}`);
    }
  };

  const rawManifest = json('manifest.json', read('manifest.json'));
  const kind = (rawManifest as { kind?: unknown } | null)?.kind;
  const version = (rawManifest as { formatVersion?: unknown } | null)?.formatVersion;
  if (kind !== BUNDLE_KIND) {
    throw new BundleError(dir, `manifest.json: kind is ${JSON.stringify(kind)}, expected "${BUNDLE_KIND}"`);
  }
  if (version !== BUNDLE_FORMAT_VERSION) {
    throw new BundleError(
      dir,
      `manifest.json: format version ${JSON.stringify(version)} is not supported (this build reads ${BUNDLE_FORMAT_VERSION})`
    );
  }
  const parsed = manifestSchema.safeParse(rawManifest);
  if (!parsed.success) {
    throw new BundleError(dir, `manifest.json is invalid: ${issuesText(parsed.error)}`);
  }
  const manifest = parsed.data;

  const contents = new Map<string, Buffer>();
  for (const [name, expected] of Object.entries(manifest.files)) {
    if (name.includes('/') || name.includes('\\') || name.startsWith('.')) {
      throw new BundleError(dir, `manifest.json lists an unsafe file name ${JSON.stringify(name)}`);
    }
    const data = read(name);
    const actual = createHash('sha256').update(data).digest('hex');
    if (actual !== expected) {
      throw new BundleError(
        dir,
        `${name} is corrupt or was changed: sha256 ${actual} does not match the manifest's ${expected}`
      );
    }
    contents.set(name, data);
  }

  const templatesParsed = templatesFileSchema.safeParse(json('templates.json', contents.get('templates.json')!));
  if (!templatesParsed.success) {
    throw new BundleError(dir, `templates.json is invalid: ${issuesText(templatesParsed.error)}`);
  }
  let miner: DrainMiner;
  try {
    miner = DrainMiner.restore(templatesParsed.data.drain);
  } catch (err) {
    throw new BundleError(dir, `templates.json: the Drain snapshot does not restore: ${(err as Error).message}`);
  }
  const domainIds = new Set(manifest.domains.map((d) => d.id));
  const templates = templatesParsed.data.templates;
  for (const t of templates) {
    if (!domainIds.has(t.domain)) {
      throw new BundleError(
        dir,
        `templates.json: template ${t.id} belongs to domain ${t.domain}, which the manifest does not list`
      );
    }
  }

  return {
    dir,
    manifest,
    onnx: new Uint8Array(contents.get('model.onnx')!),
    templates,
    templateById: new Map(templates.map((t) => [t.id, t])),
    miner,
    decision: {
      domains: manifest.domains.map((d) => ({
        id: d.id,
        type: d.type,
        platt: d.platt,
        threshold: d.threshold,
        prior: d.prior,
      })),
      softThreshold: manifest.softThreshold,
      quietNovelPrior: manifest.quietNovelPrior ?? null,
    },
    knowledge: {
      templates: Object.fromEntries(templates.map((t) => [t.id, { gloss: t.gloss, domain: t.domain }])),
      domains: Object.fromEntries(
        manifest.domains.map((d) => [d.id, { description: d.description, typicalCauses: d.typicalCauses }])
      ),
    },
    sequenceModel: contents.has('sequence.json') ? json('sequence.json', contents.get('sequence.json')!) : null,
  };
}

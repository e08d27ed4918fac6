/** The partition file's zod schema, and parsing/loading with precise messages (path + issue). */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DOMAIN_IDS } from '../contract';
import type { PartitionFile } from './types';
import { issueTexts } from '../util/zod-issues';

const text = (what: string) => z.string().trim().min(1, `${what} must be a non-empty string`);

const domainId = z.enum(DOMAIN_IDS, {
  error: (issue) => `unknown domain id ${JSON.stringify(issue.input)}; expected one of ${DOMAIN_IDS.join(', ')}`,
});

/** The compile error of a regex source (case-insensitive, as matching uses it), or null when it compiles. */
export function regexProblem(source: string): string | null {
  try {
    new RegExp(source, 'i');
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

const regexSource = z
  .string()
  .min(1, 'a pattern must be a non-empty regex source')
  .superRefine((source, ctx) => {
    const problem = regexProblem(source);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: `invalid regex ${JSON.stringify(source)}: ${problem}` });
    }
  });

/** Reports each value of `list` seen before, at its index. */
function duplicates(list: readonly string[], what: string, ctx: z.RefinementCtx, path: Array<string | number>) {
  const seen = new Set<string>();
  list.forEach((value, i) => {
    if (seen.has(value)) {
      ctx.addIssue({ code: 'custom', path: [...path, i], message: `duplicate ${what} ${JSON.stringify(value)}` });
    }
    seen.add(value);
  });
}

export const partitionDomainSchema = z.strictObject({
  id: domainId,
  description: text('description'),
  typicalCauses: z.array(text('a typical cause')).min(1, 'list at least one typical cause'),
  templates: z.array(text('a template id')).optional(),
  patterns: z.array(regexSource).optional(),
});

export const partitionFileSchema = z
  .strictObject({
    version: z.literal(1, 'version must be 1'),
    source: z.enum(['reviewed', 'llm'], 'source must be "reviewed" or "llm"'),
    domains: z.array(partitionDomainSchema).min(1, 'list at least one domain'),
    fallbackDomain: domainId.optional(),
    glosses: z.record(z.string().min(1), text('a gloss')).optional(),
    glossPatterns: z.array(z.strictObject({ pattern: regexSource, gloss: text('a gloss') })).optional(),
    llm: z
      .strictObject({
        model: text('llm.model'),
        baseUrl: z.string().optional(),
        prompts: z.array(z.array(z.strictObject({ role: z.string(), content: z.string() }))),
        answers: z.array(z.string()),
      })
      .optional(),
  })
  .superRefine((file, ctx) => {
    duplicates(
      file.domains.map((d) => d.id),
      'domain id',
      ctx,
      ['domains']
    );
    file.domains.forEach((d, i) => {
      // Within one domain a repeat is a typo; across domains certification repairs it (first domain wins).
      duplicates(d.templates ?? [], 'template id', ctx, ['domains', i, 'templates']);
      duplicates(d.patterns ?? [], 'pattern', ctx, ['domains', i, 'patterns']);
    });
    if (file.fallbackDomain && !file.domains.some((d) => d.id === file.fallbackDomain)) {
      ctx.addIssue({
        code: 'custom',
        path: ['fallbackDomain'],
        message: `fallback domain "${file.fallbackDomain}" is not one of the listed domains`,
      });
    }
    if (file.llm && file.llm.prompts.length !== file.llm.answers.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['llm', 'answers'],
        message: `${file.llm.answers.length} answers recorded for ${file.llm.prompts.length} prompts`,
      });
    }
  });

/** One line per issue: `domains[2].patterns[0]: message`, `(root): message` for the file itself. */
export function formatIssues(error: z.ZodError): string[] {
  return issueTexts(error.issues, { style: 'indexed' });
}

/** Validates a parsed partition file; `source` (e.g. its path) prefixes the error, which lists every issue. */
export function parsePartitionFile(json: unknown, source: string): PartitionFile {
  const parsed = partitionFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = formatIssues(parsed.error);
    throw new Error(`${source}: invalid partition file (${issues.length} issue(s)):\n  - ${issues.join('\n  - ')}`);
  }
  return parsed.data;
}

/** Reads and validates a partition file; read and JSON errors name the path. */
export function loadPartitionFile(path: string): PartitionFile {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read partition file ${path}: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new Error(`partition file ${path} is not valid JSON: ${(err as Error).message}`);
  }
  return parsePartitionFile(json, path);
}

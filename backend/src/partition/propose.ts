/**
 * Proposing a partition with an LLM behind any OpenAI-compatible chat-completions endpoint. Each chunk of
 * templates is one conversation: the answer must be JSON that names taxonomy domains and assigns every template
 * of the chunk exactly once; otherwise the validation problems go back to the model as a user message and it
 * tries again. Every prompt and raw answer is recorded in the file's `llm` so a rebuild needs no LLM.
 */
import OpenAI from 'openai';
import { z } from 'zod';
import { DOMAIN_IDS, DOMAIN_TAXONOMY, type DomainId } from '../contract';
import { formatIssues } from './schema';
import type { PartitionDomainSpec, PartitionFile, PartitionTemplate } from './types';

export interface ProposeOptions {
  client: OpenAI;
  model: string;
  /** Requests per chunk before giving up (default 3). */
  maxAttempts?: number;
  signal?: AbortSignal;
  /** Templates per prompt; larger sets are split into chunks whose answers are merged (default 200). */
  maxTemplatesInPrompt?: number;
}

type Message = { role: 'system' | 'user' | 'assistant'; content: string };

const MAX_SAMPLE_CHARS = 240;
const MAX_TEMPLATE_CHARS = 400;
const MAX_CAUSES = 4;

export const SYSTEM_PROMPT = [
  'You are a site reliability engineer who partitions log templates into failure domains.',
  'A failure domain groups the templates whose lines report problems (or normal activity) of the same subsystem,',
  'so that an anomaly detector can specialise per domain. Use only the domain ids of the given taxonomy.',
  'Decide by what the message is about, not by its labels: one domain may hold both anomalous and normal templates.',
  'Answer with one JSON object only, of this shape:',
  '{"domains":[{"id":"<taxonomy id>","description":"<one sentence: what this domain covers in these logs>",',
  '"typicalCauses":["<2 to 4 short typical root causes>"],"templates":["<template id>", ...]}],',
  '"glosses":{"<template id>":"<one plain-English sentence saying what the line means>"}}',
  'Every template id must appear in exactly one domain. List only domains that receive templates.',
].join('\n');

function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function buildUserPrompt(templates: readonly PartitionTemplate[]): string {
  const taxonomy = DOMAIN_TAXONOMY.map((d) => `- ${d.id} (${d.title}): ${d.scope}`).join('\n');
  const rows = templates.map((t) =>
    JSON.stringify({
      id: t.id,
      text: truncate(t.text, MAX_TEMPLATE_CHARS),
      lines: t.count,
      labelledAnomaly: t.labelled.anomaly,
      labelledNormal: t.labelled.normal,
      samples: t.samples.slice(0, 2).map((s) => truncate(s, MAX_SAMPLE_CHARS)),
    })
  );
  return [
    'Taxonomy of failure domains (id, title: scope):',
    taxonomy,
    '',
    `Templates (${templates.length}), one JSON object per line; placeholders such as <NUM>, <IP>, <PATH> or <*> stand for variable values; labelledAnomaly/labelledNormal count labelled sample lines:`,
    ...rows,
    '',
    'Assign every template id above to exactly one domain and gloss every template.',
  ].join('\n');
}

const answerSchema = z.object({
  domains: z
    .array(
      z.object({
        id: z.enum(DOMAIN_IDS, {
          error: (issue) => `unknown domain id ${JSON.stringify(issue.input)}; use one of ${DOMAIN_IDS.join(', ')}`,
        }),
        description: z.string().trim().min(1, 'describe the domain in one sentence'),
        typicalCauses: z.array(z.string().trim().min(1)).min(1, 'give at least one typical cause'),
        templates: z.array(z.string()),
      })
    )
    .min(1, 'list at least one domain'),
  glosses: z.record(z.string(), z.string()).optional(),
});
type Answer = z.infer<typeof answerSchema>;

/** Some models wrap JSON in a fence despite response_format. */
function stripFence(content: string): string {
  const m = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(content);
  return m ? m[1] : content;
}

/** The answer for one chunk, or the problems to send back. */
export function validateAnswer(
  content: string,
  templates: readonly PartitionTemplate[]
): { answer: Answer; problems: [] } | { answer: null; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(stripFence(content));
  } catch (err) {
    return { answer: null, problems: [`the answer is not valid JSON: ${(err as Error).message}`] };
  }
  const parsed = answerSchema.safeParse(json);
  if (!parsed.success) {
    return { answer: null, problems: formatIssues(parsed.error) };
  }
  const answer = parsed.data;
  const problems: string[] = [];
  const expected = new Set(templates.map((t) => t.id));
  const placed = new Map<string, DomainId>();
  const domainSeen = new Set<DomainId>();
  answer.domains.forEach((d, i) => {
    if (domainSeen.has(d.id)) {
      problems.push(`domains[${i}]: domain ${d.id} is listed twice; list each domain once`);
    }
    domainSeen.add(d.id);
    for (const id of d.templates) {
      if (!expected.has(id)) {
        problems.push(`domains[${i}] (${d.id}): template id ${JSON.stringify(id)} is not one of the given templates`);
      } else if (placed.has(id)) {
        problems.push(`template ${id} is assigned to both ${placed.get(id)} and ${d.id}; choose one`);
      } else {
        placed.set(id, d.id);
      }
    }
  });
  const missing = templates.filter((t) => !placed.has(t.id)).map((t) => t.id);
  if (missing.length > 0) {
    const shown = missing.slice(0, 50).join(', ');
    problems.push(
      `${missing.length} template(s) are not assigned to any domain: ${shown}${missing.length > 50 ? ', …' : ''}`
    );
  }
  return problems.length > 0 ? { answer: null, problems } : { answer, problems: [] };
}

function retryMessage(problems: readonly string[]): string {
  return [
    'Your answer is invalid:',
    ...problems.map((p) => `- ${p}`),
    'Answer again with the complete JSON object for all templates, fixing these problems.',
  ].join('\n');
}

export async function proposePartition(
  templates: readonly PartitionTemplate[],
  options: ProposeOptions
): Promise<PartitionFile> {
  const maxAttempts = options.maxAttempts ?? 3;
  const chunkSize = options.maxTemplatesInPrompt ?? 200;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be an integer >= 1, got ${maxAttempts}`);
  }
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`maxTemplatesInPrompt must be an integer >= 1, got ${chunkSize}`);
  }
  if (templates.length === 0) {
    throw new Error('there are no templates to partition');
  }
  const llm: NonNullable<PartitionFile['llm']> = {
    model: options.model,
    baseUrl: options.client.baseURL,
    prompts: [],
    answers: [],
  };
  const answers: Answer[] = [];
  for (let start = 0; start < templates.length; start += chunkSize) {
    const chunk = templates.slice(start, start + chunkSize);
    const chunkName =
      templates.length > chunkSize ? ` for templates ${start + 1}–${start + chunk.length} of ${templates.length}` : '';
    const messages: Message[] = [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: buildUserPrompt(chunk) },
    ];
    let problems: string[] = [];
    let answer: Answer | null = null;
    for (let attempt = 1; attempt <= maxAttempts && !answer; attempt++) {
      options.signal?.throwIfAborted();
      const completion = await options.client.chat.completions.create(
        { model: options.model, temperature: 0, response_format: { type: 'json_object' }, messages },
        { signal: options.signal }
      );
      const content = completion.choices[0]?.message?.content ?? '';
      llm.prompts.push(messages.map((m) => ({ ...m })));
      llm.answers.push(content);
      const result = content ? validateAnswer(content, chunk) : { answer: null, problems: ['the answer is empty'] };
      answer = result.answer;
      problems = result.problems;
      if (!answer) {
        messages.push({ role: 'assistant', content }, { role: 'user', content: retryMessage(problems) });
      }
    }
    if (!answer) {
      throw new Error(
        `the LLM (${options.model}) gave no valid partition${chunkName} after ${maxAttempts} attempt(s); ` +
          `last problems:\n  - ${problems.join('\n  - ')}`
      );
    }
    answers.push(answer);
  }
  return mergeAnswers(answers, llm);
}

/** One partition file from the chunks' answers: domains in order of first appearance, first wording wins. */
function mergeAnswers(answers: readonly Answer[], llm: NonNullable<PartitionFile['llm']>): PartitionFile {
  const domains = new Map<DomainId, PartitionDomainSpec & { templates: string[] }>();
  const glosses: Record<string, string> = {};
  for (const answer of answers) {
    const ids = new Set(answer.domains.flatMap((d) => d.templates));
    for (const d of answer.domains) {
      const known = domains.get(d.id);
      if (!known) {
        domains.set(d.id, {
          id: d.id,
          description: d.description.trim(),
          typicalCauses: [...new Set(d.typicalCauses.map((c) => c.trim()))].slice(0, MAX_CAUSES),
          templates: [...d.templates],
        });
      } else {
        known.templates.push(...d.templates);
        for (const cause of d.typicalCauses.map((c) => c.trim())) {
          if (known.typicalCauses.length < MAX_CAUSES && !known.typicalCauses.includes(cause)) {
            known.typicalCauses.push(cause);
          }
        }
      }
    }
    // Glosses of ids that are not templates would only confuse certification's report.
    for (const [id, gloss] of Object.entries(answer.glosses ?? {})) {
      if (ids.has(id) && gloss.trim()) {
        glosses[id] = gloss.trim();
      }
    }
  }
  const list = [...domains.values()].filter((d) => d.templates.length > 0);
  return {
    version: 1,
    source: 'llm',
    domains: list,
    // Certification merges unlabelled or undersized domains into the fallback, when the model used `other`.
    ...(list.some((d) => d.id === 'other') ? { fallbackDomain: 'other' as const } : {}),
    glosses,
    llm,
  };
}

/**
 * The LLM client configured by the environment: OPENAI_BASE_URL and/or OPENAI_API_KEY (null when neither is set;
 * a base URL without a key sends the key "none", as local servers expect), and the model from `model` (the
 * `--llm-model` flag) or LLM_MODEL.
 */
export function partitionFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  model?: string
): { client: OpenAI; model: string } | null {
  const baseURL = env.OPENAI_BASE_URL?.trim() || undefined;
  const apiKey = env.OPENAI_API_KEY?.trim() || undefined;
  if (!baseURL && !apiKey) {
    return null;
  }
  const name = model?.trim() || env.LLM_MODEL?.trim();
  if (!name) {
    throw new Error('an LLM endpoint is configured (OPENAI_BASE_URL/OPENAI_API_KEY) but no model: set LLM_MODEL');
  }
  return { client: new OpenAI({ baseURL, apiKey: apiKey ?? 'none', timeout: 300_000, maxRetries: 2 }), model: name };
}

/**
 * The optional LLM narrator: any OpenAI-compatible chat-completions endpoint rewrites the grounded reasoning.
 * The answer must parse as JSON, match the reasoning schema, cite only existing events and keep the verdict;
 * otherwise the grounded reasoning is returned with the reason in `narrative.fallbackReason`. Never throws.
 */
import OpenAI from 'openai';
import { z } from 'zod';
import { ReasoningSchema, type Narrative, type Reasoning } from '../contract';
import type { NarrationInput, Narrator } from '../reasoning/explain';
import { reasoningProblems } from '../reasoning/validate';
import { LruCache } from './cache';
import { buildUserPrompt, sequenceHash, SYSTEM_PROMPT } from './prompt';
import { issueText } from '../util/zod-issues';

export const narratorOptionsSchema = z
  .object({
    baseURL: z.url('NARRATOR_BASE_URL must be a URL such as http://localhost:8000/v1'),
    apiKey: z.string().min(1).default('none'),
    model: z.string().min(1, 'NARRATOR_MODEL must name the model'),
    timeoutMs: z.number().int().min(100).max(600_000).default(20_000),
    cacheSize: z.number().int().min(1).max(100_000).default(256),
    /** Send raw variable values (IPs, ids, paths) to the endpoint instead of typed placeholders. */
    includeValues: z.boolean().default(false),
    maxTokens: z.number().int().min(64).max(32_000).default(4096),
  })
  .strict();

export type NarratorOptions = z.input<typeof narratorOptionsSchema>;

export class LlmNarrator implements Narrator {
  private readonly options: z.output<typeof narratorOptionsSchema>;
  private readonly client: OpenAI;
  private readonly cache: LruCache<Reasoning>;

  constructor(options: NarratorOptions) {
    const parsed = narratorOptionsSchema.safeParse(options);
    if (!parsed.success) {
      throw new Error(`invalid narrator options: ${z.prettifyError(parsed.error)}`);
    }
    this.options = parsed.data;
    this.client = new OpenAI({
      baseURL: this.options.baseURL,
      apiKey: this.options.apiKey,
      // The narrator's own timer (see narrate) fires first; the client's is a backstop.
      timeout: this.options.timeoutMs + 1000,
      maxRetries: 0,
    });
    this.cache = new LruCache(this.options.cacheSize);
  }

  get model(): string {
    return this.options.model;
  }

  async narrate(input: NarrationInput): Promise<{ reasoning: Reasoning; narrative: Narrative }> {
    const { model, includeValues } = this.options;
    const key = sequenceHash(model, includeValues, input.reasoning, input.events);
    const cached = this.cache.get(key);
    if (cached) {
      return { reasoning: cached, narrative: { source: 'llm', model, cached: true } };
    }
    const fallback = (reason: string) => ({
      reasoning: input.reasoning,
      narrative: { source: 'grounded' as const, model, fallbackReason: reason },
    });

    let content: string | null | undefined;
    // Our own timer, so a timeout reads as one whatever error the client raises on abort.
    const abort = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, this.options.timeoutMs);
    try {
      const completion = await this.client.chat.completions.create(
        {
          model,
          temperature: 0,
          max_tokens: this.options.maxTokens,
          response_format: { type: 'json_object' },
          messages: [
            { role: 'system', content: SYSTEM_PROMPT },
            { role: 'user', content: buildUserPrompt(input.reasoning, input.events, includeValues) },
          ],
        },
        { signal: abort.signal }
      );
      content = completion.choices[0]?.message?.content;
    } catch (err) {
      if (timedOut || err instanceof OpenAI.APIConnectionTimeoutError) {
        return fallback(`the narrator did not answer within ${this.options.timeoutMs} ms`);
      }
      return fallback(`the narrator request failed: ${(err as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
    if (!content) {
      return fallback('the narrator returned no content');
    }
    let json: unknown;
    try {
      json = JSON.parse(stripFence(content));
    } catch {
      return fallback('the narrator answer is not valid JSON');
    }
    const parsed = ReasoningSchema.safeParse(json);
    if (!parsed.success) {
      return fallback(`the narrator answer does not match the reasoning schema: ${firstIssue(parsed.error)}`);
    }
    const problems = reasoningProblems(parsed.data, input.events.length, input.verdict);
    if (problems.length > 0) {
      return fallback(`the narrator answer is not grounded: ${problems.slice(0, 3).join('; ')}`);
    }
    this.cache.set(key, parsed.data);
    return { reasoning: parsed.data, narrative: { source: 'llm', model, cached: false } };
  }
}

/** Some models wrap JSON in a ```json fence despite response_format. */
function stripFence(content: string): string {
  const m = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(content);
  return m ? m[1] : content;
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? issueText(issue) : 'unknown issue';
}

/**
 * The narrator configured by the environment: NARRATOR_BASE_URL and NARRATOR_MODEL (both required to enable it),
 * NARRATOR_API_KEY, NARRATOR_TIMEOUT_MS, NARRATOR_CACHE_SIZE, NARRATOR_INCLUDE_VALUES=true. Undefined when off.
 */
export function narratorFromEnv(env: NodeJS.ProcessEnv = process.env): LlmNarrator | undefined {
  const options = narratorOptionsFromEnv(env);
  return options ? new LlmNarrator(options) : undefined;
}

/**
 * narratorFromEnv's settings, checked (the same errors) but no client built: null when off. The service reads
 * them once, into ServiceConfig.narrator.
 */
export function narratorOptionsFromEnv(env: NodeJS.ProcessEnv): NarratorOptions | null {
  if (!env.NARRATOR_BASE_URL && !env.NARRATOR_MODEL) {
    return null;
  }
  const int = (name: string) => {
    const raw = env[name];
    if (raw === undefined || raw === '') {
      return undefined;
    }
    if (!/^\d+$/.test(raw)) {
      throw new Error(`${name} must be a positive integer, got "${raw}"`);
    }
    return Number(raw);
  };
  const options: NarratorOptions = {
    baseURL: env.NARRATOR_BASE_URL ?? '',
    model: env.NARRATOR_MODEL ?? '',
    ...(env.NARRATOR_API_KEY ? { apiKey: env.NARRATOR_API_KEY } : {}),
    ...(int('NARRATOR_TIMEOUT_MS') !== undefined ? { timeoutMs: int('NARRATOR_TIMEOUT_MS') } : {}),
    ...(int('NARRATOR_CACHE_SIZE') !== undefined ? { cacheSize: int('NARRATOR_CACHE_SIZE') } : {}),
    includeValues: env.NARRATOR_INCLUDE_VALUES === 'true',
  };
  const parsed = narratorOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new Error(`invalid narrator options: ${z.prettifyError(parsed.error)}`);
  }
  return options;
}

/**
 * watch.yaml: which LogQL selectors the watcher polls, how, where it keeps checkpoints and whether it pushes a
 * verdict stream back to Loki. Validated with zod; errors name the offending path.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { VerdictSchema } from '../contract';
import { parseDurationMs } from './duration';
import { issueTexts } from '../util/zod-issues';

const Duration = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const ms = parseDurationMs(value);
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: `invalid duration "${value}": use e.g. 500ms, 15s, 5m, 1h or seconds` });
    return z.NEVER;
  }
  return ms;
});

/** A secret given inline or read from an environment variable at load time. */
const Secret = z.union([z.string().min(1), z.object({ env: z.string().min(1) }).strict()]);

const AuthSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('basic'), username: z.string().min(1), password: Secret }).strict(),
  z.object({ type: z.literal('bearer'), token: Secret }).strict(),
]);

const LokiTargetSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }),
    tenant: z.string().min(1).optional(),
    auth: AuthSchema.optional(),
    timeout: Duration.default(30_000),
    /**
     * This Loki's `max_entries_limit_per_query` (Loki's default is 5000): no query asks for more, and more lines
     * than this on one nanosecond are read stream by stream. Raise both together.
     */
    maxEntriesPerQuery: z.number().int().min(1).max(1_000_000).default(5000),
  })
  .strict();

const SELECTOR_NAME = /^[A-Za-z0-9_.-]{1,64}$/;

const SelectorSchema = z
  .object({
    name: z.string().regex(SELECTOR_NAME, 'must be 1-64 characters of A-Z a-z 0-9 _ . - (it names files and metrics)'),
    query: z
      .string()
      .trim()
      .regex(/^\{.*\}/s, 'must be a LogQL log query starting with a stream selector such as {job="bgl"}'),
    pollInterval: Duration.optional(),
    lookback: Duration.optional(),
    safetyLag: Duration.optional(),
    lateness: Duration.optional(),
  })
  .strict();

const DefaultsSchema = z
  .object({
    pollInterval: Duration.default(15_000),
    /** How far back the first poll of a selector without a checkpoint reaches. */
    lookback: Duration.default(3_600_000),
    /** Lines younger than this are left for the next poll, so late (out-of-order) ingestion is not skipped. */
    safetyLag: Duration.default(30_000),
    /**
     * Lines that reach Loki up to this much later than their timestamp (a shipper re-sending its buffer after an
     * outage) are still scored, exactly once: every poll reads this trailing window again and skips the lines the
     * checkpoint has already accounted. 0 turns it off. Costs: the window is read again each poll, and the
     * checkpoint keeps ≈ 12 bytes per line in it.
     */
    lateness: Duration.default(300_000),
    /**
     * Below the window, a further band this wide is read too: lines found there are later than `lateness`, so
     * they are counted (anomalylens_watch_late_lines_total{outcome="dropped"}) and logged, not scored. Lines later
     * still cannot be seen by a reader that polls by timestamp.
     */
    lateAudit: Duration.default(60_000),
    /**
     * How often the window is read again; the polls in between read only lines newer than the checkpoint. Each
     * re-read reaches `lateness` before where the previous one began, so lines up to `lateness` late are still
     * scored (some up to `lateness + lateRecheck` late too). Every poll would cost (lateness + lateAudit) / poll
     * interval, ≈ 24× the ingest rate in reads at the defaults; once a minute ≈ 6×.
     */
    lateRecheck: Duration.default(60_000),
    /**
     * The checkpoint (and with it the counters) is written at most this often within a poll, and at its end: a
     * crash re-scores at most this much work, never counts it twice.
     */
    checkpointInterval: Duration.default(1000),
    /**
     * Lines per query_range request (at most loki.maxEntriesPerQuery). 5000, Loki's default limit: per-request
     * cost dominates smaller pages (bench/watch).
     */
    pageSize: z.number().int().min(1).max(1_000_000).default(5000),
    /** Lines per engine.score call. */
    batchSize: z.number().int().min(1).max(10_000).default(256),
    /** Upper bound of the backoff between failed polls. */
    maxBackoff: Duration.default(300_000),
  })
  .strict();

const PushSchema = z
  .object({
    enabled: z.boolean().default(true),
    /** Defaults to the Loki the watcher reads from. */
    loki: LokiTargetSchema.optional(),
    /** Which verdicts are written back; anomalies only by default, to keep the derived stream small. */
    verdicts: z.array(VerdictSchema).min(1).default(['anomaly']),
  })
  .strict();

export const WatchConfigSchema = z
  .object({
    loki: LokiTargetSchema,
    checkpointDir: z.string().min(1),
    defaults: DefaultsSchema.default(DefaultsSchema.parse({})),
    selectors: z.array(SelectorSchema).min(1, 'at least one selector is required'),
    push: PushSchema.optional(),
    metrics: z
      .object({ port: z.number().int().min(0).max(65535).default(9465) })
      .strict()
      .default({ port: 9465 }),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Map<string, number>();
    config.selectors.forEach((s, i) => {
      const first = seen.get(s.name);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['selectors', i, 'name'],
          message: `duplicate selector name "${s.name}" (also selectors[${first}])`,
        });
      }
      seen.set(s.name, i);
    });
  });

export type WatchConfigInput = z.input<typeof WatchConfigSchema>;
export type WatchConfig = z.output<typeof WatchConfigSchema>;
export type SelectorConfig = WatchConfig['selectors'][number];
export type LokiTargetConfig = z.output<typeof LokiTargetSchema>;
export type SecretValue = z.output<typeof Secret>;

/** A selector with its defaults applied. */
export interface ResolvedSelector {
  name: string;
  query: string;
  pollIntervalMs: number;
  lookbackMs: number;
  safetyLagMs: number;
  latenessMs: number;
  lateAuditMs: number;
  lateRecheckMs: number;
}

export class WatchConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WatchConfigError';
  }
}

export function parseWatchConfig(raw: unknown, source = 'watch config'): WatchConfig {
  const parsed = WatchConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = issueTexts(parsed.error.issues, { style: 'indexed' }).map((text) => `  - ${text}`);
    throw new WatchConfigError(`${source} is invalid:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

export function loadWatchConfig(file: string): WatchConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new WatchConfigError(`cannot read ${file}: ${(err as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new WatchConfigError(`${file} is not valid YAML: ${(err as Error).message}`);
  }
  return parseWatchConfig(raw, file);
}

export function resolveSelectors(config: WatchConfig): ResolvedSelector[] {
  return config.selectors.map((s) => ({
    name: s.name,
    query: s.query,
    pollIntervalMs: s.pollInterval ?? config.defaults.pollInterval,
    lookbackMs: s.lookback ?? config.defaults.lookback,
    safetyLagMs: s.safetyLag ?? config.defaults.safetyLag,
    latenessMs: s.lateness ?? config.defaults.lateness,
    lateAuditMs: config.defaults.lateAudit,
    lateRecheckMs: config.defaults.lateRecheck,
  }));
}

export function resolveSecret(secret: SecretValue, env: NodeJS.ProcessEnv = process.env): string {
  if (typeof secret === 'string') {
    return secret;
  }
  const value = env[secret.env];
  if (value === undefined || value === '') {
    throw new WatchConfigError(`environment variable ${secret.env} (referenced by the watch config) is not set`);
  }
  return value;
}

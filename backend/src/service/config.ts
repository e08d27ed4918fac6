/**
 * Service configuration: environment variables validated with zod, overridable by `anomaly-lens serve` flags.
 * Every problem is reported at once, with the variable name, so a bad deployment fails fast and precisely.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { parseStreamLabels } from '../baseline/identity';
import { narratorOptionsFromEnv, type NarratorOptions } from '../narrator/llm-narrator';
import { DEFAULT_MAX_LINE_LENGTH } from '../normalize/sanitize';
import { issuePath } from '../util/zod-issues';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid service configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const intFromEnv = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a non-negative integer')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const boolFromEnv = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no']))
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const INFER_DEVICES = ['auto', 'cpu', 'cuda'] as const;

/** The environment as the service reads it; every variable is optional and has a documented default. */
const EnvSchema = z.object({
  PORT: intFromEnv(0, 65535).default(8080),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  MODEL_DIR: z.string().trim().min(1).default('models/default'),
  INFER_DEVICE: z.enum(INFER_DEVICES).default('auto'),
  WORKERS: intFromEnv(1, 256).optional(),
  AUTH_TOKENS: z.string().optional(),
  AUTH_TOKENS_FILE: z.string().trim().min(1).optional(),
  AUTH_DISABLED: boolFromEnv.default(false),
  ANOMALYLENS_ADMIN_KEY: z.string().trim().optional(),
  GRAFANA_PROXY_TOKENS: z.string().optional(),
  METRICS_AUTH: boolFromEnv.default(false),
  MAX_BODY_BYTES: intFromEnv(1024, 1024 * 1024 * 1024).default(16 * 1024 * 1024),
  MAX_LINES_PER_REQUEST: intFromEnv(1, 1_000_000).default(10_000),
  MAX_LINE_LENGTH: intFromEnv(16, 10_000_000).default(DEFAULT_MAX_LINE_LENGTH),
  MAX_JSON_DEPTH: intFromEnv(2, 10_000).default(32),
  QUEUE_MAX_LINES: intFromEnv(1, 100_000_000).default(100_000),
  // 0: admission's room is 1 s of the measured rate; > 0: the room follows accepted latency (admission.ts).
  ADMISSION_LATENCY_TARGET_MS: intFromEnv(0, 600_000).default(0),
  REQUEST_TIMEOUT_MS: intFromEnv(1, 3_600_000).default(30_000),
  BODY_TIMEOUT_MS: intFromEnv(100, 3_600_000).default(60_000),
  BATCH_MAX_DELAY_MS: intFromEnv(0, 1000).default(2),
  // 256: measured on 2 cores (bench/serve), worker batches of 1,024 mixed-format lines ran at half the rate of 256.
  BATCH_MAX_LINES: intFromEnv(1, 1_000_000).default(256),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  LABELS_DB: z.string().trim().min(1).optional(),
  MAX_IMPORT_BYTES: intFromEnv(1024, 16 * 1024 * 1024 * 1024).default(64 * 1024 * 1024),
  QUERY_CACHE_LINES: intFromEnv(0, 100_000_000).default(500_000),
  QUERY_LOKI_URLS: z.string().optional(),
  // The template encoder that gives novel templates of untrained systems a domain (backend/src/encoder); `off`
  // disables it. Default: models/encoders/all-MiniLM-L6-v2 beside the bundle's folder, when it is there.
  ENCODER_DIR: z.string().trim().min(1).optional(),
  BASELINE_STORE: z.string().trim().min(1).optional(),
  BASELINE_STREAM_LABELS: z.string().trim().min(1).optional(),
  WATCH_CONFIG: z.string().trim().min(1).optional(),
  WATCH_SHARD: z.string().trim().min(1).optional(),
  RETRAIN_DIR: z.string().trim().min(1).optional(),
});

/** ENCODER_DIR as given (it must hold the encoder), `off`, or unset: the default beside the bundle, if installed. */
function encoderDirOf(value: string | undefined, modelDir: string, problems: string[]): string | null {
  if (value === 'off') {
    return null;
  }
  const dir = value ?? join(dirname(resolve(modelDir)), 'encoders', 'all-MiniLM-L6-v2');
  const complete = ['model.onnx', 'vocab.txt', 'domain-reference.json', 'domain-reference.f32'].every((f) =>
    existsSync(join(dir, f))
  );
  if (!complete && value !== undefined) {
    problems.push(
      `ENCODER_DIR=${value}: needs model.onnx, vocab.txt and domain-reference.{json,f32} (or ENCODER_DIR=off)`
    );
  }
  return complete ? dir : null;
}

/** Where `anomaly-lens serve` keeps labels unless LABELS_DB or --labels-db says otherwise. */
export const DEFAULT_LABELS_DB = 'data/labels.sqlite';

export interface ServiceConfig {
  port: number;
  host: string;
  modelDir: string;
  device: (typeof INFER_DEVICES)[number];
  workers: number;
  /** Accepted bearer tokens; empty only when auth is disabled. */
  authTokens: string[];
  authDisabled: boolean;
  /**
   * Second credential (header X-Anomaly-Lens-Admin-Key) for reload, rollback and retrain; empty: those routes
   * answer 403 (unless auth is disabled).
   */
  adminKeys: string[];
  /**
   * Bearer tokens only Grafana's plugin proxy holds: requests with one of them may name the user
   * (X-Grafana-User) and role (X-Anomaly-Lens-Role, set by each proxy route); with any other token both are ignored.
   */
  grafanaProxyTokens: string[];
  /** /metrics needs a bearer token too (default: open, for Prometheus on the same network). */
  metricsAuth: boolean;
  maxBodyBytes: number;
  maxLinesPerRequest: number;
  maxLineLength: number;
  maxJsonDepth: number;
  queueMaxLines: number;
  admissionLatencyTargetMs: number;
  requestTimeoutMs: number;
  /** Longest time a client may take to send a whole request (headers and body); Node's default was 300 s. */
  bodyTimeoutMs: number;
  batchMaxDelayMs: number;
  batchMaxLines: number;
  logLevel: (typeof LOG_LEVELS)[number];
  /**
   * SQLite file of the label store; null (or "off"): no store, the feedback routes answer 503. `serve` defaults it to
   * DEFAULT_LABELS_DB; loadConfig does not, so embedding the server (tests) never creates a file in the cwd.
   */
  labelsDb: string | null;
  /** The Loki watcher's YAML config, run inside `serve` (WATCH_CONFIG); null: no watcher. */
  watchConfig: string | null;
  /** This replica's share of the watcher's selectors, `i/n` (WATCH_SHARD); null: all. */
  watchShard: string | null;
  /** Where retrained bundles go (RETRAIN_DIR); null: `serve`'s default. */
  retrainDir: string | null;
  /** The LLM narrator's settings (NARRATOR_*, narrator/llm-narrator.ts), read once here; null: off. */
  narrator: NarratorOptions | null;
  /** Largest body of POST /api/v1/labels/import. */
  maxImportBytes: number;
  /** Line results POST /api/v1/query keeps so that overlapping evaluations score each line once; 0: none. */
  queryCacheLines: number;
  /** Loki base URLs POST /api/v1/query may name; null: any http(s) URL (the bearer token is the boundary). */
  queryLokiUrls: string[] | null;
  /** The template encoder's folder (models/encoders/…), or null when it is off or not installed. */
  encoderDir: string | null;
  /** Directory of the stream-baseline store (issue 19); null: no baselines, scoring as without them. */
  baselineStore: string | null;
  /** Ordered label names identifying a stream for its baseline (comma list, `*` = all labels). */
  baselineStreamLabels: string | null;
}

/** Flag values from the CLI, already typed by commander; they win over the environment. */
export type ConfigOverrides = Partial<Omit<ServiceConfig, 'authTokens' | 'adminKeys' | 'grafanaProxyTokens'>>;

function splitTokens(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0 && !t.startsWith('#'));
}

export function loadConfig(
  env: NodeJS.ProcessEnv,
  overrides: ConfigOverrides = {},
  readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')
): ServiceConfig {
  // Empty strings mean "unset" (docker-compose writes `FOO=` for absent variables).
  const present = Object.fromEntries(
    Object.keys(EnvSchema.shape)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]])
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (i) => `${issuePath(i.path) || 'env'}=${JSON.stringify(present[String(i.path[0])])}: ${i.message}`
      )
    );
  }
  const e = parsed.data;
  const problems: string[] = [];

  const tokens = e.AUTH_TOKENS ? splitTokens(e.AUTH_TOKENS) : [];
  if (e.AUTH_TOKENS_FILE) {
    try {
      tokens.push(...splitTokens(readFile(e.AUTH_TOKENS_FILE)));
    } catch (err) {
      problems.push(`AUTH_TOKENS_FILE=${e.AUTH_TOKENS_FILE}: cannot be read (${(err as Error).message})`);
    }
  }
  const authDisabled = overrides.authDisabled ?? e.AUTH_DISABLED;
  if (!authDisabled && tokens.length === 0 && problems.length === 0) {
    problems.push('no bearer token configured: set AUTH_TOKENS or AUTH_TOKENS_FILE, or AUTH_DISABLED=true');
  }
  const adminKeys = e.ANOMALYLENS_ADMIN_KEY ? splitTokens(e.ANOMALYLENS_ADMIN_KEY) : [];
  if (adminKeys.some((k) => k.length < 16)) {
    problems.push('ANOMALYLENS_ADMIN_KEY: every admin key must be at least 16 characters');
  }
  if (adminKeys.some((k) => tokens.includes(k))) {
    problems.push('ANOMALYLENS_ADMIN_KEY must differ from every bearer token (it is a second credential)');
  }
  const grafanaProxyTokens = e.GRAFANA_PROXY_TOKENS ? splitTokens(e.GRAFANA_PROXY_TOKENS) : [];
  if (grafanaProxyTokens.some((t) => !tokens.includes(t))) {
    problems.push('GRAFANA_PROXY_TOKENS: every token listed must also be in AUTH_TOKENS / AUTH_TOKENS_FILE');
  }
  const shortToken = tokens.find((t) => t.length < 16);
  if (shortToken !== undefined) {
    problems.push(`every bearer token must be at least 16 characters (one has ${shortToken.length})`);
  }

  let narrator: NarratorOptions | null = null;
  try {
    narrator = narratorOptionsFromEnv(env);
  } catch (err) {
    problems.push((err as Error).message);
  }

  const config: ServiceConfig = {
    port: overrides.port ?? e.PORT,
    host: overrides.host ?? e.HOST,
    modelDir: overrides.modelDir ?? e.MODEL_DIR,
    device: overrides.device ?? e.INFER_DEVICE,
    workers: overrides.workers ?? e.WORKERS ?? Math.max(1, availableParallelism()),
    authTokens: authDisabled ? [] : tokens,
    authDisabled,
    adminKeys,
    grafanaProxyTokens,
    metricsAuth: e.METRICS_AUTH,
    maxBodyBytes: overrides.maxBodyBytes ?? e.MAX_BODY_BYTES,
    maxLinesPerRequest: overrides.maxLinesPerRequest ?? e.MAX_LINES_PER_REQUEST,
    maxLineLength: overrides.maxLineLength ?? e.MAX_LINE_LENGTH,
    maxJsonDepth: overrides.maxJsonDepth ?? e.MAX_JSON_DEPTH,
    queueMaxLines: overrides.queueMaxLines ?? e.QUEUE_MAX_LINES,
    admissionLatencyTargetMs: e.ADMISSION_LATENCY_TARGET_MS,
    requestTimeoutMs: overrides.requestTimeoutMs ?? e.REQUEST_TIMEOUT_MS,
    bodyTimeoutMs: overrides.bodyTimeoutMs ?? e.BODY_TIMEOUT_MS,
    batchMaxDelayMs: overrides.batchMaxDelayMs ?? e.BATCH_MAX_DELAY_MS,
    batchMaxLines: overrides.batchMaxLines ?? e.BATCH_MAX_LINES,
    logLevel: overrides.logLevel ?? e.LOG_LEVEL,
    labelsDb: [overrides.labelsDb, e.LABELS_DB].find((v) => v !== undefined && v !== null) ?? null,
    narrator,
    watchConfig: overrides.watchConfig ?? e.WATCH_CONFIG ?? null,
    watchShard: overrides.watchShard ?? e.WATCH_SHARD ?? null,
    retrainDir: overrides.retrainDir ?? e.RETRAIN_DIR ?? null,
    maxImportBytes: overrides.maxImportBytes ?? e.MAX_IMPORT_BYTES,
    queryCacheLines: overrides.queryCacheLines ?? e.QUERY_CACHE_LINES,
    queryLokiUrls: overrides.queryLokiUrls ?? (e.QUERY_LOKI_URLS ? splitTokens(e.QUERY_LOKI_URLS) : null),
    encoderDir: encoderDirOf(overrides.encoderDir ?? e.ENCODER_DIR, overrides.modelDir ?? e.MODEL_DIR, problems),
    baselineStore: overrides.baselineStore ?? e.BASELINE_STORE ?? null,
    baselineStreamLabels: overrides.baselineStreamLabels ?? e.BASELINE_STREAM_LABELS ?? null,
  };
  if (config.labelsDb === 'off') {
    config.labelsDb = null;
  }
  if (config.baselineStore === 'off') {
    config.baselineStore = null;
  }
  if (config.baselineStreamLabels !== null) {
    try {
      parseStreamLabels(config.baselineStreamLabels);
    } catch (err) {
      problems.push(`BASELINE_STREAM_LABELS=${JSON.stringify(config.baselineStreamLabels)}: ${(err as Error).message}`);
    }
  }
  if (config.queueMaxLines < config.maxLinesPerRequest) {
    problems.push(
      `QUEUE_MAX_LINES (${config.queueMaxLines}) must be at least MAX_LINES_PER_REQUEST (${config.maxLinesPerRequest}), or a full-size request could never be queued`
    );
  }
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return config;
}

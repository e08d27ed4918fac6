/**
 * The feedback loop's client side: labels for scored lines, label counts, retrain jobs and rollback through the
 * service's feedback API (backend/src/labels), plus the pure ranking of the templates most worth a label.
 */
import { APP_PROXY_BASE, callService, DEFAULT_TIMEOUT_MS } from './api';
import type { ScoredLine } from './analysis';
import type { DomainId, LineResult, ModelTemplate, Verdict } from './contract';
import { ServiceError, type ServiceErrorKind } from './errors';
import type { LogLine } from './frames';
import {
  FeedbackResponseSchema,
  LabelStatsSchema,
  MAX_BATCH_LABELS,
  MAX_LINE_CHARS,
  MAX_TEMPLATE_CHARS,
  RetrainJobSchema,
  RollbackResponseSchema,
  type FeedbackResponse,
  type LabelInput,
  type LabelStats,
  type RetrainJob,
  type RetrainState,
  type RollbackResponse,
} from './labels';

export type { RollbackResponse };

/**
 * Labels per template worth asking for: FAME's k-shot training takes at most K labelled lines per template, and a
 * handful already fixes a misjudged template; beyond that an SRE's time is better spent on another template.
 */
export const DEFAULT_LABELS_PER_TEMPLATE = 5;

/** Calibrated scores: a line is an anomaly at 0.5, so scores near it are the model's least certain verdicts. */
export const SCORE_THRESHOLD = 0.5;

/** Scores within this distance of the threshold count as uncertain (0.2..0.8). */
export const UNCERTAIN_BAND = 0.3;

export const SAMPLES_PER_TEMPLATE = 3;

export const FINAL_RETRAIN_STATES: ReadonlySet<RetrainState> = new Set(['succeeded', 'rejected', 'failed']);

/** Versions of bundles written by a retrain end in "+labels.<count>" (backend/src/train/retrain.ts). */
export function isRetrainedVersion(version: string | undefined): boolean {
  return Boolean(version && /\+labels\.\d+$/.test(version));
}

export interface LabelStatsQuery {
  below?: number;
  limit?: number;
  offset?: number;
}

export interface FeedbackApi {
  submitLabels(labels: LabelInput[]): Promise<FeedbackResponse>;
  fetchLabelStats(query?: LabelStatsQuery): Promise<LabelStats>;
  startRetrain(options?: { since?: string }): Promise<RetrainJob>;
  fetchRetrainJob(id: string): Promise<RetrainJob>;
  rollback(): Promise<RollbackResponse>;
}

export function createFeedbackApi(base = APP_PROXY_BASE, timeoutMs = DEFAULT_TIMEOUT_MS): FeedbackApi {
  return {
    submitLabels: (labels) => {
      if (labels.length === 0 || labels.length > MAX_BATCH_LABELS) {
        return Promise.reject(
          new ServiceError(
            'bad_request',
            `A request carries 1 to ${MAX_BATCH_LABELS.toLocaleString('en-US')} labels, not ${labels.length.toLocaleString('en-US')}.`
          )
        );
      }
      const what = labels.length === 1 ? 'saving the label' : `saving ${labels.length} labels`;
      // One label goes as itself, several as a batch: the service stores a batch all or nothing.
      const data = labels.length === 1 ? labels[0] : { labels };
      return callService(
        what,
        FeedbackResponseSchema,
        { path: '/api/v1/feedback', method: 'POST', data },
        base,
        timeoutMs
      );
    },
    fetchLabelStats: (query = {}) => {
      const params: Record<string, number> = {};
      for (const key of ['below', 'limit', 'offset'] as const) {
        const value = query[key];
        if (value !== undefined) {
          params[key] = value;
        }
      }
      return callService(
        'reading label counts',
        LabelStatsSchema,
        { path: '/api/v1/labels/stats', params },
        base,
        timeoutMs
      );
    },
    startRetrain: (options = {}) =>
      callService(
        'starting a retrain',
        RetrainJobSchema,
        { path: '/api/v1/retrain', method: 'POST', data: options.since ? { since: options.since } : {} },
        base,
        timeoutMs
      ),
    fetchRetrainJob: (id) =>
      callService(
        'reading the retrain job',
        RetrainJobSchema,
        { path: `/api/v1/retrain/${encodeURIComponent(id)}` },
        base,
        timeoutMs
      ),
    rollback: () =>
      callService(
        'rolling back the model',
        RollbackResponseSchema,
        { path: '/api/v1/admin/rollback', method: 'POST', data: {} },
        base,
        timeoutMs
      ),
  };
}

/** Failures worth another poll: the job keeps running on the service while the proxy or the service hiccups. */
const TRANSIENT = new Set<ServiceErrorKind>(['rate_limited', 'timeout', 'unreachable', 'unavailable']);

export interface PollOptions {
  /** Every answer, final or not. */
  onUpdate?: (job: RetrainJob) => void;
  signal?: AbortSignal;
  initialDelayMs?: number;
  maxDelayMs?: number;
  factor?: number;
  /** Consecutive transient failures tolerated before giving up. */
  maxErrors?: number;
  /** Injected in tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export class PollAbortedError extends Error {
  constructor() {
    super('polling the retrain job was cancelled');
    this.name = 'PollAbortedError';
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new PollAbortedError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new PollAbortedError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Polls a retrain job until it reaches a final state (succeeded, rejected, failed) and resolves with it. The delay
 * grows by `factor` up to `maxDelayMs` (a retrain takes seconds to a minute: quick feedback early, little load
 * later); a 429's Retry-After is honoured; transient failures are retried up to `maxErrors` in a row.
 */
export async function pollRetrainJob(api: FeedbackApi, id: string, options: PollOptions = {}): Promise<RetrainJob> {
  const { onUpdate, signal, initialDelayMs = 500, maxDelayMs = 5000, factor = 1.6, maxErrors = 5 } = options;
  const wait = options.sleep ?? sleep;
  let delay = initialDelayMs;
  let errors = 0;
  for (;;) {
    if (signal?.aborted) {
      throw new PollAbortedError();
    }
    let pause = delay;
    try {
      const job = await api.fetchRetrainJob(id);
      errors = 0;
      onUpdate?.(job);
      if (FINAL_RETRAIN_STATES.has(job.state)) {
        return job;
      }
    } catch (err) {
      if (!(err instanceof ServiceError) || !TRANSIENT.has(err.kind) || ++errors > maxErrors) {
        throw err;
      }
      pause = Math.max(delay, (err.retryAfterSeconds ?? 0) * 1000);
    }
    await wait(pause, signal);
    delay = Math.min(maxDelayMs, Math.round(delay * factor));
  }
}

// --- Labels for scored lines -------------------------------------------------------------------------------------

export interface LabelChoice {
  verdict?: Verdict;
  domain?: DomainId;
}

/** 32-bit FNV-1a as hex: a short, stable fingerprint of the line for the idempotency key. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const MAX_STREAM_LABELS = 64;

/** Stream labels within the service's limits (64 keys, 256-char names, 4096-char values); extras are dropped. */
function streamLabels(labels: Record<string, string>): Record<string, string> | undefined {
  const kept = Object.entries(labels)
    .filter(([k, v]) => k.length > 0 && k.length <= 256 && typeof v === 'string' && v.length <= 4096)
    .slice(0, MAX_STREAM_LABELS);
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/**
 * The label the service stores for a line. The idempotency key covers the line and the choice, so a double click
 * or a retried POST stores one label, while changing one's mind (normal, then anomalous) stores the new label.
 */
export function labelFor(line: LogLine, result: LineResult | undefined, choice: LabelChoice): LabelInput {
  const label: LabelInput = {
    // Over-long lines are scored on their prefix too (LineResult.truncated).
    line: line.line.slice(0, MAX_LINE_CHARS),
    ...(choice.verdict ? { verdict: choice.verdict } : {}),
    ...(choice.domain ? { domain: choice.domain } : {}),
    idempotencyKey: [
      'grafana',
      line.tsNs || line.id,
      fingerprint(line.line),
      choice.verdict ?? '-',
      choice.domain ?? '-',
    ]
      .join(':')
      .slice(0, 256),
  };
  if (/^\d{1,19}$/.test(line.tsNs)) {
    label.timestamp = line.tsNs;
  }
  const labels = streamLabels(line.labels);
  if (labels) {
    label.labels = labels;
  }
  if (result) {
    label.templateId = result.template.id;
    label.template = result.template.text.slice(0, MAX_TEMPLATE_CHARS);
  }
  return label;
}

// --- Which templates are worth a label -----------------------------------------------------------------------------

export type LabellingReason = 'novel' | 'uncertain' | 'few-labels';

export interface LabellingCandidate {
  templateId: string;
  text: string;
  /** The domain the router picks for the template's lines (the most frequent one). */
  domain: DomainId;
  reason: LabellingReason;
  /** Lines of the template among the scored lines. */
  lines: number;
  anomalies: number;
  /** Distance of the template's least certain score from the threshold (0 = a coin toss). */
  uncertainty: number;
  novel: boolean;
  /** Labels already stored for the template. */
  labelled: { total: number; anomaly: number; normal: number };
  /** Lines of the template in the training data, when the bundle knows it. */
  trainingCount: number | null;
  /** Distinct sample lines, least certain first. */
  samples: ScoredLine[];
}

const REASON_RANK: Record<LabellingReason, number> = { novel: 0, uncertain: 1, 'few-labels': 2 };

/**
 * Orders the templates of the scored lines by how much a label would teach the model: templates never seen in
 * training first, then those whose scores sit closest to the threshold, then those with fewer than `k` labels.
 * Templates that already have `k` labels are left out (the retrain takes at most K per template). Ties go to the
 * template with fewer labels, then to the one with more lines (a label fixes more of the view), then by id.
 *
 * @param templates the bundle's templates (GET /api/v1/model/templates); may be partial or empty
 * @param stats label counts (GET /api/v1/labels/stats); null when the label store is unavailable
 */
export function rankTemplatesForLabelling(
  templates: readonly ModelTemplate[],
  stats: LabelStats | null,
  scoredLines: readonly ScoredLine[],
  k = DEFAULT_LABELS_PER_TEMPLATE,
  limit = Infinity
): LabellingCandidate[] {
  const known = new Map(templates.map((t) => [t.id, t]));
  const counts = new Map((stats?.templates ?? []).map((t) => [t.templateId, t]));
  const groups = new Map<string, ScoredLine[]>();
  for (const line of scoredLines) {
    const id = line.result.template.id;
    const group = groups.get(id);
    if (group) {
      group.push(line);
    } else {
      groups.set(id, [line]);
    }
  }

  const candidates: LabellingCandidate[] = [];
  for (const [templateId, group] of groups) {
    const count = counts.get(templateId);
    const labelled = { total: count?.count ?? 0, anomaly: count?.anomaly ?? 0, normal: count?.normal ?? 0 };
    if (labelled.total >= k) {
      continue;
    }
    const distance = (l: ScoredLine) => Math.abs(l.result.score - SCORE_THRESHOLD);
    const byCertainty = [...group].sort((a, b) => distance(a) - distance(b) || a.index - b.index);
    const uncertainty = distance(byCertainty[0]);
    const novel = group.some((l) => l.result.novel);
    const samples: ScoredLine[] = [];
    const seen = new Set<string>();
    for (const l of byCertainty) {
      if (!seen.has(l.line)) {
        seen.add(l.line);
        samples.push(l);
        if (samples.length === SAMPLES_PER_TEMPLATE) {
          break;
        }
      }
    }
    const domainVotes = new Map<DomainId, number>();
    for (const l of group) {
      domainVotes.set(l.result.domain, (domainVotes.get(l.result.domain) ?? 0) + 1);
    }
    const [domain] = [...domainVotes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    candidates.push({
      templateId,
      text: group[0].result.template.text,
      domain,
      reason: novel ? 'novel' : uncertainty <= UNCERTAIN_BAND ? 'uncertain' : 'few-labels',
      lines: group.length,
      anomalies: group.filter((l) => l.result.verdict === 'anomaly').length,
      uncertainty,
      novel,
      labelled,
      trainingCount: known.get(templateId)?.count ?? null,
      samples,
    });
  }

  return candidates
    .sort(
      (a, b) =>
        REASON_RANK[a.reason] - REASON_RANK[b.reason] ||
        (a.reason === 'uncertain' ? a.uncertainty - b.uncertainty : 0) ||
        a.labelled.total - b.labelled.total ||
        b.lines - a.lines ||
        a.templateId.localeCompare(b.templateId)
    )
    .slice(0, limit);
}

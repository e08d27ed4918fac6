/**
 * The feedback API's client: labels for scored lines, label counts, retrain jobs and rollback through the
 * service's feedback API (backend/src/labels). Polling a job: retrainJobs.ts; building a line's label:
 * lineLabels.ts; which templates to label: labellingRanking.ts.
 */
import { APP_PROXY_BASE, callService, DEFAULT_TIMEOUT_MS } from './api';
import { ServiceError } from './errors';
import {
  FeedbackResponseSchema,
  LabelStatsSchema,
  MAX_BATCH_LABELS,
  RetrainJobSchema,
  RollbackResponseSchema,
  type FeedbackResponse,
  type LabelInput,
  type LabelStats,
  type RetrainJob,
  type RollbackResponse,
} from './labels';

export type { RollbackResponse };

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

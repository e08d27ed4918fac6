import { useMemo } from 'react';
import { createApiClient, type ApiClient } from '../services/api';
import { createFeedbackApi, type FeedbackApi } from '../services/feedback';

/**
 * The client a page or panel talks to the service through: the injected one (tests) or one over the app's plugin
 * proxy, made once per mount so effects keyed on it do not rerun on every render.
 */
export function useApiClient(injected?: ApiClient): ApiClient {
  return useMemo(() => injected ?? createApiClient(), [injected]);
}

/** The labels and retraining API, injected or over the plugin proxy; made once, as `useApiClient`. */
export function useFeedbackApi(injected?: FeedbackApi): FeedbackApi {
  return useMemo(() => injected ?? createFeedbackApi(), [injected]);
}

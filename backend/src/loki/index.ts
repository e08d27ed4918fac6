export { LokiClient, DEFAULT_PAGE_SIZE } from './client';
export type { LokiAuth, LokiClientOptions, QueryRangeParams, PushEntry, PushStream } from './client';
export { flattenStreams, entryKey, canonicalLabels } from './entries';
export type { LokiEntry } from './entries';
export { LokiHttpError, LokiNetworkError, LokiResponseError } from './errors';
export { PaginationStuckError } from './paginate';
export type { ResumePoint } from './paginate';
export { compareNs, msToNs, nsToMs, addNs, secondsToNs } from './timestamp';

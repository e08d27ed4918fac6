import type { DataQuery, DataSourceJsonData } from '@grafana/schema';

export type VerdictQueryType = 'lines' | 'rate' | 'annotations';

export interface VerdictQuery extends DataQuery {
  queryType?: VerdictQueryType;
  /** Loki data source the lines come from; defaults to the data source's configured one. */
  lokiUid?: string;
  expr?: string;
  maxLines?: number;
  /** lines: only anomalous lines. */
  anomaliesOnly?: boolean;
  /** rate: bucket width, e.g. "1m"; empty: the panel's interval. */
  interval?: string;
  /** annotations: at most this many anomalous sequences, highest-ranked first. */
  maxSequences?: number;
}

export const DEFAULT_QUERY: Partial<VerdictQuery> = {
  queryType: 'lines',
  maxLines: 2000,
  maxSequences: 10,
};

export type LokiAuthType = 'none' | 'basic' | 'bearer';

export interface VerdictOptions extends DataSourceJsonData {
  serviceUrl?: string;
  /** The Grafana Loki data source dashboards' queries and Explain links use (browser path). */
  lokiDatasourceUid?: string;
  /** Loki as the service reaches it, for server-side queries and alert rules (the Go backend, pkg/). */
  lokiUrl?: string;
  lokiTenant?: string;
  lokiAuth?: LokiAuthType;
  lokiUser?: string;
}

export interface VerdictSecureOptions {
  apiKey?: string;
  lokiPassword?: string;
  lokiToken?: string;
}

/**
 * The Explain page's state in the URL, so a link reproduces the view. Parameter names are shared with the
 * provisioned Loki derived field (provisioning/datasources/anomalylens.yaml): ds, query, from, to, focus.
 */
import { dateTime, rangeUtil, type RawTimeRange, type TimeRange } from '@grafana/data';
import { DOMAIN_IDS, type DomainId } from './contract';
import { DEFAULT_MAX_LINES } from './loki';

export interface ExplainUrlState {
  ds?: string;
  query: string;
  from: string;
  to: string;
  /** Nanosecond timestamp (or id) of the line to open. */
  focus?: string;
  anomaliesOnly: boolean;
  domains: DomainId[];
  maxLines: number;
  /** Template ids the lines are filtered to (from the Patterns view); empty: all. */
  templates?: string[];
  /** The view under the timeline. */
  tab?: ExplainTab;
}

export const EXPLAIN_TABS = ['lines', 'patterns', 'fields', 'incidents'] as const;
export type ExplainTab = (typeof EXPLAIN_TABS)[number];
const isTab = (t: string | null): t is ExplainTab => (EXPLAIN_TABS as readonly string[]).includes(t ?? '');

export const DEFAULT_FROM = 'now-1h';
export const DEFAULT_TO = 'now';
export const MAX_LINES_LIMIT = 50_000;

const isDomain = (d: string): d is DomainId => (DOMAIN_IDS as readonly string[]).includes(d);

export function parseExplainParams(params: URLSearchParams): ExplainUrlState {
  const maxLines = Number(params.get('maxLines'));
  return {
    ds: params.get('ds') || undefined,
    query: params.get('query') ?? '',
    from: params.get('from') || DEFAULT_FROM,
    to: params.get('to') || DEFAULT_TO,
    focus: params.get('focus') || undefined,
    anomaliesOnly: params.get('anomalies') === '1',
    domains: params.getAll('domain').filter(isDomain),
    maxLines: Number.isInteger(maxLines) && maxLines > 0 ? Math.min(maxLines, MAX_LINES_LIMIT) : DEFAULT_MAX_LINES,
    templates: params.getAll('template').filter((t) => t !== ''),
    tab: isTab(params.get('tab')) ? (params.get('tab') as ExplainTab) : 'lines',
  };
}

/** Only non-default values, in the derived field's order, so links stay short and stable. */
export function toExplainParams(state: ExplainUrlState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.ds) {
    p.set('ds', state.ds);
  }
  if (state.query) {
    p.set('query', state.query);
  }
  p.set('from', state.from);
  p.set('to', state.to);
  if (state.focus) {
    p.set('focus', state.focus);
  }
  if (state.anomaliesOnly) {
    p.set('anomalies', '1');
  }
  for (const d of state.domains) {
    p.append('domain', d);
  }
  if (state.maxLines !== DEFAULT_MAX_LINES) {
    p.set('maxLines', String(state.maxLines));
  }
  for (const t of state.templates ?? []) {
    p.append('template', t);
  }
  if (state.tab && state.tab !== 'lines') {
    p.set('tab', state.tab);
  }
  return p;
}

/** URL time values are Grafana's: relative ("now-1h") or epoch milliseconds. */
export function toTimeRange(from: string, to: string): TimeRange {
  const raw: RawTimeRange = {
    from: /^\d+$/.test(from) ? dateTime(Number(from)) : from,
    to: /^\d+$/.test(to) ? dateTime(Number(to)) : to,
  };
  return rangeUtil.convertRawToRange(raw);
}

/** The time range as URL values: relative stays relative, absolute becomes epoch ms. */
export function fromTimeRange(range: TimeRange): { from: string; to: string } {
  const part = (v: TimeRange['raw']['from'], abs: TimeRange['from']) =>
    typeof v === 'string' ? v : String(abs.valueOf());
  return { from: part(range.raw.from, range.from), to: part(range.raw.to, range.to) };
}

/** Like toTimeRange, falling back to the last hour when a hand-edited URL holds an unparsable time. */
export function toTimeRangeSafe(from: string, to: string) {
  const r = toTimeRange(from, to);
  return r.from.isValid() && r.to.isValid() ? r : toTimeRange('now-1h', 'now');
}

/** Links from a line: Grafana Explore with the same query around the line, and a shareable link to the line here. */
import { locationUtil, urlUtil } from '@grafana/data';
import { PLUGIN_BASE_URL, ROUTES } from '../constants';
import type { LogLine } from './frames';
import { DEFAULT_MAX_LINES } from './loki';
import { toExplainParams, type ExplainUrlState } from './urlState';

export interface LinkContext {
  /** Loki data source uid. */
  ds?: string;
  expr: string;
  /** The Explain page's state (for "copy link"); absent in the panel, where the link uses ds and expr. */
  url?: ExplainUrlState;
}

/** Explore shows the query over a minute either side of the line. */
export const EXPLORE_MARGIN_MS = 60_000;

export function exploreUrl(ctx: LinkContext, line: LogLine): string | undefined {
  if (!ctx.ds || !ctx.expr) {
    return undefined;
  }
  const pane = {
    datasource: ctx.ds,
    queries: [{ refId: 'A', expr: ctx.expr, datasource: { type: 'loki', uid: ctx.ds } }],
    range: { from: String(line.timeMs - EXPLORE_MARGIN_MS), to: String(line.timeMs + EXPLORE_MARGIN_MS) },
  };
  return locationUtil.assureBaseUrl(
    urlUtil.renderUrl('/explore', { schemaVersion: 1, panes: JSON.stringify({ al: pane }) })
  );
}

/** The Explain page with this line focused: opens its reasoning for whoever follows the link. */
export function lineLink(ctx: LinkContext, line: LogLine, origin = window.location.origin): string | undefined {
  if (!ctx.ds || !ctx.expr) {
    return undefined;
  }
  const base: ExplainUrlState = ctx.url ?? {
    ds: ctx.ds,
    query: ctx.expr,
    from: String(line.timeMs - EXPLORE_MARGIN_MS),
    to: String(line.timeMs + EXPLORE_MARGIN_MS),
    anomaliesOnly: false,
    domains: [],
    maxLines: DEFAULT_MAX_LINES,
  };
  const params = toExplainParams({ ...base, focus: line.tsNs });
  return `${origin}${locationUtil.assureBaseUrl(`${PLUGIN_BASE_URL}/${ROUTES.Explain}`)}?${params.toString()}`;
}

/**
 * The link to Grafana's alert rule editor prefilled with a rule on the verdict data source: the anomaly rate of a
 * LogQL query's lines (for one failure domain, or per domain) over the last 5 minutes, mean of 1-minute steps,
 * above a threshold, pending for 5 minutes. The editor reads the `defaults` parameter (its rule form values as
 * JSON), as Grafana's own "New alert rule" from a panel or Explore does; nothing is saved until the user saves.
 */
export const VERDICT_DATASOURCE_TYPE = 'anomalylens-verdict-datasource';
const EXPRESSION = { type: '__expr__', uid: '__expr__' };

export interface AlertRuleDraft {
  /** LogQL log query (stream selector and filters). */
  expr: string;
  /** Alert on this domain only; empty: one alert instance per domain. */
  domain?: string;
  verdictDatasourceUid: string;
  /** Anomaly rate (0..1) above which the rule fires. */
  threshold?: number;
  /** Where the editor returns after save or cancel (path and search of the current page). */
  returnTo?: string;
}

export function ruleFormValues({ expr, domain, verdictDatasourceUid, threshold = 0.05 }: AlertRuleDraft) {
  const datasource = { type: VERDICT_DATASOURCE_TYPE, uid: verdictDatasourceUid };
  const scope = domain ? `the ${domain} domain` : 'a failure domain';
  return {
    name: `Anomaly rate of ${domain ?? 'a domain'} above ${Math.round(threshold * 1000) / 10} %: ${expr}`,
    type: 'grafana-alerting',
    condition: 'C',
    queries: [
      {
        refId: 'A',
        datasourceUid: verdictDatasourceUid,
        queryType: '',
        relativeTimeRange: { from: 300, to: 0 },
        model: {
          refId: 'A',
          datasource,
          queryType: 'rate',
          expr,
          interval: '1m',
          ...(domain ? { domain } : {}),
        },
      },
      {
        refId: 'B',
        datasourceUid: '__expr__',
        queryType: '',
        model: {
          refId: 'B',
          datasource: EXPRESSION,
          type: 'reduce',
          expression: 'A',
          reducer: 'mean',
          settings: { mode: 'dropNN' },
        },
      },
      {
        refId: 'C',
        datasourceUid: '__expr__',
        queryType: '',
        model: {
          refId: 'C',
          datasource: EXPRESSION,
          type: 'threshold',
          expression: 'B',
          conditions: [{ evaluator: { type: 'gt', params: [threshold] } }],
        },
      },
    ],
    evaluateFor: '5m',
    labels: domain ? [{ key: 'domain', value: domain }] : [],
    annotations: [
      { key: 'summary', value: `Anomaly rate of ${scope} above ${Math.round(threshold * 1000) / 10} % for ${expr}` },
      {
        key: 'description',
        value: `The Anomaly Lens verdict data source scored the lines of ${expr}: more than ${Math.round(threshold * 1000) / 10} % of those routed to ${scope} were anomalous, on average over the last 5 minutes, for 5 minutes.`,
      },
    ],
  };
}

/** Relative to Grafana's root; prefix the app sub-URL when Grafana is served under a path. */
export function alertRuleUrl(draft: AlertRuleDraft): string {
  const params = new URLSearchParams({ defaults: JSON.stringify(ruleFormValues(draft)) });
  if (draft.returnTo) {
    params.set('returnTo', draft.returnTo);
  }
  return `/alerting/new/alerting?${params.toString()}`;
}

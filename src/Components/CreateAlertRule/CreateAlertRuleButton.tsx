/**
 * "Create alert rule": opens Grafana's rule editor prefilled with a rule on the verdict data source for the current
 * LogQL query (and domain, when one is picked). Self-contained: mount it in the Explain page's toolbar with the
 * page's query and domain filter (the Explain page does).
 */
import React, { useMemo } from 'react';
import { LinkButton } from '@grafana/ui';
import { config } from '@grafana/runtime';
import { dataSourcesOfType } from '../../services/dataSources';
import { alertRuleUrl, VERDICT_DATASOURCE_TYPE } from './alertRuleUrl';

export interface CreateAlertRuleButtonProps {
  expr: string;
  domain?: string;
  threshold?: number;
}

export function CreateAlertRuleButton({ expr, domain, threshold }: CreateAlertRuleButtonProps) {
  // From the boot config, not the deprecated getDataSourceSrv().getList (see services/dataSources).
  const verdict = useMemo(() => dataSourcesOfType(VERDICT_DATASOURCE_TYPE)[0], []);
  const query = expr.trim();
  const disabledReason = !verdict
    ? 'Needs an Anomaly Lens verdicts data source (its Go backend evaluates the rule)'
    : !query
      ? 'Enter a LogQL query first'
      : undefined;
  const href = verdict
    ? `${config.appSubUrl ?? ''}${alertRuleUrl({
        expr: query,
        domain,
        threshold,
        verdictDatasourceUid: verdict.uid,
        returnTo: `${window.location.pathname}${window.location.search}`,
      })}`
    : undefined;
  return (
    <LinkButton
      icon="bell"
      variant="secondary"
      size="sm"
      href={disabledReason ? undefined : href}
      disabled={Boolean(disabledReason)}
      tooltip={disabledReason ?? `Alert when the anomaly rate of ${domain ?? 'a domain'} stays high for this query`}
    >
      Create alert rule
    </LinkButton>
  );
}

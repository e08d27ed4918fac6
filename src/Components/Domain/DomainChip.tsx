import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Badge, useStyles2 } from '@grafana/ui';
import { DOMAIN_TAXONOMY, type DomainId, type Verdict } from '../../services/contract';

const TITLES = new Map(DOMAIN_TAXONOMY.map((d) => [d.id, d]));

export function domainTitle(id: DomainId): string {
  return TITLES.get(id)?.title ?? id;
}

/** A failure domain label; the taxonomy's scope is the tooltip. */
export function DomainChip({ domain }: { domain: DomainId }) {
  const s = useStyles2(getStyles);
  return (
    <span className={s.chip} title={TITLES.get(domain)?.scope} data-domain={domain}>
      {domainTitle(domain)}
    </span>
  );
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return verdict === 'anomaly' ? (
    <Badge color="red" icon="exclamation-triangle" text="Anomaly" />
  ) : (
    <Badge color="green" text="Normal" />
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  chip: css({
    display: 'inline-block',
    padding: theme.spacing(0, 0.75),
    borderRadius: theme.shape.radius.pill,
    border: `1px solid ${theme.colors.border.medium}`,
    background: theme.colors.background.secondary,
    color: theme.colors.text.primary,
    fontSize: theme.typography.bodySmall.fontSize,
    lineHeight: '18px',
    whiteSpace: 'nowrap',
  }),
});

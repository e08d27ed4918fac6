import React from 'react';
import { css } from '@emotion/css';
import { dateTimeFormat, type GrafanaTheme2 } from '@grafana/data';
import { TextLink, useStyles2 } from '@grafana/ui';
import type { TemplateStat } from '../../services/analysis';
import { DomainChip } from '../Domain/DomainChip';

export interface TemplateTableProps {
  caption: string;
  templates: TemplateStat[];
  /** Link to the Explain page focused on the template's most anomalous line. */
  linkFor: (t: TemplateStat) => string;
  empty: string;
}

export function TemplateTable({ caption, templates, linkFor, empty }: TemplateTableProps) {
  const s = useStyles2(getStyles);
  if (templates.length === 0) {
    return <p className={s.empty}>{empty}</p>;
  }
  return (
    <table className={s.table}>
      <caption className={s.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Template</th>
          <th scope="col">Domain</th>
          <th scope="col">Anomalies / lines</th>
          <th scope="col">Max score</th>
          <th scope="col">Last seen</th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {templates.map((t) => (
          <tr key={t.id}>
            <td className={s.template}>
              <code title={t.id}>{t.text}</code>
              {t.novel && <span className={s.novel}> new</span>}
            </td>
            <td>
              <DomainChip domain={t.domain} />
            </td>
            <td className={s.num}>
              {t.anomalies} / {t.count}
            </td>
            <td className={s.num}>{t.maxScore.toFixed(2)}</td>
            <td className={s.num}>{dateTimeFormat(t.lastMs, { format: 'YYYY-MM-DD HH:mm:ss' })}</td>
            <td>
              <TextLink href={linkFor(t)} inline={false}>
                Explain
              </TextLink>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  table: css({
    width: '100%',
    borderCollapse: 'collapse',
    'th, td': {
      padding: theme.spacing(0.5, 1),
      borderBottom: `1px solid ${theme.colors.border.weak}`,
      textAlign: 'left',
    },
    th: { color: theme.colors.text.secondary, fontWeight: theme.typography.fontWeightMedium },
  }),
  // Grafana's global stylesheet sets `caption-side: bottom`: without this the title sat under its table.
  caption: css({
    captionSide: 'top',
    textAlign: 'left',
    fontSize: theme.typography.h5.fontSize,
    padding: theme.spacing(1, 0),
  }),
  template: css({ maxWidth: 640, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }),
  novel: css({ color: theme.colors.warning.text, fontSize: theme.typography.bodySmall.fontSize }),
  num: css({ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }),
  empty: css({ color: theme.colors.text.secondary }),
});

/**
 * Label and detected-field breakdowns, as Logs Drilldown's Fields tab: each value with its share of lines and of
 * anomalies. Include / exclude edit the LogQL (a stream label becomes a selector matcher, a detected field a line
 * filter) and run the query again.
 */
import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { IconButton, Text, useStyles2 } from '@grafana/ui';
import type { Breakdown } from '../../services/breakdowns';

export interface BreakdownsViewProps {
  breakdowns: Breakdown[];
  onFilter: (b: Breakdown, value: string, include: boolean) => void;
}

export function BreakdownsView({ breakdowns, onFilter }: BreakdownsViewProps) {
  const s = useStyles2(getStyles);
  if (breakdowns.length === 0) {
    return <Text color="secondary">No label or detected field has more than one value in these lines.</Text>;
  }
  return (
    <div className={s.grid}>
      {breakdowns.map((b) => {
        const total = b.values.reduce((a, v) => a + v.lines, 0);
        const max = Math.max(...b.values.map((v) => v.lines));
        return (
          <section key={`${b.source}:${b.field}`} className={s.card} aria-label={`Breakdown by ${b.field}`}>
            <div className={s.title}>
              <Text weight="medium">{b.field}</Text>
              <Text variant="bodySmall" color="secondary">
                {b.source === 'label' ? 'stream label' : 'detected field'}
              </Text>
            </div>
            <table className={s.table}>
              <tbody>
                {b.values.map((v) => (
                  <tr key={v.value}>
                    <td className={s.value} title={v.value}>
                      {v.value}
                    </td>
                    <td className={s.barCell}>
                      <div className={s.bar} style={{ width: `${(v.lines / max) * 100}%` }}>
                        <div className={s.anomalyBar} style={{ width: `${(v.anomalies / v.lines) * 100}%` }} />
                      </div>
                    </td>
                    <td className={s.num} title={`${v.lines} of ${total} lines, ${v.anomalies} anomalies`}>
                      {v.lines.toLocaleString()}
                      {v.anomalies > 0 && <span className={s.anom}> · {v.anomalies.toLocaleString()}</span>}
                    </td>
                    <td className={s.actions}>
                      <IconButton
                        name="search-plus"
                        size="sm"
                        tooltip={`Include ${b.field} ${v.value}`}
                        aria-label={`Include ${b.field} ${v.value}`}
                        onClick={() => onFilter(b, v.value, true)}
                      />
                      <IconButton
                        name="search-minus"
                        size="sm"
                        tooltip={`Exclude ${b.field} ${v.value}`}
                        aria-label={`Exclude ${b.field} ${v.value}`}
                        onClick={() => onFilter(b, v.value, false)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  grid: css({ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(380px, 1fr))', gap: theme.spacing(1) }),
  card: css({
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    padding: theme.spacing(1),
    background: theme.colors.background.primary,
  }),
  title: css({ display: 'flex', justifyContent: 'space-between', marginBottom: theme.spacing(0.5) }),
  table: css({
    width: '100%',
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  value: css({
    width: '38%',
    fontFamily: theme.typography.fontFamilyMonospace,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    paddingRight: theme.spacing(1),
  }),
  barCell: css({ width: '30%' }),
  bar: css({ height: 8, background: theme.colors.text.disabled, borderRadius: 2, overflow: 'hidden' }),
  anomalyBar: css({ height: '100%', background: theme.visualization.getColorByName('red') }),
  num: css({ width: '18%', textAlign: 'right', fontVariantNumeric: 'tabular-nums', paddingLeft: theme.spacing(1) }),
  anom: css({ color: theme.visualization.getColorByName('red') }),
  actions: css({ width: 56, textAlign: 'right', whiteSpace: 'nowrap' }),
});

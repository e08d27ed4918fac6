/**
 * The query's patterns over the range, as Logs Drilldown lists them: a sparkline of each template's lines, its
 * count, anomaly share, failure domain and stream-baseline marker. Selecting patterns filters the lines.
 */
import React, { useMemo } from 'react';
import { css, cx } from '@emotion/css';
import { FieldType, type Field, type GrafanaTheme2 } from '@grafana/data';
import { Checkbox, Sparkline, Text, useStyles2, useTheme2 } from '@grafana/ui';
import type { Pattern, Patterns } from '../../services/patterns';
import { DomainChip } from '../Domain/DomainChip';
import { BaselineMarker } from './BaselineMarker';

export interface PatternsViewProps {
  patterns: Patterns;
  selected: string[];
  onToggle: (templateId: string) => void;
  /** Show only these patterns' lines. */
  onShowLines: () => void;
  limit?: number;
}

const SPARK_W = 140;
const SPARK_H = 24;

export function PatternsView({ patterns, selected, onToggle, onShowLines, limit = 200 }: PatternsViewProps) {
  const s = useStyles2(getStyles);
  const shown = patterns.patterns.slice(0, limit);
  const time: Field = useMemo(
    () => ({ name: 'Time', type: FieldType.time, values: patterns.times, config: {} }),
    [patterns.times]
  );
  return (
    <div className={s.root}>
      <div className={s.head}>
        <Text variant="bodySmall" color="secondary">
          {patterns.patterns.length.toLocaleString()} patterns
          {patterns.patterns.length > shown.length ? ` (the first ${shown.length} shown)` : ''} · select patterns to
          filter the lines
        </Text>
        {selected.length > 0 && (
          <button type="button" className={s.linkish} onClick={onShowLines}>
            Show the lines of {selected.length} pattern{selected.length > 1 ? 's' : ''}
          </button>
        )}
      </div>
      <table className={s.table} aria-label="Patterns">
        <thead>
          <tr>
            <th className={s.check} />
            <th>Over the range</th>
            <th className={s.num}>Lines</th>
            <th className={s.num}>Anomalies</th>
            <th>Domain</th>
            <th>Stream</th>
            <th>Template</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <PatternRow
              key={p.id}
              pattern={p}
              time={time}
              selected={selected.includes(p.id)}
              onToggle={() => onToggle(p.id)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PatternRow({
  pattern: p,
  time,
  selected,
  onToggle,
}: {
  pattern: Pattern;
  time: Field;
  selected: boolean;
  onToggle: () => void;
}) {
  const s = useStyles2(getStyles);
  const theme = useTheme2();
  const colour = p.anomalies > 0 ? theme.visualization.getColorByName('red') : theme.colors.text.secondary;
  const sparkline = useMemo(() => {
    const max = Math.max(1, ...p.counts);
    // Sparkline scales y by the field's range, which Grafana's reducers would otherwise fill in.
    const y: Field = {
      name: 'lines',
      type: FieldType.number,
      values: p.counts,
      config: {},
      state: { range: { min: 0, max, delta: max } },
    };
    return { x: time, y };
  }, [time, p.counts]);
  const share = p.anomalies / p.count;
  return (
    <tr className={cx(s.row, selected && s.selected)} onClick={onToggle} aria-selected={selected}>
      <td className={s.check}>
        <Checkbox
          value={selected}
          onChange={onToggle}
          aria-label={`Filter to pattern ${p.text}`}
          onClick={(e) => e.stopPropagation()}
        />
      </td>
      <td>
        <Sparkline
          theme={theme}
          width={SPARK_W}
          height={SPARK_H}
          sparkline={sparkline}
          config={
            {
              color: { mode: 'fixed', fixedColor: colour },
              custom: { drawStyle: 'bars', fillOpacity: 70, lineWidth: 1, barAlignment: 1 },
            } as never
          }
        />
      </td>
      <td className={s.num}>{p.count.toLocaleString()}</td>
      <td className={s.num} title={`${p.anomalies} of ${p.count} lines`}>
        {p.anomalies > 0 ? `${(share * 100).toFixed(share < 0.1 ? 1 : 0)} %` : '—'}
      </td>
      <td>
        <DomainChip domain={p.domain} />
      </td>
      <td>
        {p.baseline ? (
          <BaselineMarker baseline={p.baseline} />
        ) : p.novel ? (
          <Text color="secondary" variant="bodySmall">
            unseen in training
          </Text>
        ) : null}
      </td>
      <td className={s.template}>{p.text}</td>
    </tr>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1) }),
  head: css({ display: 'flex', gap: theme.spacing(2), alignItems: 'baseline' }),
  linkish: css({
    background: 'none',
    border: 'none',
    padding: 0,
    color: theme.colors.text.link,
    cursor: 'pointer',
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  table: css({
    width: '100%',
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    'th, td': { padding: theme.spacing(0.5, 1), textAlign: 'left', verticalAlign: 'middle' },
    th: {
      color: theme.colors.text.secondary,
      fontWeight: theme.typography.fontWeightMedium,
      fontSize: theme.typography.bodySmall.fontSize,
    },
    'th:nth-child(2)': { width: SPARK_W + 16 },
    'th:nth-child(3), th:nth-child(4)': { width: 90 },
    'th:nth-child(5)': { width: 130 },
    'th:nth-child(6)': { width: 130 },
  }),
  check: css({ width: 36 }),
  row: css({
    cursor: 'pointer',
    borderTop: `1px solid ${theme.colors.border.weak}`,
    '&:hover': { background: theme.colors.action.hover },
  }),
  selected: css({ background: theme.colors.action.selected }),
  num: css({ textAlign: 'right !important' as 'right', fontVariantNumeric: 'tabular-nums' }),
  template: css({
    fontFamily: theme.typography.fontFamilyMonospace,
    fontSize: theme.typography.bodySmall.fontSize,
    overflowWrap: 'anywhere',
  }),
});

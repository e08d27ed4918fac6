/**
 * Log details of one line, as Grafana's logs panel shows them: its stream labels, the fields the service's parser
 * detected, and what the model said (score with its cut, domains, template, stream baseline).
 */
import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { baselineOf, describeBaseline } from '../../services/baseline';
import type { LineResult, ModelInfo } from '../../services/contract';
import type { LogLine } from '../../services/frames';
import { lineParts } from '../../services/lineParts';
import { formatScoreWithCut, scoreCut } from '../../services/scoreCut';
import { domainTitle } from '../Domain/DomainChip';

export interface LogDetailsProps {
  line: LogLine;
  result?: LineResult;
  model?: ModelInfo | null;
}

export function LogDetails({ line, result, model }: LogDetailsProps) {
  const s = useStyles2(getStyles);
  const parts = lineParts(line);
  const fields: Array<[string, string]> = [
    ['level', parts.levelText ?? '—'],
    ...(parts.component ? ([['component', parts.component]] as Array<[string, string]>) : []),
    ...(parts.host ? ([['host', parts.host]] as Array<[string, string]>) : []),
    ['header format', parts.format ?? 'none (whole line is the message)'],
  ];
  const model_: Array<[string, string]> = [];
  if (result) {
    const cut = scoreCut(result, model);
    model_.push(
      ['verdict', result.verdict],
      ['score', `${formatScoreWithCut(result.score, cut)}${cut ? ` (${cut.rule})` : ''}`],
      ['domains', result.domainScores.map((d) => `${domainTitle(d.domain)} ${d.score.toFixed(2)}`).join(' · ')],
      ['template', result.template.text],
      ['template seen in training', result.novel ? 'no (novel)' : 'yes']
    );
    const baseline = baselineOf(result);
    if (baseline) {
      model_.push(['on this stream', `${baseline.state}: ${describeBaseline(baseline)}`]);
    }
  }
  const labels = Object.entries(line.labels).sort(([a], [b]) => a.localeCompare(b));
  return (
    <div className={s.root} aria-label="Log details">
      <pre className={s.line}>{line.line}</pre>
      <Table title="Labels" rows={labels} empty="No stream labels" />
      <Table title="Detected fields" rows={fields} />
      {model_.length > 0 && <Table title="Anomaly Lens" rows={model_} />}
    </div>
  );
}

function Table({ title, rows, empty }: { title: string; rows: Array<[string, string]>; empty?: string }) {
  const s = useStyles2(getStyles);
  return (
    <table className={s.table}>
      <thead>
        <tr>
          <th colSpan={2} className={s.title}>
            {title}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && empty ? (
          <tr>
            <td colSpan={2} className={s.key}>
              {empty}
            </td>
          </tr>
        ) : (
          rows.map(([k, v]) => (
            <tr key={k}>
              <td className={s.key}>{k}</td>
              <td className={s.value}>{v}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1) }),
  line: css({
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    maxHeight: 160,
    overflow: 'auto',
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  table: css({ width: '100%', borderCollapse: 'collapse', fontSize: theme.typography.bodySmall.fontSize }),
  title: css({ textAlign: 'left', color: theme.colors.text.secondary, fontWeight: theme.typography.fontWeightMedium }),
  key: css({
    width: 180,
    padding: theme.spacing(0.25, 1, 0.25, 0),
    color: theme.colors.text.secondary,
    verticalAlign: 'top',
  }),
  value: css({
    fontFamily: theme.typography.fontFamilyMonospace,
    overflowWrap: 'anywhere',
    padding: theme.spacing(0.25, 0),
  }),
});

/**
 * Incidents: the anomalous sequences of the range, ranked by score, each with its root-cause event and summary.
 * Opening one shows its reasoning (the five levels of the sequence of its root-cause line).
 */
import React from 'react';
import { css } from '@emotion/css';
import { dateTimeFormat, type GrafanaTheme2 } from '@grafana/data';
import { Alert, Badge, Button, Text, useStyles2 } from '@grafana/ui';
import type { SequenceIncident } from '../../services/contract';
import type { IncidentsState } from '../../hooks/useIncidents';
import { DomainChip } from '../Domain/DomainChip';
import { Status } from '../Status/Status';

export interface IncidentsViewProps {
  state: IncidentsState;
  onOpen: (incident: SequenceIncident) => void;
  timeZone?: string;
}

const DETECTOR_TEXT: Record<SequenceIncident['detector'], string> = {
  supervised: 'sequence classifier',
  'semi-supervised': 'normal-behaviour model',
  combined: 'classifier and normal-behaviour model',
  'cold-start': 'cold start: failure event and what follows',
  lines: 'its lines',
};

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

/** Nanosecond timestamps as milliseconds (precision below a millisecond is not shown). */
const nsToMs = (ns: string | null) => (ns ? Number(ns.slice(0, -6) || '0') : null);

export function IncidentsView({ state, onOpen, timeZone }: IncidentsViewProps) {
  const s = useStyles2(getStyles);
  if (state.status !== 'done') {
    return <Status state={state} loading="Finding incidents…" idleIsLoading />;
  }
  const { incidents, total, omitted, truncated } = state.value;
  const time = (ns: string | null) => {
    const ms = nsToMs(ns);
    return ms === null ? '—' : dateTimeFormat(ms, { format: 'YYYY-MM-DD HH:mm:ss', timeZone });
  };
  return (
    <div className={s.root}>
      <Text variant="bodySmall" color="secondary">
        {incidents.length.toLocaleString()} anomalous of {total.sequences.toLocaleString()} sequences (sessions by key,
        windows per stream otherwise), ranked by score
        {omitted > 0 ? ` · the oldest ${omitted.toLocaleString()} lines were not sent (10,000 at most)` : ''}
        {truncated ? ' · more sequences than listed' : ''}
      </Text>
      {incidents.length === 0 ? (
        <Alert severity="success" title="No anomalous sequences">
          None of the {total.sequences.toLocaleString()} sequences of these lines is anomalous.
        </Alert>
      ) : (
        <ol className={s.list} aria-label="Incidents">
          {incidents.map((inc, i) => (
            <li key={`${inc.keyType}:${inc.key ?? i}:${inc.start}`} className={s.item}>
              <div className={s.head}>
                <span className={s.rank}>#{i + 1}</span>
                <Badge color="red" text={`score ${inc.score.toFixed(2)}`} />
                <Text weight="medium">
                  {inc.kind === 'window' ? `window of ${inc.stream ?? 'a stream'}` : `${inc.keyType} ${inc.key ?? ''}`}
                </Text>
                {inc.rootCause && <DomainChip domain={inc.rootCause.domain} />}
                <Text variant="bodySmall" color="secondary">
                  {time(inc.start)} – {time(inc.end)} · {plural(inc.lineIndices.length, 'event')},{' '}
                  {plural(inc.anomalousLines.length, 'anomalous line')} · decided by {DETECTOR_TEXT[inc.detector]}
                </Text>
                <span className={s.grow} />
                {inc.rootCause && (
                  <Button size="sm" variant="secondary" icon="search" onClick={() => onOpen(inc)}>
                    Open reasoning
                  </Button>
                )}
              </div>
              <div className={s.summary}>{inc.summary}</div>
              {inc.rootCause && (
                <div className={s.cause}>
                  <Text variant="bodySmall" color="secondary">
                    Root cause, event {inc.rootCause.event}
                    {inc.rootCause.level ? ` [${inc.rootCause.level}]` : ''}:
                  </Text>{' '}
                  <code>{inc.rootCause.template.text}</code>
                  {inc.consequences.length > 0 && (
                    <Text variant="bodySmall" color="secondary">
                      {' '}
                      · {inc.consequences.length} later events explained as its consequences
                    </Text>
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1) }),
  list: css({
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
  }),
  item: css({
    border: `1px solid ${theme.colors.border.weak}`,
    borderLeft: `3px solid ${theme.colors.error.main}`,
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.primary,
    padding: theme.spacing(1),
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.5),
  }),
  head: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(1), flexWrap: 'wrap' }),
  rank: css({ color: theme.colors.text.secondary, fontVariantNumeric: 'tabular-nums' }),
  grow: css({ flex: 1 }),
  summary: css({}),
  cause: css({ code: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } }),
});

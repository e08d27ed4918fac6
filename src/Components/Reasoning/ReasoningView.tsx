/**
 * The five reasoning levels of one sequence (event-wise, stage-wise, pattern, indicators, summary), each
 * collapsible. Every cited event is a button that shows its line in the list.
 */
import React, { useState } from 'react';
import { css } from '@emotion/css';
import { dateTimeFormat, type GrafanaTheme2 } from '@grafana/data';
import { Alert, Badge, Button, ControlledCollapse, Stack, Text, useStyles2, type BadgeColor } from '@grafana/ui';
import type { ExplainResponse, Severity } from '../../services/contract';
import type { LogLine } from '../../services/frames';
import { lineParts } from '../../services/lineParts';
import { DomainChip, VerdictBadge } from '../Domain/DomainChip';
import { testIds } from '../testIds';

export interface ReasoningViewProps {
  explanation: ExplainResponse;
  /** Lines by LogLine.index, for the event texts and times. */
  lineByIndex: (index: number) => LogLine | undefined;
  /** A cited event (1-based) was activated. */
  onCite: (event: number) => void;
  /** Writes the annotation; absent where annotations cannot be written. */
  onAnnotate?: () => Promise<string>;
  timeZone?: string;
}

const SEVERITY_COLOR: Record<Severity, BadgeColor> = {
  info: 'blue',
  warning: 'orange',
  error: 'red',
  critical: 'purple',
};

export function Cites({ events, onCite }: { events: number[]; onCite: (event: number) => void }) {
  const s = useStyles2(getStyles);
  return (
    <span className={s.cites}>
      {events.map((n) => (
        <Button
          key={n}
          size="sm"
          variant="secondary"
          fill="outline"
          className={s.cite}
          onClick={() => onCite(n)}
          aria-label={`Show event ${n} in the log lines`}
          tooltip={`Show event ${n} in the log lines`}
        >
          #{n}
        </Button>
      ))}
    </span>
  );
}

export function ReasoningView({ explanation, lineByIndex, onCite, onAnnotate, timeZone }: ReasoningViewProps) {
  const s = useStyles2(getStyles);
  const { sequence, reasoning, narrative } = explanation;
  const [annotation, setAnnotation] = useState<{ state: 'idle' | 'saving' | 'done' | 'error'; text?: string }>({
    state: 'idle',
  });

  // The log level as the event's line wrote it (header or stream label), parsed as the service parses it.
  const levelOf = (event: number | undefined) => {
    const line = event === undefined ? undefined : lineByIndex(sequence.lineIndices[event - 1]);
    return line ? lineParts(line).levelText : null;
  };

  const annotate = async () => {
    if (!onAnnotate) {
      return;
    }
    setAnnotation({ state: 'saving' });
    try {
      setAnnotation({ state: 'done', text: await onAnnotate() });
    } catch (e) {
      setAnnotation({ state: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div className={s.root} data-testid={testIds.explain.reasoning}>
      <Stack direction="row" gap={1} alignItems="center" wrap="wrap">
        <VerdictBadge verdict={sequence.verdict} />
        <Text variant="bodySmall" color="secondary">
          {sequence.keyType}
          {sequence.key ? ` ${sequence.key}` : ''} · {sequence.lineIndices.length} events · sequence score{' '}
          {sequence.score.toFixed(2)} · confidence {reasoning.summary.confidence.toFixed(2)} ·{' '}
          {narrative.source === 'llm' ? `narrated by ${narrative.model ?? 'LLM'}` : 'grounded reasoning'}
        </Text>
      </Stack>
      <p className={s.summary}>{reasoning.summary.text}</p>
      {onAnnotate && (
        <Stack direction="row" gap={1} alignItems="center">
          <Button
            icon="comment-alt"
            variant="secondary"
            size="sm"
            onClick={annotate}
            disabled={annotation.state === 'saving' || annotation.state === 'done'}
          >
            {annotation.state === 'saving' ? 'Adding annotation…' : 'Add annotation'}
          </Button>
          {annotation.state === 'done' && (
            <Text variant="bodySmall" color="success" role="status">
              {annotation.text ?? ''}
            </Text>
          )}
        </Stack>
      )}
      {annotation.state === 'error' && (
        <Alert severity="error" title="Could not add the annotation">
          {annotation.text}
        </Alert>
      )}

      <ControlledCollapse label={`Sequence events (${sequence.lineIndices.length})`} isOpen>
        <ol className={s.events}>
          {sequence.lineIndices.map((lineIndex, i) => {
            const line = lineByIndex(lineIndex);
            const result = explanation.results[i];
            return (
              <li key={i} className={s.event}>
                <Cites events={[i + 1]} onCite={onCite} />
                {result && <VerdictBadge verdict={result.verdict} />}
                <span className={s.eventTime}>
                  {line ? dateTimeFormat(line.timeMs, { format: 'HH:mm:ss.SSS', timeZone }) : ''}
                </span>
                <code className={s.eventText}>{line?.line ?? result?.template.text}</code>
              </li>
            );
          })}
        </ol>
      </ControlledCollapse>

      <ControlledCollapse label={`1. Event-wise (${reasoning.eventWise.length})`} isOpen>
        <ul className={s.items}>
          {reasoning.eventWise.map((e, i) => (
            <li key={i} className={s.item}>
              <Stack direction="row" gap={1} alignItems="center" wrap="wrap">
                <strong>{e.label}</strong>
                {/* The reasoning's own rating, not the line's log level (an INFO line it cites is rated warning). */}
                <Badge
                  color={SEVERITY_COLOR[e.severity]}
                  text={`rated ${e.severity}`}
                  tooltip="Severity rated by the reasoning from the event's score, level, failure words and whether the verdict cites it; the line's own level is shown beside it"
                />
                {levelOf(e.events[0]) && (
                  <Text variant="bodySmall" color="secondary">
                    level {levelOf(e.events[0])}
                  </Text>
                )}
                <DomainChip domain={e.domain} />
                {e.component && (
                  <Text variant="bodySmall" color="secondary">
                    {e.component}
                  </Text>
                )}
                <Cites events={e.events} onCite={onCite} />
              </Stack>
              <div className={e.anomalous ? s.anomalousText : undefined}>{e.description}</div>
              {e.change && (
                <Text variant="bodySmall" color="secondary">
                  Change: {e.change}
                </Text>
              )}
            </li>
          ))}
        </ul>
      </ControlledCollapse>

      <ControlledCollapse label={`2. Stage-wise (${reasoning.stageWise.length})`} isOpen>
        <ul className={s.items}>
          {reasoning.stageWise.map((st, i) => (
            <li key={i} className={s.item}>
              <Stack direction="row" gap={1} alignItems="center" wrap="wrap">
                <strong>{st.name}</strong>
                <Badge color={st.status === 'anomalous' ? 'red' : 'green'} text={st.status} />
                <Cites events={st.events} onCite={onCite} />
              </Stack>
              <div>{st.description}</div>
            </li>
          ))}
        </ul>
      </ControlledCollapse>

      <ControlledCollapse label={`3. Pattern (${reasoning.pattern.length})`} isOpen>
        <ul className={s.items}>
          {reasoning.pattern.map((p, i) => (
            <li key={i} className={s.item}>
              <Stack direction="row" gap={1} alignItems="center" wrap="wrap">
                <Badge color={p.kind === 'expected-flow' ? 'green' : 'orange'} text={p.kind} />
                <Cites events={p.events} onCite={onCite} />
              </Stack>
              <div>{p.description}</div>
            </li>
          ))}
        </ul>
      </ControlledCollapse>

      <ControlledCollapse label={`4. Indicators (${reasoning.indicators.length})`} isOpen>
        <ul className={s.items}>
          {reasoning.indicators.map((ind, i) => (
            <li key={i} className={s.item}>
              <Stack direction="row" gap={1} alignItems="center" wrap="wrap">
                <Badge color="blue" text={ind.kind} />
                <meter min={0} max={1} value={ind.weight} aria-label={`weight ${ind.weight.toFixed(2)}`} />
                <Text variant="bodySmall" color="secondary">
                  weight {ind.weight.toFixed(2)}
                </Text>
                <Cites events={ind.events} onCite={onCite} />
              </Stack>
              <div>{ind.description}</div>
            </li>
          ))}
        </ul>
      </ControlledCollapse>

      <ControlledCollapse label="5. Summary" isOpen>
        <dl className={s.summaryList}>
          <dt>Verdict</dt>
          <dd>
            <VerdictBadge verdict={reasoning.summary.verdict} />
          </dd>
          <dt>Domains</dt>
          <dd>
            <Stack direction="row" gap={0.5}>
              {reasoning.summary.domains.map((d) => (
                <DomainChip key={d} domain={d} />
              ))}
            </Stack>
          </dd>
          <dt>Root cause</dt>
          <dd>
            {reasoning.summary.rootCause.description}{' '}
            <Cites events={reasoning.summary.rootCause.events} onCite={onCite} />
          </dd>
          <dt>Affected components</dt>
          <dd>{reasoning.summary.affectedComponents.join(', ') || '—'}</dd>
          <dt>Confidence</dt>
          <dd>{reasoning.summary.confidence.toFixed(2)}</dd>
        </dl>
      </ControlledCollapse>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1) }),
  summary: css({
    fontSize: theme.typography.body.fontSize,
    margin: 0,
    padding: theme.spacing(1),
    borderLeft: `3px solid ${theme.colors.primary.main}`,
    background: theme.colors.background.secondary,
  }),
  cites: css({ display: 'inline-flex', gap: theme.spacing(0.5), flexWrap: 'wrap' }),
  cite: css({ minWidth: 0, padding: theme.spacing(0, 0.75) }),
  events: css({ listStyle: 'none', margin: 0, padding: 0 }),
  event: css({ display: 'flex', gap: theme.spacing(1), alignItems: 'center', padding: theme.spacing(0.25, 0) }),
  eventTime: css({
    color: theme.colors.text.secondary,
    fontFamily: theme.typography.fontFamilyMonospace,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  eventText: css({ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0, flex: 1 }),
  items: css({
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
  }),
  item: css({ paddingBottom: theme.spacing(1), borderBottom: `1px solid ${theme.colors.border.weak}` }),
  anomalousText: css({ color: theme.colors.error.text }),
  summaryList: css({
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: theme.spacing(0.5, 2),
    margin: 0,
    dt: { color: theme.colors.text.secondary },
    dd: { margin: 0 },
  }),
});

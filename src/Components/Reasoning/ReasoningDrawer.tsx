import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Alert, Button, ControlledCollapse, Drawer, LoadingPlaceholder, Stack, useStyles2 } from '@grafana/ui';
import type { ExplainResponse, LineResult, ModelInfo } from '../../services/contract';
import type { ServiceError } from '../../services/errors';
import type { LogLine } from '../../services/frames';
import type { LinkContext } from '../../services/links';
import { LabelActions } from '../Labelling/LabelActions';
import { LogDetails } from '../LogDetails/LogDetails';
import { LineActionButtons } from '../ScoredLines/RowActions';
import { ReasoningView } from './ReasoningView';

const RETRYABLE = new Set<ServiceError['kind']>(['rate_limited', 'timeout', 'unreachable', 'unavailable']);

export type ExplainState =
  { status: 'loading' } | { status: 'error'; error: ServiceError } | { status: 'done'; explanation: ExplainResponse };

export interface ReasoningDrawerProps {
  line: LogLine;
  /** The selected line's own result (log details). */
  result?: LineResult;
  model?: ModelInfo | null;
  links?: LinkContext;
  state: ExplainState;
  lineByIndex: (index: number) => LogLine | undefined;
  onCite: (event: number) => void;
  onAnnotate?: () => Promise<string>;
  onRetry: () => void;
  onClose: () => void;
  timeZone?: string;
}

export function ReasoningDrawer({
  line,
  result,
  model,
  links,
  state,
  onClose,
  onRetry,
  ...view
}: ReasoningDrawerProps) {
  const s = useStyles2(getStyles);
  return (
    <Drawer
      title="Why is this anomalous?"
      subtitle={
        <div className={s.subtitle}>
          {/* The whole line, wrapped: BGL's header alone is 60 characters, a cut line hid the message. */}
          <code className={s.line} aria-label="Selected line">
            {line.line}
          </code>
          <Stack direction="row" gap={1} wrap="wrap" alignItems="center">
            <LabelActions line={line} />
            {links && <LineActionButtons links={links} line={line} />}
          </Stack>
        </div>
      }
      onClose={onClose}
      size="md"
    >
      <ControlledCollapse label="Log details" isOpen={false}>
        <LogDetails line={line} result={result} model={model} />
      </ControlledCollapse>
      {state.status === 'loading' && <LoadingPlaceholder text="Explaining the sequence…" />}
      {state.status === 'error' && (
        <Alert severity="error" title={state.error.title}>
          <p>{state.error.message}</p>
          {RETRYABLE.has(state.error.kind) && (
            <Button variant="secondary" size="sm" icon="sync" onClick={onRetry}>
              Retry
            </Button>
          )}
        </Alert>
      )}
      {state.status === 'done' && <ReasoningView explanation={state.explanation} {...view} />}
    </Drawer>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  subtitle: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1), minWidth: 0 }),
  line: css({
    display: 'block',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    maxHeight: '6.5em',
    overflowY: 'auto',
  }),
});

import React from 'react';
import { Alert, Button, Drawer, LoadingPlaceholder } from '@grafana/ui';
import type { ExplainResponse } from '../../services/contract';
import type { ServiceError } from '../../services/errors';
import type { LogLine } from '../../services/frames';
import { LabelActions } from '../Labelling/LabelActions';
import { ReasoningView } from './ReasoningView';

const RETRYABLE = new Set<ServiceError['kind']>(['rate_limited', 'timeout', 'unreachable', 'unavailable']);

export type ExplainState =
  { status: 'loading' } | { status: 'error'; error: ServiceError } | { status: 'done'; explanation: ExplainResponse };

export interface ReasoningDrawerProps {
  line: LogLine;
  state: ExplainState;
  lineByIndex: (index: number) => LogLine | undefined;
  onCite: (event: number) => void;
  onAnnotate?: () => Promise<string>;
  onRetry: () => void;
  onClose: () => void;
  timeZone?: string;
}

export function ReasoningDrawer({ line, state, onClose, onRetry, ...view }: ReasoningDrawerProps) {
  return (
    <Drawer
      title="Why is this anomalous?"
      subtitle={
        <>
          <code>{line.line.slice(0, 160)}</code>
          <LabelActions line={line} />
        </>
      }
      onClose={onClose}
      size="md"
    >
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

/**
 * "Retrain now": starts a retrain job on the service, follows its progress (stage and fraction) until it ends,
 * and shows the outcome (accepted and serving, or rejected with the reason) with the held-out F1 before and after.
 * "Roll back" swaps back the bundle the last successful retrain replaced.
 */
import React, { useEffect, useRef, useState } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Alert, Button, Stack, Text, useStyles2 } from '@grafana/ui';
import { toServiceError, type ServiceError } from '../../services/errors';
import type { FeedbackApi, RollbackResponse } from '../../services/feedback';
import { PollAbortedError, pollRetrainJob } from '../../services/retrainJobs';
import type { RetrainJob } from '../../services/labels';

export interface RetrainPanelProps {
  api: FeedbackApi;
  /** A retrained bundle serves (the model's version says so): offer "Roll back". */
  retrainedServing: boolean;
  /** A job ended or a rollback happened: the owner re-reads the model and the label counts. */
  onModelChanged?: () => void;
  /** Injected in tests: the delay between polls. */
  pollDelayMs?: number;
}

type RetrainStatus =
  | { state: 'idle' }
  | { state: 'starting' }
  | { state: 'running'; job: RetrainJob }
  | { state: 'finished'; job: RetrainJob }
  | { state: 'error'; error: ServiceError };

type RollbackStatus =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'done'; result: RollbackResponse }
  | { state: 'error'; error: ServiceError };

const METRICS: Array<[key: string, label: string]> = [
  ['f1', 'F1'],
  ['precision', 'Precision'],
  ['recall', 'Recall'],
];

function MetricsTable({ job }: { job: RetrainJob }) {
  const s = useStyles2(getStyles);
  const metrics = job.result?.metrics;
  if (!metrics) {
    return null;
  }
  const rows = METRICS.filter(([key]) => key in metrics.before || key in metrics.after);
  const lines = metrics.after.lines ?? metrics.before.lines;
  const fmt = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(4));
  return (
    <table className={s.table} aria-label="Held-out metrics before and after">
      <caption className={s.caption}>
        Held-out set{lines !== undefined ? ` (${lines.toLocaleString()} lines)` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, label]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td>{fmt(metrics.before[key])}</td>
            <td>{fmt(metrics.after[key])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Outcome({ job }: { job: RetrainJob }) {
  if (job.state === 'succeeded') {
    return (
      <Alert severity="success" title="Retrained model accepted: it serves now">
        <p>{job.result?.reason}</p>
        <MetricsTable job={job} />
      </Alert>
    );
  }
  if (job.state === 'rejected') {
    return (
      <Alert severity="warning" title="Retrained model rejected: the current model keeps serving">
        <p>{job.result?.reason}</p>
        <MetricsTable job={job} />
      </Alert>
    );
  }
  return (
    <Alert severity="error" title="Retraining failed: the current model keeps serving">
      {job.error ?? 'The job ended without a reason; see the service log.'}
    </Alert>
  );
}

export function RetrainPanel({ api, retrainedServing, onModelChanged, pollDelayMs }: RetrainPanelProps) {
  const s = useStyles2(getStyles);
  const [status, setStatus] = useState<RetrainStatus>({ state: 'idle' });
  const [rollback, setRollback] = useState<RollbackStatus>({ state: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const busy = status.state === 'starting' || status.state === 'running';
  const start = async () => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setStatus({ state: 'starting' });
    setRollback({ state: 'idle' });
    try {
      const queued = await api.startRetrain();
      setStatus({ state: 'running', job: queued });
      const job = await pollRetrainJob(api, queued.id, {
        signal: abort.signal,
        onUpdate: (j) => !abort.signal.aborted && setStatus({ state: 'running', job: j }),
        ...(pollDelayMs !== undefined ? { initialDelayMs: pollDelayMs, maxDelayMs: pollDelayMs } : {}),
      });
      setStatus({ state: 'finished', job });
      onModelChanged?.();
    } catch (e) {
      if (!(e instanceof PollAbortedError)) {
        setStatus({ state: 'error', error: toServiceError(e, 'retraining') });
      }
    }
  };

  const rollBack = async () => {
    setRollback({ state: 'working' });
    try {
      const result = await api.rollback();
      setRollback({ state: 'done', result });
      setStatus({ state: 'idle' });
      onModelChanged?.();
    } catch (e) {
      setRollback({ state: 'error', error: toServiceError(e, 'rolling back the model') });
    }
  };

  const job = status.state === 'running' || status.state === 'finished' ? status.job : null;
  const activated = status.state === 'finished' && status.job.state === 'succeeded';
  const canRollBack = (retrainedServing || activated) && rollback.state !== 'done' && !busy;
  const percent = job ? Math.round(job.progress.fraction * 100) : 0;

  return (
    <section className={s.panel} aria-labelledby="anomalylens-retrain-title">
      <Stack direction="row" gap={1} alignItems="center" wrap="wrap">
        <h3 id="anomalylens-retrain-title" className={s.title}>
          Retrain
        </h3>
        <Button icon={busy ? 'spinner' : 'sync'} onClick={start} disabled={busy || rollback.state === 'working'}>
          Retrain now
        </Button>
        {canRollBack && (
          <Button
            variant="destructive"
            fill="outline"
            icon="history-alt"
            onClick={rollBack}
            disabled={rollback.state === 'working'}
          >
            Roll back
          </Button>
        )}
        <Text color="secondary" variant="bodySmall">
          Trains router and experts on the bundle&apos;s data plus all labels; the new model serves only if it is valid
          and not worse on the held-out set.
        </Text>
      </Stack>
      {busy && (
        <div className={s.progress}>
          <Text variant="bodySmall">
            {job ? `Stage: ${job.progress.stage} · ${percent}%` : 'Starting the retrain job…'}
            {job && job.labelCount > 0 ? ` · ${job.labelCount.toLocaleString()} labels` : ''}
          </Text>
          <div
            className={s.track}
            role="progressbar"
            aria-label="Retrain progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={job ? `${job.progress.stage}, ${percent}%` : 'starting'}
          >
            <div className={s.bar} style={{ width: `${percent}%` }} />
          </div>
        </div>
      )}
      {status.state === 'finished' && <Outcome job={status.job} />}
      {status.state === 'error' && (
        <Alert severity="error" title={status.error.title}>
          {status.error.message}
        </Alert>
      )}
      {rollback.state === 'done' && (
        <Alert severity="info" title="Rolled back">
          Now serving <code>{rollback.result.to}</code> (was <code>{rollback.result.from}</code>).
        </Alert>
      )}
      {rollback.state === 'error' && (
        <Alert severity="error" title={rollback.error.title}>
          {rollback.error.message}
        </Alert>
      )}
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  panel: css({
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
    padding: theme.spacing(1.5),
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.secondary,
  }),
  title: css({ margin: 0, fontSize: theme.typography.h5.fontSize }),
  progress: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(0.5) }),
  track: css({
    height: theme.spacing(1),
    borderRadius: theme.shape.radius.pill,
    background: theme.colors.background.canvas,
    overflow: 'hidden',
  }),
  bar: css({
    height: '100%',
    background: theme.colors.primary.main,
    [theme.transitions.handleMotion('no-preference')]: {
      transition: theme.transitions.create('width'),
    },
  }),
  table: css({
    marginTop: theme.spacing(1),
    borderCollapse: 'collapse',
    fontVariantNumeric: 'tabular-nums',
    'th, td': { padding: theme.spacing(0.25, 1.5, 0.25, 0), textAlign: 'left' },
  }),
  caption: css({ textAlign: 'left', color: theme.colors.text.secondary, captionSide: 'top' }),
});

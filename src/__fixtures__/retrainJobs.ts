/*
 * Recorded by running the service's LabelStore and RetrainJobManager (backend/src/labels) on labels of the BGL
 * fixture lines; the retrain outcome comes from a scripted Retrainer with the real one's stages and reason format.
 */
import type { RetrainJob, RollbackResponse } from '../services/labels';

/** POST /api/v1/retrain (202). */
export const retrainQueued: RetrainJob = {
  id: 'job-accepted',
  state: 'queued',
  createdAt: '2026-11-30T14:00:04.000Z',
  startedAt: null,
  finishedAt: null,
  bundleDir: '/var/lib/anomaly-lens/models/default',
  labelCount: 0,
  progress: {
    stage: 'queued',
    fraction: 0,
  },
  result: null,
  error: null,
};

/** GET /api/v1/retrain/job-accepted after each progress report. */
export const retrainProgress: RetrainJob[] = [
  {
    id: 'job-accepted',
    state: 'running',
    createdAt: '2026-11-30T14:00:04.000Z',
    startedAt: '2026-11-30T14:00:05.000Z',
    finishedAt: null,
    bundleDir: '/var/lib/anomaly-lens/models/default',
    labelCount: 10,
    progress: {
      stage: 'load',
      fraction: 0.02,
    },
    result: null,
    error: null,
  },
  {
    id: 'job-accepted',
    state: 'running',
    createdAt: '2026-11-30T14:00:04.000Z',
    startedAt: '2026-11-30T14:00:05.000Z',
    finishedAt: null,
    bundleDir: '/var/lib/anomaly-lens/models/default',
    labelCount: 10,
    progress: {
      stage: 'train',
      fraction: 0.1,
    },
    result: null,
    error: null,
  },
  {
    id: 'job-accepted',
    state: 'running',
    createdAt: '2026-11-30T14:00:04.000Z',
    startedAt: '2026-11-30T14:00:05.000Z',
    finishedAt: null,
    bundleDir: '/var/lib/anomaly-lens/models/default',
    labelCount: 10,
    progress: {
      stage: 'normalise',
      fraction: 0.186,
    },
    result: null,
    error: null,
  },
  {
    id: 'job-accepted',
    state: 'running',
    createdAt: '2026-11-30T14:00:04.000Z',
    startedAt: '2026-11-30T14:00:05.000Z',
    finishedAt: null,
    bundleDir: '/var/lib/anomaly-lens/models/default',
    labelCount: 10,
    progress: {
      stage: 'mine',
      fraction: 0.271,
    },
    result: null,
    error: null,
  },
  {
    id: 'job-accepted',
    state: 'running',
    createdAt: '2026-11-30T14:00:04.000Z',
    startedAt: '2026-11-30T14:00:05.000Z',
    finishedAt: null,
    bundleDir: '/var/lib/anomaly-lens/models/default',
    labelCount: 10,
    progress: {
      stage: 'k-shot',
      fraction: 0.357,
    },
    result: null,
    error: null,
  },
  {
    id: 'job-accepted',
    state: 'running',
    createdAt: '2026-11-30T14:00:04.000Z',
    startedAt: '2026-11-30T14:00:05.000Z',
    finishedAt: null,
    bundleDir: '/var/lib/anomaly-lens/models/default',
    labelCount: 10,
    progress: {
      stage: 'partition',
      fraction: 0.443,
    },
    result: null,
    error: null,
  },
  {
    id: 'job-accepted',
    state: 'running',
    createdAt: '2026-11-30T14:00:04.000Z',
    startedAt: '2026-11-30T14:00:05.000Z',
    finishedAt: null,
    bundleDir: '/var/lib/anomaly-lens/models/default',
    labelCount: 10,
    progress: {
      stage: 'fit',
      fraction: 0.529,
    },
    result: null,
    error: null,
  },
  {
    id: 'job-accepted',
    state: 'running',
    createdAt: '2026-11-30T14:00:04.000Z',
    startedAt: '2026-11-30T14:00:05.000Z',
    finishedAt: null,
    bundleDir: '/var/lib/anomaly-lens/models/default',
    labelCount: 10,
    progress: {
      stage: 'calibrate',
      fraction: 0.614,
    },
    result: null,
    error: null,
  },
  {
    id: 'job-accepted',
    state: 'running',
    createdAt: '2026-11-30T14:00:04.000Z',
    startedAt: '2026-11-30T14:00:05.000Z',
    finishedAt: null,
    bundleDir: '/var/lib/anomaly-lens/models/default',
    labelCount: 10,
    progress: {
      stage: 'sequence',
      fraction: 0.7,
    },
    result: null,
    error: null,
  },
  {
    id: 'job-accepted',
    state: 'running',
    createdAt: '2026-11-30T14:00:04.000Z',
    startedAt: '2026-11-30T14:00:05.000Z',
    finishedAt: null,
    bundleDir: '/var/lib/anomaly-lens/models/default',
    labelCount: 10,
    progress: {
      stage: 'write',
      fraction: 0.75,
    },
    result: null,
    error: null,
  },
  {
    id: 'job-accepted',
    state: 'running',
    createdAt: '2026-11-30T14:00:04.000Z',
    startedAt: '2026-11-30T14:00:05.000Z',
    finishedAt: null,
    bundleDir: '/var/lib/anomaly-lens/models/default',
    labelCount: 10,
    progress: {
      stage: 'evaluate',
      fraction: 0.85,
    },
    result: null,
    error: null,
  },
  {
    id: 'job-accepted',
    state: 'running',
    createdAt: '2026-11-30T14:00:04.000Z',
    startedAt: '2026-11-30T14:00:05.000Z',
    finishedAt: null,
    bundleDir: '/var/lib/anomaly-lens/models/default',
    labelCount: 10,
    progress: {
      stage: 'done',
      fraction: 1,
    },
    result: null,
    error: null,
  },
];

/** The accepted job: the candidate serves now. */
export const retrainSucceeded: RetrainJob = {
  id: 'job-accepted',
  state: 'succeeded',
  createdAt: '2026-11-30T14:00:04.000Z',
  startedAt: '2026-11-30T14:00:05.000Z',
  finishedAt: '2026-11-30T14:00:07.000Z',
  bundleDir: '/var/lib/anomaly-lens/models/default',
  labelCount: 10,
  progress: {
    stage: 'done',
    fraction: 1,
  },
  result: {
    candidateDir: '/var/lib/anomaly-lens/retrained/candidate-2026-11-30T14-01-00-000Z',
    accepted: true,
    reason: 'F1 on 4000 held-out lines 0.9318 vs 0.9143 of the current bundle (not worse by more than 0.010)',
    metrics: {
      before: {
        lines: 4000,
        precision: 0.9412,
        recall: 0.8889,
        f1: 0.9143,
      },
      after: {
        lines: 4000,
        precision: 0.9535,
        recall: 0.9111,
        f1: 0.9318,
      },
    },
    activated: true,
  },
  error: null,
};

/** A second job whose candidate was worse on the held-out set. */
export const retrainRejectedQueued: RetrainJob = {
  id: 'job-rejected',
  state: 'queued',
  createdAt: '2026-11-30T14:00:09.000Z',
  startedAt: null,
  finishedAt: null,
  bundleDir: '/var/lib/anomaly-lens/retrained/candidate-2026-11-30T14-01-00-000Z',
  labelCount: 0,
  progress: {
    stage: 'queued',
    fraction: 0,
  },
  result: null,
  error: null,
};

export const retrainRejected: RetrainJob = {
  id: 'job-rejected',
  state: 'rejected',
  createdAt: '2026-11-30T14:00:09.000Z',
  startedAt: '2026-11-30T14:00:10.000Z',
  finishedAt: '2026-11-30T14:00:11.000Z',
  bundleDir: '/var/lib/anomaly-lens/retrained/candidate-2026-11-30T14-01-00-000Z',
  labelCount: 10,
  progress: {
    stage: 'rejected',
    fraction: 1,
  },
  result: {
    candidateDir: '/var/lib/anomaly-lens/retrained/candidate-2026-11-30T14-02-00-000Z',
    accepted: false,
    reason: 'F1 on 4000 held-out lines dropped from 0.9143 to 0.8538 (more than the tolerance 0.010)',
    metrics: {
      before: {
        lines: 4000,
        precision: 0.9412,
        recall: 0.8889,
        f1: 0.9143,
      },
      after: {
        lines: 4000,
        precision: 0.9012,
        recall: 0.8111,
        f1: 0.8538,
      },
    },
    activated: false,
  },
  error: null,
};

/** POST /api/v1/admin/rollback after the accepted job. */
export const rollbackResponse: RollbackResponse = {
  from: '/var/lib/anomaly-lens/retrained/candidate-2026-11-30T14-01-00-000Z',
  to: '/var/lib/anomaly-lens/models/default',
};

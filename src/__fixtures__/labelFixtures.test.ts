import { z } from 'zod';
import {
  FeedbackResponseSchema,
  LabelsPageSchema,
  LabelStatsSchema,
  RetrainJobSchema,
  RollbackResponseSchema,
} from '../services/labels';
import { feedbackBatch, feedbackSingle, labelsPage, labelStats } from './labelStats';
import {
  retrainProgress,
  retrainQueued,
  retrainRejected,
  retrainRejectedQueued,
  retrainSucceeded,
  rollbackResponse,
} from './retrainJobs';

// The recorded feedback answers must stay valid under the schemas the service answers with.
describe('recorded feedback fixtures', () => {
  it.each([
    ['feedbackSingle', FeedbackResponseSchema, feedbackSingle],
    ['feedbackBatch', FeedbackResponseSchema, feedbackBatch],
    ['labelStats', LabelStatsSchema, labelStats],
    ['labelsPage', LabelsPageSchema, labelsPage],
    ['retrainQueued', RetrainJobSchema, retrainQueued],
    ['retrainSucceeded', RetrainJobSchema, retrainSucceeded],
    ['retrainRejectedQueued', RetrainJobSchema, retrainRejectedQueued],
    ['retrainRejected', RetrainJobSchema, retrainRejected],
    ['retrainProgress', z.array(RetrainJobSchema).min(1), retrainProgress],
    ['rollbackResponse', RollbackResponseSchema, rollbackResponse],
  ] as const)('%s parses with its schema', (_name, schema, value) => {
    const parsed = (schema as z.ZodType).safeParse(value);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('follows one job from queued through running to its final state', () => {
    expect(retrainQueued.state).toBe('queued');
    expect(retrainProgress.every((j) => j.id === retrainQueued.id && j.state === 'running')).toBe(true);
    const fractions = retrainProgress.map((j) => j.progress.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(retrainSucceeded).toMatchObject({ state: 'succeeded', result: { accepted: true, activated: true } });
    expect(retrainRejected).toMatchObject({ state: 'rejected', result: { accepted: false } });
  });
});

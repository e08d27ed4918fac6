import { retrainProgress, retrainQueued, retrainSucceeded } from '../__fixtures__/retrainJobs';
import { ServiceError } from './errors';
import type { FeedbackApi } from './feedback';
import { isRetrainedVersion, PollAbortedError, pollRetrainJob } from './retrainJobs';

describe('pollRetrainJob', () => {
  const fakeApi = (answers: Array<() => Promise<unknown>>): FeedbackApi => {
    let calls = 0;
    const fetchRetrainJob = jest.fn(() => answers[Math.min(calls++, answers.length - 1)]());
    return { fetchRetrainJob } as unknown as FeedbackApi;
  };

  it('polls with a growing delay until the job is final', async () => {
    const answers = [...retrainProgress.slice(0, 3), retrainSucceeded].map((j) => () => Promise.resolve(j));
    const api = fakeApi(answers);
    const delays: number[] = [];
    const updates: string[] = [];
    const final = await pollRetrainJob(api, retrainQueued.id, {
      initialDelayMs: 100,
      maxDelayMs: 250,
      factor: 2,
      sleep: async (ms) => void delays.push(ms),
      onUpdate: (j) => updates.push(`${j.state}:${j.progress.stage}`),
    });
    expect(final).toEqual(retrainSucceeded);
    expect(delays).toEqual([100, 200, 250]);
    expect(updates).toEqual(['running:load', 'running:train', 'running:normalise', 'succeeded:done']);
  });

  it('retries transient failures, honouring Retry-After, and gives up on others', async () => {
    const busy = new ServiceError('rate_limited', 'busy', { status: 429, retryAfterSeconds: 3 });
    const api = fakeApi([() => Promise.reject(busy), () => Promise.resolve(retrainSucceeded)]);
    const delays: number[] = [];
    await expect(
      pollRetrainJob(api, 'x', { initialDelayMs: 100, sleep: async (ms) => void delays.push(ms) })
    ).resolves.toEqual(retrainSucceeded);
    expect(delays).toEqual([3000]);

    const gone = new ServiceError('bad_request', 'no retrain job "x"', { status: 404 });
    await expect(pollRetrainJob(fakeApi([() => Promise.reject(gone)]), 'x', { sleep: async () => {} })).rejects.toBe(
      gone
    );
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const api = fakeApi([() => Promise.resolve(retrainProgress[0])]);
    const p = pollRetrainJob(api, 'x', { signal: controller.signal, initialDelayMs: 10_000 });
    controller.abort();
    await expect(p).rejects.toBeInstanceOf(PollAbortedError);
  });
});

describe('isRetrainedVersion', () => {
  it('recognises the version a retrain writes', () => {
    expect(isRetrainedVersion('2026.11.28-1+labels.120')).toBe(true);
    expect(isRetrainedVersion('2026.11.28-1')).toBe(false);
    expect(isRetrainedVersion(undefined)).toBe(false);
  });
});

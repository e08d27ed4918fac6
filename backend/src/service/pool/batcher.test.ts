import type { LineResult, LogLineInput } from '../../contract';
import { HttpError } from '../errors';
import { MicroBatcher, type BatcherOptions, type BatchRunner } from './batcher';

const OPTIONS: BatcherOptions = {
  maxBatchLines: 8,
  minSplitLines: 2,
  maxDelayMs: 5,
  maxQueueLines: 20,
  timeoutMs: 1000,
  retryAfterSeconds: 1,
};

const lines = (prefix: string, n: number): LogLineInput[] =>
  Array.from({ length: n }, (_, i) => ({ line: `${prefix}${i}` }));

/** Echoes each line's text into template.text so tests can check where every result went. */
const echo = (batch: LogLineInput[]): LineResult[] =>
  batch.map((l, i) => ({
    index: i,
    verdict: 'normal',
    score: 0,
    domain: 'other',
    domainScores: [],
    template: { id: 't', text: l.line },
    novel: false,
    truncated: false,
  }));

interface Call {
  lines: LogLineInput[];
  combine: string | undefined;
  resolve(r: LineResult[]): void;
  reject(e: Error): void;
}

function harness(options: Partial<BatcherOptions> = {}, workers = 1) {
  const calls: Call[] = [];
  const run: BatchRunner = (batch, combine) =>
    new Promise((resolve, reject) => calls.push({ lines: batch, combine, resolve, reject }));
  const capacity = { value: workers };
  const batches: number[] = [];
  const batcher = new MicroBatcher({ ...OPTIONS, ...options }, run, () => capacity.value, {
    onBatch: (n) => batches.push(n),
  });
  open.push(batcher);
  return { batcher, calls, capacity, batches };
}

const open: MicroBatcher[] = [];
const quiet = (p: Promise<unknown>) => void p.catch(() => undefined);
afterEach(() => open.splice(0).forEach((b) => b.close('test over')));

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('MicroBatcher', () => {
  it('merges concurrent requests into one batch and splits results back in order', async () => {
    const { batcher, calls } = harness();
    const a = batcher.submit(lines('a', 3));
    const b = batcher.submit(lines('b', 2));
    expect(calls).toHaveLength(0); // waiting for company, up to maxDelayMs
    await tick(10);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.lines.map((l) => l.line)).toEqual(['a0', 'a1', 'a2', 'b0', 'b1']);
    calls[0]!.resolve(echo(calls[0]!.lines));
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.map((r) => [r.index, r.template.text])).toEqual([
      [0, 'a0'],
      [1, 'a1'],
      [2, 'a2'],
    ]);
    expect(rb.map((r) => [r.index, r.template.text])).toEqual([
      [0, 'b0'],
      [1, 'b1'],
    ]);
  });

  it('cuts a full batch immediately and spans a large request over several batches', async () => {
    const { batcher, calls } = harness({}, 1);
    const big = batcher.submit(lines('x', 19));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.lines).toHaveLength(8);
    calls[0]!.resolve(echo(calls[0]!.lines));
    await tick();
    expect(calls).toHaveLength(2);
    calls[1]!.resolve(echo(calls[1]!.lines));
    await tick();
    expect(calls[2]!.lines).toHaveLength(3);
    calls[2]!.resolve(echo(calls[2]!.lines));
    const results = await big;
    expect(results.map((r) => r.template.text)).toEqual(lines('x', 19).map((l) => l.line));
    expect(results.map((r) => r.index)).toEqual([...Array(19).keys()]);
  });

  it('spreads a backlog over free workers', async () => {
    const { batcher, calls } = harness({}, 3);
    quiet(batcher.submit(lines('x', 9)));
    expect(calls.map((c) => c.lines.length)).toEqual([3, 3, 3]);
  });

  it('keeps combine modes in separate batches', async () => {
    const { batcher, calls } = harness({ minSplitLines: 8 }, 2);
    quiet(batcher.submit(lines('a', 2), 'soft'));
    quiet(batcher.submit(lines('b', 2)));
    quiet(batcher.submit(lines('c', 2), 'soft'));
    await tick(10);
    expect(calls.map((c) => [c.combine, c.lines.map((l) => l.line).join()])).toEqual([
      ['soft', 'a0,a1,c0,c1'],
      [undefined, 'b0,b1'],
    ]);
  });

  it('refuses with 429 and Retry-After when the queue would overflow', async () => {
    const { batcher } = harness({}, 0);
    quiet(batcher.submit(lines('a', 15)));
    const refused = await batcher.submit(lines('b', 6)).catch((e: HttpError) => e);
    expect(refused).toBeInstanceOf(HttpError);
    expect((refused as HttpError).status).toBe(429);
    expect((refused as HttpError).headers['Retry-After']).toBe('1');
    expect(batcher.queued).toBe(15);
    batcher.close('test over');
  });

  it('times out with 504 and frees the queue of the expired request', async () => {
    const { batcher } = harness({ timeoutMs: 20 }, 0);
    const err = await batcher.submit(lines('a', 4)).catch((e: HttpError) => e);
    expect((err as HttpError).status).toBe(504);
    expect(batcher.queued).toBe(0);
  });

  it('fails every request of a failed batch, and only those', async () => {
    const { batcher, calls } = harness({ maxBatchLines: 4 }, 1);
    const a = batcher.submit(lines('a', 2));
    const b = batcher.submit(lines('b', 2));
    const c = batcher.submit(lines('c', 2));
    expect(calls).toHaveLength(1); // a + b filled the batch
    calls[0]!.reject(new HttpError(503, 'unavailable', 'worker died'));
    await expect(a).rejects.toMatchObject({ status: 503 });
    await expect(b).rejects.toMatchObject({ status: 503 });
    await tick();
    calls[1]!.resolve(echo(calls[1]!.lines));
    expect((await c).map((r) => r.template.text)).toEqual(['c0', 'c1']);
  });

  it('waits while no worker is ready and resumes on pump()', async () => {
    const { batcher, calls, capacity } = harness({}, 0);
    const a = batcher.submit(lines('a', 2));
    await tick(10);
    expect(calls).toHaveLength(0);
    capacity.value = 1;
    batcher.pump();
    calls[0]!.resolve(echo(calls[0]!.lines));
    await expect(a).resolves.toHaveLength(2);
  });

  it('close() fails queued work with 503 and whenIdle() resolves after in-flight batches', async () => {
    const { batcher, calls } = harness({ maxBatchLines: 2 }, 1);
    const a = batcher.submit(lines('a', 2));
    const b = batcher.submit(lines('b', 2));
    const idle = batcher.whenIdle();
    batcher.close('shutting down');
    await expect(b).rejects.toMatchObject({ status: 503, code: 'unavailable' });
    await expect(batcher.submit(lines('c', 1))).rejects.toMatchObject({ status: 503 });
    let drained = false;
    void idle.then(() => (drained = true));
    await tick();
    expect(drained).toBe(false);
    calls[0]!.resolve(echo(calls[0]!.lines));
    await expect(a).resolves.toHaveLength(2);
    await idle;
  });

  it('rejects a runner that returns the wrong number of results', async () => {
    const { batcher, calls } = harness({ maxDelayMs: 0 }, 1);
    const a = batcher.submit(lines('a', 2));
    await tick();
    calls[0]!.resolve(echo(calls[0]!.lines).slice(1));
    await expect(a).rejects.toMatchObject({ status: 500, code: 'internal' });
  });
});

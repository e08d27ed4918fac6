import type { LineResult, LogLineInput } from '../contract';
import type { LokiClient, QueryRangeParams } from '../loki';
import { bootstrapStream } from './bootstrap';
import { BaselineScorer } from './scorer';
import { HOUR_MS } from './stats';
import { BaselineStore } from './store';
import { watchBaselineFeed } from './watch-feed';

const END = Date.UTC(2026, 0, 8);
const ns = (ms: number) => `${ms}000000`;

/** A Loki double: every hour of the last 7 days held 50 lines of "tick <n>"; a log query returns ≤ limit of them. */
function stubLoki() {
  const calls: QueryRangeParams[] = [];
  const client = {
    async queryRange(params: QueryRangeParams) {
      calls.push(params);
      const start = Number(params.start.slice(0, -6));
      const end = Number(params.end.slice(0, -6));
      if (params.query.startsWith('sum(count_over_time')) {
        const values: Array<[number, string]> = [];
        for (let t = start; t <= end; t += HOUR_MS) {
          values.push([t / 1000, '50']);
        }
        return { status: 'success', data: { resultType: 'matrix', result: [{ metric: {}, values }] } };
      }
      const values: Array<[string, string]> = [];
      for (let t = end - 60_000; t >= start && values.length < (params.limit ?? 100); t -= 72_000) {
        values.push([ns(t), `tick ${t}`]);
      }
      return {
        status: 'success',
        data: { resultType: 'streams', result: [{ stream: { service_name: 'api' }, values }] },
      };
    },
  } as unknown as LokiClient;
  return { client, calls };
}

const score = async (lines: LogLineInput[]): Promise<LineResult[]> =>
  lines.map((_line, index) => ({
    index,
    verdict: 'normal',
    score: 0.1,
    domain: 'application',
    domainScores: [],
    template: { id: 'tick', text: 'tick <NUM>' },
    novel: true,
    truncated: false,
  }));

describe('Loki bootstrap', () => {
  it('reads a bounded sample of the window and scales it to the hourly counts', async () => {
    const store = BaselineStore.open(':memory:', { flushMs: 0 });
    const scorer = new BaselineScorer(store);
    const { client, calls } = stubLoki();
    const report = await bootstrapStream(client, scorer, score, { service_name: 'api', pod: 'a' }, END, {
      slices: 4,
      linesPerSlice: 20,
    });
    expect(report.queries).toBe(5);
    expect(report.sampled).toBe(80);
    expect(calls.every((c) => c.query.includes('{service_name="api"}'))).toBe(true);
    const s = store.get('service_name=api')!;
    expect(s.bootstrapped).toBe(true);
    // 80 sampled lines over the 4 sampled hours, each scaled to that hour's 50 lines.
    expect([...s.templates.values()].map((t) => t.seen)).toEqual([200]);
    store.close();
  });

  it('bootstraps each new stream once from the watcher, then counts every scored line', async () => {
    const store = BaselineStore.open(':memory:', { flushMs: 0 });
    const scorer = new BaselineScorer(store);
    const { client, calls } = stubLoki();
    const warn = jest.fn();
    const feed = watchBaselineFeed(
      scorer,
      client,
      score,
      { info: () => undefined, warn },
      { slices: 2, linesPerSlice: 5 }
    );
    const entries = [1, 2].map((i) => ({ ts: ns(END + i), line: `tick ${i}`, labels: { service_name: 'api' } }));
    await feed.prepare(entries);
    await feed.prepare(entries);
    expect(calls).toHaveLength(3);
    const before = store.get('service_name=api')!.lines;
    const inputs = entries.map((e) => ({ line: e.line, timestamp: e.ts, labels: e.labels }));
    feed.observe(inputs, await score(inputs));
    expect(store.get('service_name=api')!.lines).toBe(before + 2);
    expect(warn).not.toHaveBeenCalled();
    store.close();
  });
});

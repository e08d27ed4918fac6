import fc from 'fast-check';
import { LokiClient } from './client';
import { entryKey, flattenStreams, type LokiEntry } from './entries';
import { paginateForward, PaginationStuckError } from './paginate';
import { FakeLoki, selectPage, type Stream } from './testing/fake-loki';

const BASE = 1795345000000000000n;

/** Streams whose entries sit on few distinct timestamps, so page boundaries often split same-ns groups. */
function buildStreams(spec: Array<{ stream: number; tsOffset: number }>): Stream[] {
  const streams: Stream[] = [0, 1, 2].map((i) => ({ labels: { job: 'bgl', host: `n${i}` }, entries: [] }));
  spec.forEach(({ stream, tsOffset }, i) => {
    streams[stream].entries.push({ ts: (BASE + BigInt(tsOffset)).toString(), line: `line ${i}` });
  });
  for (const s of streams) {
    s.entries.sort((a, b) => (BigInt(a.ts) < BigInt(b.ts) ? -1 : BigInt(a.ts) > BigInt(b.ts) ? 1 : 0));
  }
  return streams;
}

function asResult(page: Map<Stream, Array<{ ts: string; line: string }>>) {
  return [...page].map(([s, entries]) => ({
    stream: s.labels,
    values: entries.map((e) => [e.ts, e.line] as [string, string]),
  }));
}

async function collect(gen: AsyncGenerator<LokiEntry[]>): Promise<LokiEntry[]> {
  const out: LokiEntry[] = [];
  for await (const page of gen) {
    out.push(...page);
  }
  return out;
}

const id = (e: { ts: string; line: string }) => `${e.ts}|${e.line}`;

describe('paginateForward', () => {
  it('delivers every entry exactly once whatever the page size and timestamp collisions', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ stream: fc.integer({ min: 0, max: 2 }), tsOffset: fc.integer({ min: 0, max: 6 }) }), {
          maxLength: 60,
        }),
        fc.integer({ min: 1, max: 8 }),
        async (spec, pageSize) => {
          const streams = buildStreams(spec);
          const end = (BASE + 100n).toString();
          const got = await collect(
            paginateForward(
              async (start, limit) =>
                flattenStreams(asResult(selectPage(streams, { start, end, limit, forward: true }))),
              BASE.toString(),
              pageSize,
              5000
            )
          );
          const expected = streams.flatMap((s) => s.entries);
          expect(got.map(id).sort()).toEqual(expected.map(id).sort());
          expect(new Set(got.map(id)).size).toBe(got.length);
          // Delivered in timestamp order.
          for (let i = 1; i < got.length; i++) {
            expect(BigInt(got[i - 1].ts) <= BigInt(got[i].ts)).toBe(true);
          }
        }
      ),
      { numRuns: 200, seed: 42 }
    );
  });

  it('grows the batch when one timestamp fills a page', async () => {
    const streams = buildStreams(Array.from({ length: 25 }, (_, i) => ({ stream: i % 3, tsOffset: i < 23 ? 1 : 2 })));
    const limits: number[] = [];
    const got = await collect(
      paginateForward(
        async (start, limit) => {
          limits.push(limit);
          return flattenStreams(
            asResult(selectPage(streams, { start, end: (BASE + 10n).toString(), limit, forward: true }))
          );
        },
        BASE.toString(),
        5,
        5000
      )
    );
    expect(got).toHaveLength(25);
    expect(limits).toEqual([5, 10, 20, 40]);
  });

  it('fails precisely when more entries share one timestamp than Loki will ever return', async () => {
    const streams = buildStreams(Array.from({ length: 9 }, (_, i) => ({ stream: i % 3, tsOffset: 1 })));
    const gen = paginateForward(
      async (start, limit) =>
        flattenStreams(asResult(selectPage(streams, { start, end: (BASE + 10n).toString(), limit, forward: true }))),
      BASE.toString(),
      2,
      4
    );
    await expect(collect(gen)).rejects.toThrow(PaginationStuckError);
  });
});

describe('LokiClient.queryRangeAll over HTTP', () => {
  it('pages through a fake Loki with same-nanosecond entries on page boundaries', async () => {
    const loki = new FakeLoki();
    const url = await loki.start();
    try {
      const expected: string[] = [];
      for (let host = 0; host < 3; host++) {
        const entries = Array.from({ length: 40 }, (_, i) => ({
          ts: (BASE + BigInt(Math.floor(i / 4))).toString(),
          line: `host ${host} event ${i}`,
        }));
        loki.add({ job: 'bgl', host: `n${host}` }, entries);
        expected.push(...entries.map(id));
      }
      const client = new LokiClient({ url });
      const got = await collect(
        client.queryRangeAll({
          query: '{job="bgl"}',
          start: BASE.toString(),
          end: (BASE + 1000n).toString(),
          pageSize: 7,
        })
      );
      expect(got.map(id).sort()).toEqual(expected.sort());
      const pages = loki.requests.map((r) => [r.params.get('start'), r.params.get('limit'), r.params.get('direction')]);
      expect(pages[0]).toEqual([BASE.toString(), '7', 'forward']);
      // 12 entries share each timestamp: the batch has to grow past 7 to make progress.
      expect(pages.map((p) => p[1])).toContain('14');
    } finally {
      await loki.stop();
    }
  });
});

describe('a timestamp with more entries than Loki returns at once', () => {
  const loki = new FakeLoki();
  let client: LokiClient;
  beforeAll(async () => {
    const url = await loki.start();
    loki.maxEntriesLimit = 50;
    client = new LokiClient({ url, maxEntriesLimit: 50, retry: { maxAttempts: 1 } });
  });
  afterAll(() => loki.stop());

  function fill(job: string, host: string, count: number, ts: bigint): string[] {
    const entries = Array.from({ length: count }, (_, i) => ({ ts: ts.toString(), line: `${host} line ${i}` }));
    loki.add({ job, host }, entries);
    return entries.map(id);
  }

  it('reads that nanosecond stream by stream (both directions when one stream fills a page) and goes on', async () => {
    const expected = [
      ...fill('crowd', 'a', 3, BASE),
      ...fill('crowd', 'a', 60, BASE + 1n),
      ...fill('crowd', 'b', 40, BASE + 1n),
      ...fill('crowd', 'c', 95, BASE + 1n),
      ...fill('crowd', 'b', 30, BASE + 2n),
    ];
    const got = await collect(
      client.queryRangeAll({
        query: '{job="crowd"} |= "line"',
        start: BASE.toString(),
        end: (BASE + 10n).toString(),
        pageSize: 20,
      })
    );
    expect(got.map(id).sort()).toEqual(expected.sort());
    expect(new Set(got.map(id)).size).toBe(got.length);
    const seriesCalls = loki.requests.filter((r) => r.path === '/loki/api/v1/series');
    expect(seriesCalls.map((r) => r.params.getAll('match[]'))).toEqual([['{job="crowd"}']]);
    const perStream = loki.requests.filter((r) => r.params.get('query')?.startsWith('{host='));
    expect(perStream.map((r) => [r.params.get('query'), r.params.get('direction')])).toEqual([
      ['{host="a", job="crowd"} |= "line"', 'forward'],
      ['{host="a", job="crowd"} |= "line"', 'backward'],
      ['{host="b", job="crowd"} |= "line"', 'forward'],
      ['{host="c", job="crowd"} |= "line"', 'forward'],
      ['{host="c", job="crowd"} |= "line"', 'backward'],
    ]);
  });

  it('says what to raise, truthfully, when one stream holds twice the limit on one nanosecond', async () => {
    fill('packed', 'z', 100, BASE);
    const all = collect(
      client.queryRangeAll({ query: '{job="packed"}', start: BASE.toString(), end: (BASE + 10n).toString() })
    );
    await expect(all).rejects.toThrow(
      `more than 100 entries of the stream {host="z", job="packed"} share one nanosecond at the timestamp ${BASE}: ` +
        "Loki returns at most max_entries_limit_per_query entries per query. Raise it in Loki's limits_config and " +
        'loki.maxEntriesPerQuery in watch.yaml together, or narrow the selector'
    );
  });

  it('is refused by Loki when asking for more than its limit', async () => {
    const greedy = new LokiClient({ url: (client as unknown as { base: string }).base, maxEntriesLimit: 80 });
    const pages = greedy.queryRangeAll({
      query: '{job="crowd"}',
      start: BASE.toString(),
      end: (BASE + 10n).toString(),
      pageSize: 80,
    });
    await expect(pages.next()).rejects.toThrow(
      'max entries limit per query exceeded, limit > max_entries_limit (80 > 50)'
    );
  });
});

describe('paginateForward from a resume point', () => {
  it('skips exactly the entries already seen at the resume timestamp', async () => {
    const streams = buildStreams(
      Array.from({ length: 12 }, (_, i) => ({ stream: i % 3, tsOffset: Math.floor(i / 6) }))
    );
    const end = (BASE + 10n).toString();
    const fetchPage = async (start: string, limit: number) =>
      flattenStreams(asResult(selectPage(streams, { start, end, limit, forward: true })));
    const all = await collect(paginateForward(fetchPage, BASE.toString(), 100, 5000));
    // Pretend a reader stopped after the first 4 entries (all at BASE).
    const seen = all.slice(0, 4);
    const rest = await collect(
      paginateForward(fetchPage, { ts: BASE.toString(), keys: seen.map((e) => entryKey(e)) }, 3, 5000)
    );
    expect(rest.map(id)).toEqual(all.slice(4).map(id));
  });
});

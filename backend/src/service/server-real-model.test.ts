/**
 * The service end to end with the real detector (onnxruntime in worker threads) over a small trained bundle:
 * score, explain with grounded reasoning, model info — the paths the fake-detector tests cannot cover.
 */
import pino from 'pino';
import { Registry } from 'prom-client';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExplainResponseSchema, ModelInfoSchema, ScoreResponseSchema, SequencesResponseSchema } from '../contract';
import { loadDetector } from '../engine/detector';
import { tinyBundle } from '../testing/tiny-bundle';
import { loadConfig } from './config';
import { startServer, type RunningServer } from './server';

const HDFS = readFileSync(join(__dirname, '../../../tests/fixtures/sequence/hdfs_blocks.log'), 'utf8')
  .trim()
  .split('\n');

describe('startServer with the real detector', () => {
  let server: RunningServer;
  let dir: string;
  beforeAll(async () => {
    dir = await tinyBundle();
    server = await startServer({
      config: loadConfig({ PORT: '0', HOST: '127.0.0.1', MODEL_DIR: dir, WORKERS: '1', AUTH_DISABLED: 'true' }),
      registry: new Registry(),
      logger: pino({ level: 'silent' }),
    });
  });
  afterAll(async () => {
    await server.shutdown('test');
    await server.closed;
  });

  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as unknown };
  };

  it('scores lines through onnxruntime in a worker thread', async () => {
    const lines = HDFS.slice(0, 20).map((line, i) => ({ line, id: `r${i}` }));
    const res = await post('/api/v1/score', { lines });
    expect(res.status).toBe(200);
    const parsed = ScoreResponseSchema.parse(res.body);
    expect(parsed.results.map((r) => r.id)).toEqual(lines.map((l) => l.id));
    expect(parsed.model.id).toBe('tiny');
  });

  it('explains an HDFS block with five-level reasoning citing existing events', async () => {
    const res = await post('/api/v1/explain', {
      lines: HDFS.map((line) => ({ line })),
      focus: HDFS.findIndex((l) => /exception/i.test(l)),
      session: 'hdfs-block',
    });
    expect(res.status).toBe(200);
    const parsed = ExplainResponseSchema.parse(res.body);
    const n = parsed.sequence.lineIndices.length;
    const cited = [
      ...parsed.reasoning.eventWise,
      ...parsed.reasoning.stageWise,
      ...parsed.reasoning.pattern,
      ...parsed.reasoning.indicators,
    ].flatMap((item) => item.events);
    expect(cited.every((e) => e >= 1 && e <= n)).toBe(true);
    expect(parsed.reasoning.eventWise.flatMap((e) => e.events).sort((a, b) => a - b)).toEqual(
      Array.from({ length: n }, (_, i) => i + 1)
    );
  });

  it('lists the sequences of posted lines: one session per HDFS block, the rest in windows', async () => {
    const lines = [...HDFS.map((line) => ({ line })), { line: 'a line without any session key' }];
    const res = await post('/api/v1/sequences', { lines, includeNormal: true });
    expect(res.status).toBe(200);
    const parsed = SequencesResponseSchema.parse(res.body);
    expect(parsed.total).toMatchObject({ sessions: 5, windows: 1, sequences: 6 });
    const covered = parsed.sequences.flatMap((s) => s.lineIndices).sort((a, b) => a - b);
    expect(covered).toEqual(lines.map((_, i) => i));
    const anomalous = parsed.sequences.filter((s) => s.verdict === 'anomaly');
    expect(parsed.sequences.slice(0, anomalous.length)).toEqual(anomalous);
    for (const s of anomalous) {
      expect(s.rootCause).not.toBeNull();
      expect(s.lineIndices).toContain(s.rootCause!.index);
    }
  });

  it('serves the model card', async () => {
    const res = await fetch(`${server.url}/api/v1/model`);
    const info = ModelInfoSchema.parse(await res.json());
    expect(info.domains.length).toBeGreaterThan(0);
    expect(info.device).toBe('cpu');
  });

  it("templates a 10,000-character line as the CLI's detector does (one line-length limit)", async () => {
    // The tail past any cut holds tokens of its own: a different limit would mine a different template.
    const tail = Array.from({ length: 2000 }, (_, i) => `k${i}`).join(' ');
    const line = `${HDFS[0]} ${tail}`.slice(0, 10_000);
    const res = await post('/api/v1/score', { lines: [{ line }] });
    expect(res.status).toBe(200);
    const served = ScoreResponseSchema.parse(res.body).results[0]!;
    const cli = await loadDetector(dir); // what `explain` and `eval` load
    try {
      const [offline] = await cli.score([{ line }]);
      expect(served.truncated).toBe(true);
      expect({ template: served.template, truncated: served.truncated }).toEqual({
        template: offline!.template,
        truncated: offline!.truncated,
      });
    } finally {
      await cli.close();
    }
  });
});

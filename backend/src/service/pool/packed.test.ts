/**
 * The pool's compact message forms: a round trip keeps every field of every result, and the real detector's
 * results through worker threads are exactly (numbers included) what it returns on this thread.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import type { CombineMode, LineResult, LogLineInput } from '../../contract';
import { loadDetector, type Detector } from '../../engine/detector';
import { acceptHostTypedArrays } from '../../testing/tiny-bundle';
import { PooledEngine } from '../pooled-engine';
import { packResults, unpackResults } from '../../engine/packed-results';
import { packLines, unpackLines } from './packed';
import { WorkerPool } from './worker-pool';

acceptHostTypedArrays();

const REPO = join(__dirname, '..', '..', '..', '..');
const MODEL = join(REPO, 'models', 'default');
const LOGHUB = join(REPO, 'tests', 'fixtures', 'loghub');

/** Every Loghub fixture line, systems interleaved, ids on two lines of three (one of them empty). */
function fixtureLines(): LogLineInput[] {
  const systems = readdirSync(LOGHUB, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'tiny')
    .map((d) =>
      readFileSync(join(LOGHUB, d.name, `${d.name}_2k.log`), 'utf8')
        .split('\n')
        .filter(Boolean)
    );
  const lines: string[] = [];
  for (let i = 0; systems.some((s) => i < s.length); i++) {
    systems.forEach((s) => i < s.length && lines.push(s[i]!));
  }
  // Beyond the normaliser's 16,384 characters (truncated), non-ASCII, a lone surrogate, an empty line.
  lines.splice(7, 0, `kernel: ${'segfault at 0000 '.repeat(1100)}`, 'Ünïcödé ☃ 日本語 error 💥', 'bad \ud800 half', '');
  return lines.map((line, i) => (i % 3 === 0 ? { line } : { line, id: i === 1 ? '' : `row-${i}` }));
}

const result = (over: Partial<LineResult>): LineResult => ({
  index: 0,
  verdict: 'normal',
  score: 0.25,
  domain: 'storage',
  domainScores: [{ domain: 'storage', score: 0.5 }],
  template: { id: 't1', text: 'disk <PATH> full' },
  novel: false,
  truncated: false,
  ...over,
});

describe('packed message forms', () => {
  it('round-trips lines, ids echoed from the inputs rather than sent', () => {
    const lines = [{ line: 'a', id: 'x' }, { line: '' }, { line: 'β 💥 \ud800', id: '' }, { line: 'end' }];
    const packed = packLines(lines);
    expect(unpackLines(packed)).toStrictEqual(lines.map(({ line }) => ({ line })));
    const results = lines.map((_, i) => result({ index: i }));
    expect(unpackResults(packResults(results), lines)).toStrictEqual(
      results.map((r, i) => (lines[i]!.id === undefined ? r : { ...r, id: lines[i]!.id }))
    );
  });

  it('keeps every flag, any number of top domains up to three, and exact doubles', () => {
    const results = [
      result({ index: 0, verdict: 'anomaly', novel: true, truncated: true, score: 0.1 + 0.2 }),
      result({ index: 1, domainScores: [], score: -0, template: { id: 't1', text: 'other text, same id' } }),
      result({
        index: 2,
        domain: 'memory',
        score: Number.MIN_VALUE,
        domainScores: [
          { domain: 'memory', score: 1 / 3 },
          { domain: 'storage', score: 2 ** -40 },
          { domain: 'network', score: 0 },
        ],
      }),
    ];
    const inputs = results.map(() => ({ line: 'x' }));
    expect(unpackResults(packResults(results), inputs)).toStrictEqual(results);
  });

  it('refuses more than three top domains rather than dropping one', () => {
    const four = Array.from({ length: 4 }, () => ({ domain: 'storage' as const, score: 0.25 }));
    expect(() => packResults([result({ domainScores: four })])).toThrow(/4 top domains/);
  });
});

describe('the real detector through the worker pool', () => {
  const logger = pino({ level: 'silent' });
  const lines = fixtureLines();
  let detector: Detector;
  let pool: WorkerPool;

  beforeAll(async () => {
    [detector, pool] = await Promise.all([
      loadDetector(MODEL, { device: 'cpu', intraOpThreads: 1 }),
      WorkerPool.start({ bundleDir: MODEL, device: 'cpu', size: 2, logger }),
    ]);
  });
  afterAll(async () => {
    await pool?.close();
    await detector?.close();
  });

  it.each<[string, CombineMode | undefined]>([
    ['the bundle default', undefined],
    ['top1', 'top1'],
    ['soft', 'soft'],
  ])('returns exactly the in-process results (combine: %s)', async (_, combine) => {
    // Same batches on both sides: a batch's composition may move scores by float summation order.
    for (let start = 0; start < lines.length; start += 256) {
      const batch = lines.slice(start, start + 256);
      const expected = await detector.score(batch, combine ? { combine } : {});
      expect(await pool.run(batch, combine)).toStrictEqual(expected);
    }
  });

  it.each<[string, CombineMode | undefined]>([
    ['the bundle default', undefined],
    ['top1', 'top1'],
    ['soft', 'soft'],
  ])('packs directly exactly what packing score() gives (combine: %s)', async (_, combine) => {
    const options = combine ? { combine } : {};
    for (let start = 0; start < lines.length; start += 256) {
      const batch = lines.slice(start, start + 256);
      const direct = await detector.scorePacked(batch, options);
      expect(unpackResults(direct, batch)).toStrictEqual(
        unpackResults(packResults(await detector.score(batch, options)), batch)
      );
      expect(new Set(direct.strings).size).toBe(direct.strings.length);
    }
    const empty = await detector.scorePacked([], options);
    expect(unpackResults(empty, [])).toStrictEqual([]);
  });

  it('covers what it claims: known and novel templates, truncation, ids, both verdicts', async () => {
    const results = await detector.score(lines);
    expect(results.some((r) => r.novel) && results.some((r) => !r.novel)).toBe(true);
    expect(results.filter((r) => r.truncated)).toHaveLength(1);
    expect(results.filter((r) => r.id !== undefined)).toHaveLength(lines.filter((l) => l.id !== undefined).length);
    expect(new Set(results.map((r) => r.verdict))).toEqual(new Set(['anomaly', 'normal']));
  });

  it('through the micro-batcher too (one batch per request), with request indices', async () => {
    const engine = new PooledEngine(pool, detector, {
      maxBatchLines: 1000,
      minSplitLines: 1000,
      maxDelayMs: 0,
      maxQueueLines: 10_000,
      timeoutMs: 60_000,
      retryAfterSeconds: 1,
      maxLineLength: 100_000,
    });
    const batch = lines.slice(0, 300);
    expect(await engine.score(batch, { combine: 'soft' })).toStrictEqual(
      await detector.score(batch, { combine: 'soft' })
    );
  });
});

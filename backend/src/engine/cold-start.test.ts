/**
 * Cold start and invariance on the shipped bundle (models/default, trained on BGL and HDFS): a novel line of a
 * system it never saw, at error level or worse and speaking of failure, is flagged, through both result forms;
 * on the systems it was trained on the rule stays off; wrappers change no verdict and no template.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decisionScratch } from '../model/decide';
import { createNormalizer, WRAPPERS, wrapLine } from '../normalize';
import { loghubSystemLines } from '../testing/loghub-fixtures';
import { acceptHostTypedArrays } from '../testing/tiny-bundle';
import { COLD_START_SCORE, isColdStartAlarm, raiseColdStartAlarm, trainedFormats } from './cold-start';
import { loadDetector, type Detector } from './detector';
import { unpackResults } from './packed-results';

acceptHostTypedArrays();

const MODEL = join(__dirname, '..', '..', '..', 'models', 'default');

describe('cold-start rule', () => {
  it('needs an untrained format, a severe level and failure vocabulary', () => {
    const trained = new Set(['bgl', 'hdfs']);
    expect(isColdStartAlarm(trained, 'vendor-severity', 'ERROR', true)).toBe(true);
    expect(isColdStartAlarm(trained, 'level-word', 'FATAL', true)).toBe(true);
    expect(isColdStartAlarm(trained, 'json', 'critical', true)).toBe(true);
    expect(isColdStartAlarm(trained, 'bgl', 'FATAL', true)).toBe(false);
    expect(isColdStartAlarm(trained, 'json', 'WARN', true)).toBe(false);
    expect(isColdStartAlarm(trained, 'json', null, true)).toBe(false);
    expect(isColdStartAlarm(trained, 'json', 'ERROR', false)).toBe(false);
  });

  it('raises the score to the alarm score, never lowers it', () => {
    const d = decisionScratch();
    d.score = 0.1;
    raiseColdStartAlarm(d);
    expect([d.anomaly, d.score]).toEqual([true, COLD_START_SCORE]);
    d.anomaly = false;
    d.score = 0.97;
    raiseColdStartAlarm(d);
    expect([d.anomaly, d.score]).toEqual([true, 0.97]);
  });

  it("knows a bundle's trained formats from its manifest, else from its training set, else none", () => {
    const normalizer = createNormalizer({ format: 'auto' });
    const dir = mkdtempSync(join(tmpdir(), 'cold-start-'));
    try {
      expect([...trainedFormats(dir, ['hdfs'], normalizer)]).toEqual(['hdfs']);
      expect(trainedFormats(dir, undefined, normalizer).size).toBe(0);
      writeFileSync(
        join(dir, 'training-set.jsonl'),
        `${JSON.stringify({ line: 'RAS KERNEL FATAL x', label: 'normal', split: 'fit' })}\nnot json\n\n`
      );
      expect([...trainedFormats(dir, undefined, normalizer)]).toEqual(['level-word']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the shipped bundle', () => {
  let detector: Detector;
  beforeAll(async () => {
    detector = await loadDetector(MODEL, { device: 'cpu' });
  });
  afterAll(() => detector.close());

  const lines = [
    // The README's example: now the BGL template (same tokens, level and component as the full BGL line).
    'RAS KERNEL FATAL data TLB error interrupt',
    '<187>Dec  4 02:46:04 router-1 %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down',
    'Dec  4 2026 02:46:04 HUAWEI %%01DEV/2/POWER_FAILED(l)[3]:Power supply 1 failed.',
    '{"level":"error","msg":"upstream connection refused after 3 retries"}',
    // Quiet novel (no failure words, info level): the bundle's quiet-novel prior decides.
    '{"level":"info","msg":"rotated 4 files into the archive directory"}',
  ];

  it('flags a severe novel line that speaks of failure, in both result forms; a quiet one keeps the prior', async () => {
    const results = await detector.score(lines.map((line) => ({ line })));
    expect(results.map((r) => r.verdict)).toEqual(['anomaly', 'anomaly', 'anomaly', 'anomaly', 'normal']);
    expect(results[0]!.novel).toBe(false);
    expect(results.slice(1, 4).every((r) => r.novel && r.score >= COLD_START_SCORE)).toBe(true);
    expect(results[4]!.score).toBe(detector.bundle.decision.quietNovelPrior);
    const inputs = lines.map((line) => ({ line }));
    const packed = unpackResults(await detector.scorePacked(inputs), inputs);
    expect(packed.map((r) => r.verdict)).toEqual(results.map((r) => r.verdict));
  });

  it('leaves the rule off on the formats it was trained on', async () => {
    const bgl =
      '1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL FATAL a brand new failure of the widget';
    const [withRule] = await detector.score([{ line: bgl }]);
    const [headerless] = await detector.score([{ line: 'RAS KERNEL FATAL a brand new failure of the widget' }]);
    expect(withRule!.novel && headerless!.novel).toBe(true);
    expect(headerless!.verdict).toBe('anomaly');
    expect(withRule!.score).not.toBe(COLD_START_SCORE);
  });

  it('gives every fixture line of every Loghub-2k system the same verdict and template under every wrapper', async () => {
    const auto = createNormalizer({ format: 'auto' });
    const fixture = loghubSystemLines().map(([, line]) => line);
    const bare = await detector.score(fixture.map((line) => ({ line })));
    for (const wrapper of WRAPPERS) {
      const wrapped = fixture.map((line, i) => ({
        line: wrapLine(line, wrapper, {
          time: new Date(Date.UTC(2026, 11, 4, 2, 46, i % 60)),
          host: `host-${i % 7}`,
          seq: 1000 + i,
          hex: (i * 2654435761).toString(16).padStart(32, '7'),
          level: auto.normalize(line).level,
        }),
      }));
      const results = await detector.score(wrapped);
      const changed = results.filter(
        (r, i) => r.verdict !== bare[i]!.verdict || r.template.id !== bare[i]!.template.id
      );
      expect([wrapper, changed.length]).toEqual([wrapper, 0]);
    }
  });
});

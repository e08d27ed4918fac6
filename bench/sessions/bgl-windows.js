#!/usr/bin/env node
/**
 * Window-level detection on BGL's chronological split, for logs without a session key: the product's own windows
 * (sequence/group.ts cutWindows: consecutive windows per stream, by count or by time) over raw lines (label column
 * removed) → normaliser `auto` → Drain mined on the training period; a window is anomalous when one of its lines
 * carries an alert. The sequence detector (normal-behaviour model + supervised session classifier, combination
 * chosen on the validation slice) is fitted on the training period's windows and scored once on the test period's.
 *
 *   node bench/sessions/bgl-windows.js [--data ../shared/datasets/bgl/BGL_2005-06_to_08.log] [--json]
 *
 * Split: lines in time order; first 80 % = training period (its last 20 % of windows = validation), last 20 % =
 * test (LogLLM's protocol: chronological 80/20, 100-line windows). Windows never straddle the split.
 */
const { join } = require('node:path');
const dist = join(__dirname, '../../backend/dist');
const { readDataFile } = require(join(dist, 'train/data.js'));
const { createNormalizer } = require(join(dist, 'normalize'));
const { DrainMiner } = require(join(dist, 'drain'));
const { cutWindows } = require(join(dist, 'sequence/group.js'));
const { trainSequenceModel } = require(join(dist, 'sequence/train.js'));
const { loadSequenceScorer } = require(join(dist, 'sequence/detector.js'));
const { SequenceModel } = require(join(dist, 'sequence/model.js'));
const { binaryMetrics } = require(join(dist, 'sequence/metrics.js'));
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { trainModel, DEFAULT_TRAIN_CONFIG } = require(join(dist, 'train/pipeline.js'));
const { writeBundle } = require(join(dist, 'bundle/write.js'));
const { loadDetector } = require(join(dist, 'engine/detector.js'));
const { loadPartitionFile } = require(join(dist, 'partition'));
const { judgeSequence } = require(join(dist, 'sequence/assess.js'));
const { readFileSync } = require('node:fs');

const TRAIN = 0.8;
const VALIDATION = 0.2;
const SETTINGS = [{ lines: 100 }, { lines: 20 }, { seconds: 3600 }, { seconds: 300 }];
const PUBLISHED = 'LogLLM 0.916 and LogRobust 0.810 (LogLLM paper, BGL, 100-line windows, chronological 80/20)';

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** BGL's header timestamp `2005-06-03-15.42.50.675872` as nanoseconds (Loki would send it beside the line). */
function nanos(ts) {
  const m = /^(\d{4})-(\d\d)-(\d\d)-(\d\d)\.(\d\d)\.(\d\d)(?:\.(\d{1,6}))?/.exec(ts ?? '');
  if (!m) return undefined;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  return (BigInt(ms) * 1000000n + BigInt((m[7] ?? '0').padEnd(6, '0')) * 1000n).toString();
}

const path = arg('--data', join(__dirname, '../../../shared/datasets/bgl/BGL_2005-06_to_08.log'));
const file = readDataFile(path, 'loghub-labelled');
const normalizer = createNormalizer({ format: 'auto' });
const parsed = file.lines.map((l) => normalizer.normalize(l.line));
const posted = file.lines.map((l, i) => ({ line: l.line, timestamp: nanos(parsed[i].timestamp) }));
const split = Math.round(file.lines.length * TRAIN);
const miner = new DrainMiner();
parsed.slice(0, split).forEach((n) => miner.add(n.tokens));
const ids = parsed.map((n) => miner.match(n.tokens)?.id ?? `unseen:${n.tokens.join(' ')}`);
const templateText = Object.fromEntries(miner.templates().map((t) => [t.id, t.text]));
const text = (id) => templateText[id] ?? (id.startsWith('unseen:') ? id.slice(7) : undefined);

async function main() {
  // The line model as the product serves it, trained like bench/model's bundles: fit on the first 60 % of the file,
  // calibrated on the next 20 %, never shown the test period (the shipped bundle calibrated on it, so it is not used).
  const bundleDir = mkdtempSync(join(tmpdir(), 'al-bgl-windows-'));
  const lineModel = await trainModel(
    [file],
    async () => loadPartitionFile(join(__dirname, '../../models/partitions/default.json')),
    DEFAULT_TRAIN_CONFIG
  );
  writeBundle(bundleDir, lineModel, {
    id: 'bgl-windows',
    version: '1',
    command: 'bench/sessions/bgl-windows.js',
    trainingSeconds: 0,
  });
  const detector = await loadDetector(bundleDir, { device: 'cpu' });
  const lineResults = await detector.score(posted.slice(split));
  await detector.close();
  rmSync(bundleDir, { recursive: true, force: true });
  const shipped = loadSequenceScorer(
    JSON.parse(readFileSync(join(__dirname, '../../models/default/sequence.json'), 'utf8'))
  );
  const lineAnomalous = (i) => lineResults[i - split].verdict === 'anomaly';

  const range = (a, b) => Array.from({ length: b - a }, (_, k) => a + k);
  const results = SETTINGS.map((setting) => {
    const window = (indices) => ({
      templateIds: indices.map((i) => ids[i]),
      anomalous: indices.some((i) => file.lines[i].label === 1),
      indices,
    });
    const train = cutWindows(posted, range(0, split), setting).map(window);
    const test = cutWindows(posted, range(split, file.lines.length), setting).map(window);
    const fitCount = Math.floor(train.length * (1 - VALIDATION));
    const fit = train.slice(0, fitCount);
    const validation = train.slice(fitCount).map((w, k) => ({ key: `v${k}`, ...w }));
    const normal = fit.filter((w) => !w.anomalous).map((w, k) => ({ key: `n${k}`, templateIds: w.templateIds }));
    const anomalies = fit.filter((w) => w.anomalous).map((w, k) => ({ key: `a${k}`, templateIds: w.templateIds }));
    const t0 = performance.now();
    const json = trainSequenceModel(normal, { anomalies, validation, templateText, openEnded: true });
    const seconds = (performance.now() - t0) / 1000;
    const scorer = loadSequenceScorer(json);
    const semi = SequenceModel.fromJSON(json);
    const says = (model, w) => model.assess(w.templateIds, undefined, text).verdict === 'anomaly';
    const score = (model) => binaryMetrics(test.map((w) => ({ predicted: says(model, w), actual: w.anomalous })));
    const lines = binaryMetrics(test.map((w) => ({ predicted: w.indices.some(lineAnomalous), actual: w.anomalous })));
    // The window detector fitted here joined with the lines, as assess.ts joins a bundle's detector with them.
    const joined = binaryMetrics(
      test.map((w) => ({ predicted: says(scorer, w) || w.indices.some(lineAnomalous), actual: w.anomalous }))
    );
    // What /api/v1/sequences answers today: judgeSequence with the shipped bundle's sequence model (HDFS sessions;
    // it covers no BGL window, so the lines decide).
    const product = binaryMetrics(
      test.map((w) => ({
        predicted:
          judgeSequence(
            shipped,
            w.indices.map((i) => ({ level: parsed[i].level, message: parsed[i].message })),
            w.indices.map((i) => lineResults[i - split]),
            undefined,
            'window'
          ).verdict === 'anomaly',
        actual: w.anomalous,
      }))
    );
    return {
      setting,
      windows: {
        train: train.length,
        trainAnomalous: train.filter((w) => w.anomalous).length,
        validation: validation.length,
        validationAnomalous: validation.filter((w) => w.anomalous).length,
        test: test.length,
        testAnomalous: test.filter((w) => w.anomalous).length,
      },
      combination: json.combination?.mode ?? null,
      validationCandidates: json.combination?.validation.candidates ?? null,
      test: score(scorer),
      testSemiOnly: score(semi),
      testLinesOnly: lines,
      testJoined: joined,
      testProduct: product,
      fitSeconds: Math.round(seconds * 100) / 100,
    };
  });

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ path, lines: file.lines.length, split, results }, null, 2));
  } else {
    console.log(
      `BGL ${file.lines.length} lines; training period lines 1–${split}, test ${split + 1}–${file.lines.length}; ` +
        `${miner.templates().length} templates mined on the training period`
    );
    const f = (v) => v.toFixed(4);
    for (const r of results) {
      const w = r.windows;
      const name = r.setting.lines ? `${r.setting.lines}-line windows` : `${r.setting.seconds}-s windows`;
      console.log(
        `${name}: train ${w.train} (${w.trainAnomalous} anomalous; validation ${w.validation}, ${w.validationAnomalous} anomalous), ` +
          `test ${w.test} (${w.testAnomalous} anomalous)`
      );
      console.log(
        `  detector [validation chose ${r.combination}]: P ${f(r.test.precision)} R ${f(r.test.recall)} F1 ${f(r.test.f1)} ` +
          `(tp ${r.test.tp} fp ${r.test.fp} fn ${r.test.fn} tn ${r.test.tn}); normal-behaviour model alone F1 ${f(r.testSemiOnly.f1)}; fit ${r.fitSeconds}s`
      );
      for (const [name2, m] of [
        ['line model (any line flagged)', r.testLinesOnly],
        ['window detector or any line', r.testJoined],
        ['/api/v1/sequences today (shipped sequence model + lines)', r.testProduct],
      ]) {
        console.log(
          `  ${name2}: P ${f(m.precision)} R ${f(m.recall)} F1 ${f(m.f1)} (tp ${m.tp} fp ${m.fp} fn ${m.fn} tn ${m.tn})`
        );
      }
    }
    console.log(`Published beside it: ${PUBLISHED}. See README.md for why this file's windows are not the real log's.`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

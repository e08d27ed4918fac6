#!/usr/bin/env node
/**
 * HDFS session benchmark on our own time-ordered split (see README.md): the product's sequence detector (the
 * normal-behaviour model alone, and with the supervised session classifier combined as validation chose) through
 * the real path (raw lines → normaliser `auto` → Drain mined on the training period → sessions by block id), and
 * the split's block event sequences exported for loglizer.py, so the classic peers run on exactly these blocks.
 *
 *   node bench/sessions/hdfs.js [--data ../shared/datasets/hdfs] [--export /tmp/hdfs-split.json] [--json]
 */
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const dist = join(__dirname, '../../backend/dist');
const { evaluateSessions, collectSessions, UNSEEN_PREFIX } = require(join(dist, 'sequence/evaluate.js'));
const { createNormalizer } = require(join(dist, 'normalize'));
const { DrainMiner } = require(join(dist, 'drain'));

const TRAIN_SPLIT = 0.7;
const VALIDATION_SHARE = 0.2;

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const dir = arg('--data', join(__dirname, '../../../shared/datasets/hdfs'));
const base = join(dir, 'HDFS_v1_sample_train');
const lines = readFileSync(`${base}.log`, 'utf8').split('\n');
if (lines[lines.length - 1] === '') lines.pop();
const keys = readFileSync(`${base}.line_block_ids.txt`, 'utf8')
  .split('\n')
  .slice(0, lines.length)
  .map((k) => k.trim());
const labels = new Map(
  readFileSync(`${base}.block_labels.csv`, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((row) => {
      const [block, label] = row.split(',');
      return [block.trim(), label.trim() === 'Anomaly'];
    })
);
const log = { lines, keys, labels };

const variants = [
  ['normal-behaviour model alone (semi-supervised)', { supervised: false }],
  ['with the supervised session classifier (combination chosen on validation)', {}],
];
const results = variants.map(([name, extra]) => {
  const r = evaluateSessions(log, {
    trainSplit: TRAIN_SPLIT,
    validationShare: VALIDATION_SHARE,
    format: 'auto',
    ...extra,
  });
  return { name, split: r.split, combination: r.combination, test: r.test, seconds: r.seconds };
});

const exportPath = arg('--export');
if (exportPath) {
  // The same templates the evaluation used: Drain over the training period's lines, normaliser `auto`.
  const { sessions } = collectSessions(log);
  const trainCount = Math.floor(sessions.length * TRAIN_SPLIT);
  const trainLines = new Set(sessions.slice(0, trainCount).flatMap((s) => s.lines));
  const normalizer = createNormalizer({ format: 'auto' });
  const tokens = lines.map((l) => normalizer.normalize(l).tokens);
  const miner = new DrainMiner();
  tokens.forEach((t, i) => trainLines.has(i) && miner.add(t));
  const ids = tokens.map((t) => miner.match(t)?.id ?? `${UNSEEN_PREFIX}${t.join(' ')}`);
  const block = (s) => ({ block: s.key, anomalous: s.anomalous, events: s.lines.map((i) => ids[i]) });
  writeFileSync(
    exportPath,
    JSON.stringify({
      split: `sessions by first appearance; first ${TRAIN_SPLIT * 100} % train, last ${Math.round((1 - TRAIN_SPLIT) * 100)} % test`,
      train: sessions.slice(0, trainCount).map(block),
      test: sessions.slice(trainCount).map(block),
    })
  );
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const s = results[0].split;
  console.log(`Split: ${s.description}`);
  console.log(
    `  train ${s.train.sessions} blocks (${s.train.anomalies} anomalous; fit ${s.fit.sessions}, validation ${s.validation.sessions} with ${s.validation.anomalies} anomalous), test ${s.test.sessions} blocks (${s.test.anomalies} anomalous), lines ${s.test.firstLine}–${s.test.lastLine}`
  );
  for (const r of results) {
    const t = r.test;
    const how = r.combination ? ` [validation chose ${r.combination.mode}]` : '';
    console.log(
      `${r.name}${how}: P ${t.precision.toFixed(4)} R ${t.recall.toFixed(4)} F1 ${t.f1.toFixed(4)} (tp ${t.tp} fp ${t.fp} fn ${t.fn})`
    );
  }
  if (exportPath) console.log(`block event sequences of the split written to ${exportPath} (for loglizer.py)`);
}

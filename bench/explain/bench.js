#!/usr/bin/env node
/**
 * Latency of explainSequence (no LLM) for a 200-line sequence, on the compiled backend (backend/dist).
 * Lines: 200 consecutive HDFS lines (a window around line 100, so every line is an event), with a sequence model
 * fitted on the normal blocks of the preceding lines. Scorer: the real detector when --bundle is given and the
 * engine module exists, otherwise the deterministic rule scorer (Drain templates; anomalous on exception lines),
 * so the figure is the reasoning pipeline's own cost plus the scorer's.
 * Usage: node bench/explain/bench.js [--data <HDFS log>] [--labels <block_labels.csv>] [--rounds 200] [--bundle <dir>]
 * Prints one JSON document.
 */
'use strict';
const { readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', '..', 'backend', 'dist');
const { explainSequence, EMPTY_KNOWLEDGE } = require(join(dist, 'reasoning'));
const { ruleScorer } = require(join(dist, 'reasoning', 'testing'));
const { SequenceModel, trainSequenceModel, hdfsBlockKey } = require(join(dist, 'sequence'));

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main() {
  const shared = join(__dirname, '..', '..', '..', 'shared', 'datasets', 'hdfs');
  const data = arg('--data', join(shared, 'HDFS_v1_sample_train.log'));
  const labelsPath = arg('--labels', join(shared, 'HDFS_v1_sample_train.block_labels.csv'));
  const rounds = Number(arg('--rounds', '200'));
  const bundle = arg('--bundle', null);
  const all = readFileSync(data, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  const labels = new Map(
    readFileSync(labelsPath, 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.trim().split(','))
      .map(([b, lab]) => [b, lab === 'Anomaly'])
  );
  const training = all.slice(0, 20000);
  const posted = all.slice(20000, 20200).map((line) => ({ line }));

  let scorer;
  let knowledge = EMPTY_KNOWLEDGE;
  let scorerName = 'rule scorer (Drain templates, regex verdicts)';
  if (bundle && existsSync(join(dist, 'engine', 'detector.js'))) {
    const { loadDetector } = require(join(dist, 'engine', 'detector'));
    scorer = await loadDetector(bundle);
    scorerName = `detector ${bundle}`;
  } else {
    scorer = ruleScorer(training, /received exception|does not belong|Exception/);
  }

  // Sequence model on the normal blocks of the training lines, with the scorer's own template ids.
  const byBlock = new Map();
  const results = await scorer.score(training.map((line) => ({ line })));
  training.forEach((line, i) => {
    const key = hdfsBlockKey(line);
    if (key && labels.get(key) === false) {
      byBlock.set(key, [...(byBlock.get(key) ?? []), results[i].template.id]);
    }
  });
  const model = SequenceModel.fromJSON(
    trainSequenceModel([...byBlock.entries()].map(([key, templateIds]) => ({ key, templateIds })))
  );

  const request = { lines: posted, focus: 100, session: 'none', window: { lines: 100 } };
  const first = await explainSequence(scorer, knowledge, model, request);
  for (let i = 0; i < 20; i++) {
    await explainSequence(scorer, knowledge, model, request);
  }
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t = process.hrtime.bigint();
    await explainSequence(scorer, knowledge, model, request);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)];
  const r3 = (v) => Math.round(v * 1000) / 1000;
  process.stdout.write(
    `${JSON.stringify(
      {
        benchmark: 'explainSequence, no LLM',
        scorer: scorerName,
        events: first.sequence.lineIndices.length,
        eventWiseItems: first.reasoning.eventWise.length,
        verdict: first.reasoning.summary.verdict,
        rounds,
        ms: {
          p50: r3(q(0.5)),
          p95: r3(q(0.95)),
          max: r3(times[times.length - 1]),
          mean: r3(times.reduce((a, b) => a + b, 0) / times.length),
        },
        node: process.version,
      },
      null,
      2
    )}\n`
  );
  if (typeof scorer.close === 'function') {
    await scorer.close();
  }
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exitCode = 1;
});

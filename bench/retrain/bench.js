#!/usr/bin/env node
/**
 * Retraining the default bundle from SRE labels (run `npm run build:backend` first): N labels drawn (seeded) from
 * the fitting period of BGL with their true labels, as if SREs had labelled them in Grafana, then the retrain the
 * service runs for POST /api/v1/retrain (training set + labels, certification, held-out comparison).
 *   node bench/retrain/bench.js [--labels 1000] [--model models/default] [--data ../shared/datasets]
 * Prints one JSON document.
 */
'use strict';
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir, availableParallelism } = require('node:os');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '../..');
const dist = join(root, 'backend/dist');
const { readDataFile, sliceFraction } = require(`${dist}/train/data`);
const { retrainBundle } = require(`${dist}/train/retrain`);
const { createRng, shuffle } = require(`${dist}/model/rng`);

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const count = Number(arg('--labels', '1000'));
const modelDir = resolve(arg('--model', join(root, 'models/default')));
const data = resolve(arg('--data', join(root, '../shared/datasets')));

async function main() {
  const bgl = readDataFile(join(data, 'bgl/BGL_2005-06_to_08.log'), 'loghub-labelled');
  const pool = sliceFraction(bgl.lines, 0, 0.6).items;
  const picked = shuffle([...pool], createRng(7)).slice(0, count);
  const labels = picked.map((l, i) => ({
    id: `bench-${i}`,
    line: l.line,
    verdict: l.label === 1 ? 'anomaly' : 'normal',
    user: 'bench',
    createdAt: new Date().toISOString(),
    source: 'import',
  }));
  const out = mkdtempSync(join(tmpdir(), 'al-retrain-bench-'));
  const started = performance.now();
  const result = await retrainBundle({ bundleDir: modelDir, labels, candidateDir: join(out, 'candidate') });
  const seconds = (performance.now() - started) / 1000;
  rmSync(out, { recursive: true, force: true });
  process.stdout.write(
    `${JSON.stringify(
      {
        machine: { cores: availableParallelism(), node: process.version },
        labels: labels.length,
        anomalies: labels.filter((l) => l.verdict === 'anomaly').length,
        seconds: Math.round(seconds * 100) / 100,
        accepted: result.accepted,
        reason: result.reason,
        metrics: result.metrics,
        rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
        targets: { under60s: seconds < 60 },
      },
      null,
      2
    )}\n`
  );
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});

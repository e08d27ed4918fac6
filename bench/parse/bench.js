#!/usr/bin/env node
/**
 * Parser throughput on the BGL log, single-threaded, on the compiled backend (backend/dist).
 * Learns templates on the first half (normalise + add), then times normalise + mask + match over all lines.
 * Usage: node bench/parse/bench.js [--data <BGL log>] [--labelled yes|no] [--format auto] [--rounds 3]
 *        [--dist <backend/dist to measure>] [--baseline <another backend/dist, e.g. an older commit's build>]
 * With `--baseline`, both builds run in alternating child processes (`--repeat` each, default 4; separate
 * processes so neither JIT-warms the other's code) and it prints the best of each metric and current/baseline.
 * Lines enter as the system wrote them: a Loghub label column is removed first (`--labelled`, default yes for
 * the default BGL data), and the format is `auto` per line as on the scoring path unless `--format` says other.
 * Prints one JSON document.
 */
'use strict';
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const dist = resolve(arg('--dist', join(__dirname, '..', '..', 'backend', 'dist')));
const baseline = arg('--baseline', null);
if (baseline) {
  compare(resolve(baseline));
  process.exit(0);
}
const { createNormalizer } = require(join(dist, 'normalize'));
const { DrainMiner, DEFAULT_DRAIN_OPTIONS } = require(join(dist, 'drain'));

const defaultData = join(__dirname, '..', '..', '..', 'shared', 'datasets', 'bgl', 'BGL_2005-06_to_08.log');
const data = arg('--data', defaultData);
const labelled = arg('--labelled', data === defaultData ? 'yes' : 'no') === 'yes';
const format = arg('--format', 'auto');
const rounds = Number(arg('--rounds', '3'));
const lines = readFileSync(data, 'utf8').split('\n');
if (lines[lines.length - 1] === '') {
  lines.pop();
}
if (labelled) {
  // Loghub's label column is the dataset's, not the node's.
  for (let i = 0; i < lines.length; i++) {
    lines[i] = lines[i].replace(/^\S+\s/, '');
  }
}
const half = Math.floor(lines.length / 2);

// CPU time of this (single-threaded) process, not wall time: the development VM is shared, and wall time there
// moved by ±40 % between identical runs while CPU time moved by a few per cent.
const cpuNow = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const seconds = (start) => (cpuNow() - start) / 1e6;

const normalizer = createNormalizer(format === 'detect' ? { sample: lines.slice(0, 500) } : { format });

// 1. Learning: normalise + add on the first half.
let miner = new DrainMiner();
let t = cpuNow();
for (let i = 0; i < half; i++) {
  miner.add(normalizer.normalize(lines[i]).tokens);
}
const learnSeconds = seconds(t);
miner.compact();

// 2. add() alone on pre-normalised tokens (fresh miner).
const tokens = lines.slice(0, half).map((l) => normalizer.normalize(l).tokens);
const addOnly = new DrainMiner();
t = cpuNow();
for (const tk of tokens) {
  addOnly.add(tk);
}
const addSeconds = seconds(t);

// 3. Inference: normalise + mask + match on all lines, best of `rounds`.
let best = Infinity;
let matched = 0;
for (let r = 0; r < rounds; r++) {
  matched = 0;
  t = cpuNow();
  for (const line of lines) {
    if (miner.match(normalizer.normalize(line).tokens) !== null) {
      matched++;
    }
  }
  best = Math.min(best, seconds(t));
}

// 4. normalise + mask alone, best of `rounds`.
let normalizeSeconds = Infinity;
for (let r = 0; r < rounds; r++) {
  t = cpuNow();
  for (const line of lines) {
    normalizer.normalize(line);
  }
  normalizeSeconds = Math.min(normalizeSeconds, seconds(t));
}

// Snapshot round trip size and time.
t = cpuNow();
const json = JSON.stringify(miner.snapshot());
miner = DrainMiner.restore(JSON.parse(json));
const snapshotSeconds = seconds(t);

process.stdout.write(
  `${JSON.stringify(
    {
      data,
      dist,
      labelled,
      node: process.version,
      lines: lines.length,
      format: normalizer.format,
      formatConfidence: normalizer.confidence,
      options: DEFAULT_DRAIN_OPTIONS,
      templatesLearned: miner.stats().templates,
      learn: { lines: half, normalizeAndAddLinesPerSecond: Math.round(half / learnSeconds) },
      addOnlyLinesPerSecond: Math.round(half / addSeconds),
      normalizeOnlyLinesPerSecond: Math.round(lines.length / normalizeSeconds),
      match: {
        lines: lines.length,
        rounds,
        normalizeMaskMatchLinesPerSecond: Math.round(lines.length / best),
        matchedShare: Math.round((matched / lines.length) * 10000) / 10000,
      },
      snapshot: { bytes: json.length, roundTripMs: Math.round(snapshotSeconds * 1000) },
    },
    null,
    2
  )}\n`
);

/** Runs this script for `baseline` and `dist` in turns and prints the best of each metric with the ratios. */
function compare(base) {
  const { execFileSync } = require('node:child_process');
  const repeat = Number(arg('--repeat', '4'));
  const passOn = ['--data', '--labelled', '--format', '--rounds'].flatMap((name) =>
    process.argv.includes(name) ? [name, arg(name, '')] : []
  );
  const metrics = {
    normalizeMaskMatch: (j) => j.match.normalizeMaskMatchLinesPerSecond,
    normalizeOnly: (j) => j.normalizeOnlyLinesPerSecond,
    addOnly: (j) => j.addOnlyLinesPerSecond,
    normalizeAndAdd: (j) => j.learn.normalizeAndAddLinesPerSecond,
  };
  const best = { current: {}, baseline: {} };
  const last = {};
  for (let r = 0; r < repeat; r++) {
    for (const [name, d] of [
      ['baseline', base],
      ['current', dist],
    ]) {
      const out = JSON.parse(
        execFileSync(process.execPath, [__filename, '--dist', d, ...passOn], { encoding: 'utf8' })
      );
      last[name] = { dist: d, templatesLearned: out.templatesLearned, matchedShare: out.match.matchedShare };
      for (const [m, get] of Object.entries(metrics)) {
        best[name][m] = Math.max(best[name][m] ?? 0, get(out));
      }
    }
  }
  const ratio = Object.fromEntries(
    Object.keys(metrics).map((m) => [m, Math.round((best.current[m] / best.baseline[m]) * 1000) / 1000])
  );
  process.stdout.write(
    `${JSON.stringify({ repeat, linesPerSecond: best, ratioCurrentOverBaseline: ratio, runs: last }, null, 2)}\n`
  );
}

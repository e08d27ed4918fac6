#!/usr/bin/env node
/**
 * Parser throughput on the BGL log, single-threaded, on the compiled backend (backend/dist).
 * Learns templates on the first half (normalise + add), then times normalise + mask + match over all lines.
 * Usage: node bench/parse/bench.js [--data <BGL log>] [--rounds 3]
 * Prints one JSON document.
 */
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', '..', 'backend', 'dist');
const { createNormalizer } = require(join(dist, 'normalize'));
const { DrainMiner, DEFAULT_DRAIN_OPTIONS } = require(join(dist, 'drain'));

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const data = arg('--data', join(__dirname, '..', '..', '..', 'shared', 'datasets', 'bgl', 'BGL_2005-06_to_08.log'));
const rounds = Number(arg('--rounds', '3'));
const lines = readFileSync(data, 'utf8').split('\n');
if (lines[lines.length - 1] === '') {
  lines.pop();
}
const half = Math.floor(lines.length / 2);

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

const normalizer = createNormalizer({ sample: lines.slice(0, 500) });

// 1. Learning: normalise + add on the first half.
let miner = new DrainMiner();
let t = process.hrtime.bigint();
for (let i = 0; i < half; i++) {
  miner.add(normalizer.normalize(lines[i]).tokens);
}
const learnSeconds = seconds(t);
miner.compact();

// 2. add() alone on pre-normalised tokens (fresh miner).
const tokens = lines.slice(0, half).map((l) => normalizer.normalize(l).tokens);
const addOnly = new DrainMiner();
t = process.hrtime.bigint();
for (const tk of tokens) {
  addOnly.add(tk);
}
const addSeconds = seconds(t);

// 3. Inference: normalise + mask + match on all lines, best of `rounds`.
let best = Infinity;
let matched = 0;
for (let r = 0; r < rounds; r++) {
  matched = 0;
  t = process.hrtime.bigint();
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
  t = process.hrtime.bigint();
  for (const line of lines) {
    normalizer.normalize(line);
  }
  normalizeSeconds = Math.min(normalizeSeconds, seconds(t));
}

// Snapshot round trip size and time.
t = process.hrtime.bigint();
const json = JSON.stringify(miner.snapshot());
miner = DrainMiner.restore(JSON.parse(json));
const snapshotSeconds = seconds(t);

process.stdout.write(
  `${JSON.stringify(
    {
      data,
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

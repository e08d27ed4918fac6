#!/usr/bin/env node
/**
 * Normalise throughput with format `auto` (or `--format`) over every line of the 16 Loghub-2k systems (label columns removed),
 * for one or more compiled backends in the same process, rounds interleaved so the machine's load hits each alike.
 * Usage: node bench/invariance/speed.js [--data ../shared/datasets/loghub-2k] [--rounds 7] [--format auto] DIST [DIST…]
 * (DIST: a backend/dist directory, e.g. a copy built from main; default backend/dist). Prints lines/s per DIST
 * (best round) and the ratio to the first.
 */
'use strict';
const { readFileSync, readdirSync } = require('node:fs');
const { join, resolve } = require('node:path');

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  if (i < 0) {
    return fallback;
  }
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
};
const root = join(__dirname, '..', '..');
const DATA = resolve(opt('--data', join(root, '..', 'shared', 'datasets', 'loghub-2k')));
const ROUNDS = Number(opt('--rounds', '7'));
const FORMAT = opt('--format', 'auto');
const dists = (argv.length ? argv : [join(root, 'backend', 'dist')]).map((d) => resolve(d));

const variants = dists.map((dist) => ({
  dist,
  normalizer: require(join(dist, 'normalize')).createNormalizer({ format: FORMAT }),
  parseLoghubLabelled: require(join(dist, 'train', 'data')).parseLoghubLabelled,
  best: Infinity,
}));
const lines = [];
for (const system of readdirSync(DATA).sort()) {
  const text = readFileSync(join(DATA, system, `${system}_2k.log`), 'utf8');
  lines.push(
    ...(system === 'BGL' || system === 'Thunderbird'
      ? variants[0].parseLoghubLabelled(text, system).lines.map((l) => l.line)
      : text.split('\n').filter((l) => l.trim() !== ''))
  );
}
for (let r = 0; r < ROUNDS; r++) {
  for (const v of variants) {
    const t = process.hrtime.bigint();
    for (const l of lines) {
      v.normalizer.normalize(l);
    }
    v.best = Math.min(v.best, Number(process.hrtime.bigint() - t) / 1e9);
  }
}
const base = lines.length / variants[0].best;
for (const v of variants) {
  const rate = lines.length / v.best;
  console.log(`${v.dist}: ${Math.round(rate)} lines/s (ratio ${(rate / base).toFixed(2)})`);
}

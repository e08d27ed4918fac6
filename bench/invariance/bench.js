#!/usr/bin/env node
/**
 * Invariance of verdict and template under the wrappers a line picks up on its way to Loki (syslog, CRI, Docker
 * json-file, JSON, a shipper's prefix, a trailing counter or request id), on every Loghub-2k system, scored by the
 * detector of /api/v1/score (format `auto`) with a bundle (default `models/default`). Also prints the share of
 * bare lines flagged per system and normalise-only throughput with format `auto` over all the lines.
 * Usage: node bench/invariance/bench.js [--data ../shared/datasets/loghub-2k] [--bundle models/default]
 *        [--dist backend/dist] [--json]
 */
'use strict';
const { readFileSync, readdirSync } = require('node:fs');
const { join, resolve } = require('node:path');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const root = join(__dirname, '..', '..');
const DATA = resolve(arg('--data', join(root, '..', 'shared', 'datasets', 'loghub-2k')));
const BUNDLE = resolve(arg('--bundle', join(root, 'models', 'default')));
const DIST = resolve(arg('--dist', join(root, 'backend', 'dist')));
const { loadDetector } = require(join(DIST, 'engine', 'detector'));
const { createNormalizer } = require(join(DIST, 'normalize'));
const { parseLoghubLabelled } = require(join(DIST, 'train', 'data'));

// Deterministic per-line values: a line's wrappers differ from another line's (as a counter or id would).
function uuid(i) {
  const h = (n) => ((Math.imul(i + 1, 2654435761) ^ n) >>> 0).toString(16).padStart(8, '0');
  return `${h(1)}-${h(2).slice(0, 4)}-4${h(3).slice(0, 3)}-a${h(4).slice(0, 3)}-${h(5)}${h(6).slice(0, 4)}`;
}
const ISO = (i) => `2026-12-04T02:${String(i % 60).padStart(2, '0')}:04.123456789Z`;

/** Wrappers of one raw line; `bare` is the line's own parse (level for the JSON wrappers). */
const WRAPPERS = {
  'syslog-3164': (l, i) => `<14>Dec  4 02:46:${String(i % 60).padStart(2, '0')} host-${i % 7} app[${100 + i}]: ${l}`,
  'syslog-3164-nopri': (l, i) => `Dec  4 02:46:${String(i % 60).padStart(2, '0')} host-${i % 7} app: ${l}`,
  'syslog-5424': (l, i) => `<14>1 ${ISO(i)} host-${i % 7} app ${100 + i} - - ${l}`,
  cri: (l, i) => `${ISO(i)} stdout F ${l}`,
  docker: (l, i) => JSON.stringify({ log: `${l}\n`, stream: 'stdout', time: ISO(i) }),
  json: (l, i, bare) => JSON.stringify(bare.level ? { level: bare.level, msg: l } : { msg: l, ts: ISO(i) }),
  'json-fields': (l, i, bare) =>
    JSON.stringify({
      time: ISO(i),
      ...(bare.level ? { level: bare.level } : {}),
      ...(bare.component ? { logger: bare.component } : {}),
      msg: bare.message,
    }),
  // A relay stamping one level / an error priority on everything it forwards.
  'json-info': (l) => JSON.stringify({ level: 'info', msg: l }),
  'syslog-err': (l, i) => `<11>Dec  4 02:46:${String(i % 60).padStart(2, '0')} relay fwd: ${l}`,
  prefix: (l, i) => `${ISO(i).slice(0, 19)}Z host-${i % 7} ${l}`,
  counter: (l, i) => `${l} #${i + 1}`,
  'request-id': (l, i) => `${l} request_id=${uuid(i)}`,
  'req-uuid': (l, i) => `${l} req-${uuid(i)}`,
};

async function main() {
  const detector = await loadDetector(BUNDLE, { intraOpThreads: 1 });
  const normalizer = createNormalizer({ format: 'auto' });
  const systems = readdirSync(DATA).sort();
  const perSystem = {};
  const total = Object.fromEntries(Object.keys(WRAPPERS).map((w) => [w, { verdict: 0, template: 0 }]));
  let lines = 0;
  const all = [];
  for (const system of systems) {
    const text = readFileSync(join(DATA, system, `${system}_2k.log`), 'utf8');
    // BGL and Thunderbird carry Loghub's label column: removed, as data.ts does for training and eval.
    const raw =
      system === 'BGL' || system === 'Thunderbird'
        ? parseLoghubLabelled(text, system).lines.map((l) => l.line)
        : text.split('\n').filter((l) => l.trim() !== '');
    all.push(...raw);
    const bareResults = await detector.score(raw.map((line) => ({ line })));
    const row = { lines: raw.length, flagged: bareResults.filter((r) => r.verdict === 'anomaly').length / raw.length };
    for (const [name, wrap] of Object.entries(WRAPPERS)) {
      const wrapped = raw.map((l, i) => ({ line: wrap(l, i, normalizer.normalize(l)) }));
      const results = await detector.score(wrapped);
      let verdict = 0;
      let template = 0;
      results.forEach((r, i) => {
        verdict += r.verdict !== bareResults[i].verdict ? 1 : 0;
        template += r.template.id !== bareResults[i].template.id ? 1 : 0;
      });
      row[name] = { verdict: verdict / raw.length, template: template / raw.length };
      total[name].verdict += verdict;
      total[name].template += template;
    }
    lines += raw.length;
    perSystem[system] = row;
  }
  for (const w of Object.keys(total)) {
    total[w].verdict /= lines;
    total[w].template /= lines;
  }
  // Normalise-only throughput, format auto, over every line (best of 3).
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t = process.hrtime.bigint();
    for (const l of all) {
      normalizer.normalize(l);
    }
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
  }
  await detector.close();
  const out = { bundle: BUNDLE, lines, total, perSystem, normalizeAutoLinesPerSecond: Math.round(all.length / best) };
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  const pct = (x) => (100 * x).toFixed(2).padStart(6);
  const names = Object.keys(WRAPPERS);
  console.log(`share of lines whose verdict / template changes under each wrapper (${lines} lines, ${BUNDLE})`);
  console.log(['system'.padEnd(12), 'flagged', ...names.map((n) => n.padStart(17))].join(' '));
  for (const [s, r] of Object.entries(perSystem)) {
    console.log(
      [
        s.padEnd(12),
        pct(r.flagged),
        ...names.map((n) => `${pct(r[n].verdict)}/${pct(r[n].template)}`.padStart(17)),
      ].join(' ')
    );
  }
  console.log(
    [
      'all'.padEnd(12),
      '      ',
      ...names.map((n) => `${pct(total[n].verdict)}/${pct(total[n].template)}`.padStart(17)),
    ].join(' ')
  );
  console.log(`normalise (format auto) over all lines: ${out.normalizeAutoLinesPerSecond} lines/s (best of 3)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

#!/usr/bin/env node
/**
 * Issue 19 (a): every unlabelled Loghub-2k system as one stream. Raw lines (Thunderbird's label column removed,
 * as everywhere in the product), format auto, the detector's own score path; the baseline learns from the first
 * part of the file (in order, timestamps from the headers, no labels) and the later part is scored against it.
 *
 *   node bench/baseline/loghub.js                    report: baseline = first half, scored = second half
 *   node bench/baseline/loghub.js --fit              fit: baseline = first quarter, scored = second quarter,
 *                                                    sweeping the rules (what DEFAULT_RULES were chosen on)
 *   options: --bundle <dir> (models/default) --list (print every flagged line) --data <dir> --json
 */
const { readFileSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const B = require('../../backend/dist/baseline');
const { createInProcessEngine } = require('../../backend/dist/engine/in-process');
const { parseLoghubLabelled } = require('../../backend/dist/train/data');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const fit = args.includes('--fit');
const list = args.includes('--list');
const bundle = opt('--bundle', 'models/default');
const dataDir = opt('--data', '../shared/datasets/loghub-2k');
const LABELLED = new Set(['BGL']); // BGL_2k carries anomaly labels: not an unlabelled system
const TARGETS = new Set(['Linux', 'Mac', 'OpenSSH', 'Thunderbird']);

function readSystem(sys) {
  const path = join(dataDir, sys, `${sys}_2k.log`);
  const text = readFileSync(path, 'utf8');
  if (sys === 'Thunderbird') {
    return parseLoghubLabelled(text, path).lines.map((l) => l.line);
  }
  return text.split('\n').filter((l) => l.trim() !== '');
}

/** Flagged lines of `scored` against a baseline learnt from `base` (results are the model's, copied). */
function run(engineResults, lines, times, baseRange, scoreRange, rules, combine) {
  const store = B.BaselineStore.open(':memory:', { flushMs: 0 });
  const scorer = new B.BaselineScorer(store, { rules, combine });
  const labels = { service_name: 'system' };
  const input = (i) => ({ line: lines[i], timestamp: times[i], labels });
  const base = [];
  for (let i = baseRange[0]; i < baseRange[1]; i++) {
    base.push(i);
  }
  scorer.observe(
    base.map(input),
    base.map((i) => engineResults[i])
  );
  const idx = [];
  for (let i = scoreRange[0]; i < scoreRange[1]; i++) {
    idx.push(i);
  }
  const results = idx.map((i) => structuredClone(engineResults[i]));
  scorer.annotate(idx.map(input), results);
  store.close();
  return { idx, results };
}

async function main() {
  const engine = await createInProcessEngine(bundle, { device: 'cpu' });
  const systems = readdirSync(dataDir)
    .filter((s) => !LABELLED.has(s))
    .sort();
  // The fit grid: the rules DEFAULT_RULES were chosen from (on the quarters, never on the halves reported).
  const grid =
    fit && !list
      ? [1, 2, 3].flatMap((routineMinSeen) =>
          [0, 0.1, 0.25].flatMap((routineMinSpan) =>
            [0.6, 0.75, 0.9].flatMap((resolveSimilarity) =>
              [0, 0.5].map((raiseLogit) => ({ routineMinSeen, routineMinSpan, resolveSimilarity, raiseLogit }))
            )
          )
        )
      : [{}];
  const perSystem = {};
  const table = [];
  for (const sys of systems) {
    const lines = readSystem(sys);
    const times = B.timestampsFromHeaders(lines, 2005, Date.UTC(2005, 0, 1));
    const results = [];
    for (let i = 0; i < lines.length; i += 500) {
      results.push(...(await engine.score(lines.slice(i, i + 500).map((line) => ({ line })))));
    }
    perSystem[sys] = { lines, times, results };
  }
  const n = (sys) => perSystem[sys].lines.length;
  const ranges = (sys) =>
    fit
      ? [
          [0, Math.floor(n(sys) / 4)],
          [Math.floor(n(sys) / 4), Math.floor(n(sys) / 2)],
        ]
      : [
          [0, Math.floor(n(sys) / 2)],
          [Math.floor(n(sys) / 2), n(sys)],
        ];
  for (const g of grid) {
    const rules = {
      routineMinSeen: g.routineMinSeen,
      routineMinSpan: g.routineMinSpan,
      resolveSimilarity: g.resolveSimilarity,
    };
    const combine = { raiseLogit: g.raiseLogit };
    const clean = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
    const row = { rules: { ...clean(rules), ...clean(combine) }, systems: {} };
    for (const sys of systems) {
      const { lines, times, results } = perSystem[sys];
      const [b, s] = ranges(sys);
      const without = results.slice(s[0], s[1]).filter((r) => r.verdict === 'anomaly').length;
      const withB = run(results, lines, times, b, s, clean(rules), clean(combine));
      const flagged = withB.results.filter((r) => r.verdict === 'anomaly');
      const states = {};
      for (const r of withB.results) {
        states[r.baseline?.state ?? 'none'] = (states[r.baseline?.state ?? 'none'] ?? 0) + 1;
      }
      row.systems[sys] = {
        scored: s[1] - s[0],
        without: without / (s[1] - s[0]),
        with: flagged.length / (s[1] - s[0]),
        states,
        flagged: flagged.map((r) => ({
          line: lines[withB.idx[withB.results.indexOf(r)]],
          state: r.baseline?.state,
          score: r.score,
        })),
      };
    }
    table.push(row);
  }
  await engine.close();
  if (args.includes('--json')) {
    // One document: per system, the flagged share of the scored part without and with the baseline.
    const strip = (row) => ({
      rules: row.rules,
      systems: Object.fromEntries(
        Object.entries(row.systems).map(([s, v]) => [
          s,
          { scored: v.scored, without: v.without, with: v.with, states: v.states },
        ])
      ),
    });
    process.stdout.write(`${JSON.stringify(fit ? table.map(strip) : strip(table[0]))}\n`);
    return;
  }
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  for (const row of table) {
    const t = Object.entries(row.systems);
    const targetMax = Math.max(...t.filter(([s]) => TARGETS.has(s)).map(([, v]) => v.with));
    const mean = t.reduce((a, [, v]) => a + v.with, 0) / t.length;
    console.log(
      `${JSON.stringify(row.rules)}  targets max ${pct(targetMax)}  mean ${pct(mean)}  ` +
        t.map(([s, v]) => `${s} ${pct(v.without)}→${pct(v.with)}`).join('  ')
    );
    if (!fit || list) {
      for (const [s, v] of t) {
        console.log(`  ${s}: states ${JSON.stringify(v.states)}`);
        if (list || TARGETS.has(s)) {
          for (const f of v.flagged) {
            console.log(`    [${f.state ?? '-'} ${f.score.toFixed(2)}] ${f.line.slice(0, 160)}`);
          }
        }
      }
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

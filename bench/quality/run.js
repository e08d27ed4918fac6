#!/usr/bin/env node
/**
 * `npm run quality [-- --check] [-- --write] [--data ../shared/datasets] [--json]`: every figure the README
 * reports, measured on ../shared through the real path (lines as their systems wrote them, header format `auto`,
 * the detector code `POST /api/v1/score` runs), in about a minute on 2 cores:
 *   - parse-eval: grouping accuracy per Loghub-2k system,
 *   - BGL chronological P/R/F1 of the shipped recipe's evaluation twin (fit [0, 60 %), calibrate [60, 80 %),
 *     test [80, 100 %] of BGL_2005-06_to_08.log), with the ideal parse (format bgl) beside it,
 *   - HDFS session F1 of the twin's sequence model on the blocks that start after all it saw,
 *   - per Loghub-2k system: the shipped bundle's flagged share and the real path's agreement with an ideal parse.
 * --write stores bench/quality/report.json and the README's table between the quality markers; --check fails when
 * a figure is below its floor (floors.json) or more than 0.005 worse than the committed report.
 */
'use strict';
const { execFileSync } = require('node:child_process');
const { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const { join, resolve } = require('node:path');
const { check, renderMarkdown, spliceBetween } = require('./metrics');

const ROOT = resolve(__dirname, '../..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const DATA = resolve(flag('--data', resolve(ROOT, '../shared/datasets')));
const REPORT = join(__dirname, 'report.json');
const FLOORS = join(__dirname, 'floors.json');
const README = join(ROOT, 'README.md');
const BEGIN = '<!-- quality:begin (npm run quality -- --write) -->';
const END = '<!-- quality:end -->';
const log = (msg) => process.stderr.write(`${msg}\n`);

function cli(...argv) {
  const out = execFileSync(process.execPath, [join(ROOT, 'backend/dist/cli/main.js'), ...argv], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out);
}

/** Runs one of the repository's benches and returns the JSON document it prints. */
function node(script, ...argv) {
  const out = execFileSync(process.execPath, [join(ROOT, script), ...argv], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out);
}

/** Loghub-2k raw lines as each system wrote them (BGL's and Thunderbird's label column removed). */
function systemLines(dist, system) {
  const file = join(DATA, 'loghub-2k', system, `${system}_2k.log`);
  if (system === 'BGL' || system === 'Thunderbird') {
    return dist.data.readDataFile(file, 'loghub-labelled').lines.map((l) => l.line);
  }
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
}

async function perSystem(dist) {
  const systems = {};
  const real = await dist.detector.loadDetector(join(ROOT, 'models/default'), { device: 'cpu' });
  try {
    for (const system of readdirSync(join(DATA, 'loghub-2k')).sort()) {
      const lines = systemLines(dist, system);
      const input = lines.map((line) => ({ line }));
      const verdicts = (await real.score(input)).map((r) => r.verdict);
      const ideal = await dist.detector.loadDetector(join(ROOT, 'models/default'), {
        device: 'cpu',
        normalizerFormat: system.toLowerCase(),
      });
      let same = 0;
      try {
        (await ideal.score(input)).forEach((r, i) => (same += r.verdict === verdicts[i] ? 1 : 0));
      } finally {
        await ideal.close();
      }
      const flagged = verdicts.filter((v) => v === 'anomaly').length;
      systems[system] = {
        lines: lines.length,
        // BGL_2k is labelled and part of the training data: its flagged share says nothing about false alarms.
        ...(system === 'BGL' ? {} : { flaggedShare: flagged / lines.length, flagged }),
        agreement: same / lines.length,
      };
    }
  } finally {
    await real.close();
  }
  return systems;
}

async function measure() {
  if (!existsSync(join(DATA, 'loghub-2k')) || !existsSync(join(DATA, 'bgl'))) {
    throw new Error(`no datasets at ${DATA} (pass --data <dir>; see ../shared/datasets/DATASETS.md)`);
  }
  execFileSync(process.execPath, [join(ROOT, 'scripts/cli.mjs'), '--build-only'], { stdio: 'inherit' });
  const dist = {
    data: require(join(ROOT, 'backend/dist/train/data')),
    detector: require(join(ROOT, 'backend/dist/engine/detector')),
  };
  const started = performance.now();
  const report = {
    measuredAt: new Date().toISOString(),
    machine: `${os.cpus().length} cores, Node ${process.versions.node}`,
  };

  log('parse-eval (Loghub-2k, format auto)');
  const parse = cli('parse-eval', '--data', join(DATA, 'loghub-2k'), '--json');
  report.parse = {
    datasets: parse.datasets.map((d) => ({ name: d.name, ga: d.ga, pa: d.pa, publishedDrainGa: d.publishedDrainGa })),
    average: parse.average,
  };

  const tmp = mkdtempSync(join(os.tmpdir(), 'al-quality-'));
  try {
    log('evaluation twin (the shipped recipe, last 20 % of every file withheld)');
    const twin = join(tmp, 'default-eval');
    execFileSync('bash', [join(ROOT, 'scripts/default-bundle.sh'), 'twin', twin], {
      cwd: ROOT,
      env: { ...process.env, DATA },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    log('BGL chronological test period');
    const bgl = cli(
      'eval',
      '--bundle',
      twin,
      '--data',
      join(DATA, 'bgl/BGL_2005-06_to_08.log'),
      '--slice',
      '0.8:1',
      '--ideal-parse',
      'bgl',
      '--json'
    );
    report.bgl = {
      split: 'BGL_2005-06_to_08.log: fit [0, 60 %), calibrate [60, 80 %), test [80, 100 %]',
      lines: bgl.lines,
      anomalies: bgl.anomalies,
      precision: bgl.precision,
      recall: bgl.recall,
      f1: bgl.f1,
      unseenTemplates: bgl.unseenTemplates,
      idealParse: bgl.idealParse,
    };
    log('HDFS sessions after everything the twin saw');
    const hdfs = cli(
      'eval-sessions',
      '--bundle',
      twin,
      '--data',
      join(DATA, 'hdfs/HDFS_v1_sample_train.log'),
      '--blocks',
      join(DATA, 'hdfs/HDFS_v1_sample_train.line_block_ids.txt'),
      '--labels',
      join(DATA, 'hdfs/HDFS_v1_sample_train.block_labels.csv'),
      '--json'
    );
    const t = hdfs.test;
    const m = hdfs.metrics;
    report.hdfs = {
      split: `HDFS_v1_sample_train: the ${t.sessions} blocks (${t.anomalies} anomalous) that ${hdfs.description.replace(/^sessions that /, '')}`,
      sessions: t.sessions,
      anomalous: t.anomalies,
      precision: m.precision,
      recall: m.recall,
      f1: m.f1,
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  log('Loghub-2k systems: flagged share and agreement with an ideal parse (models/default)');
  report.systems = await perSystem(dist);

  log('invariance under wrappers (bench/invariance)');
  const inv = node('bench/invariance/bench.js', '--data', join(DATA, 'loghub-2k'), '--json');
  const wrappers = Object.keys(inv.total);
  report.invariance = {
    lines: inv.lines,
    wrappers,
    // Every (line, wrapper) pair counts once: the share of verdicts a wrapper changed.
    changedShare: wrappers.reduce((s, w) => s + inv.total[w].verdict, 0) / wrappers.length,
    worstWrapper: wrappers.reduce((a, b) => (inv.total[b].verdict > inv.total[a].verdict ? b : a)),
    templateChangedShare: wrappers.reduce((s, w) => s + inv.total[w].template, 0) / wrappers.length,
  };

  log('stream baselines: first half of each unlabelled Loghub-2k system as baseline, second half scored');
  const bl = node('bench/baseline/loghub.js', '--data', join(DATA, 'loghub-2k'), '--json');
  for (const [system, v] of Object.entries(bl.systems)) {
    if (report.systems[system]) {
      report.systems[system].secondHalf = { without: v.without, withBaseline: v.with };
    }
  }
  report.seconds = Math.round((performance.now() - started) / 100) / 10;
  return report;
}

async function main() {
  const report = await measure();
  const committed = existsSync(REPORT) ? JSON.parse(readFileSync(REPORT, 'utf8')) : null;
  const floors = existsSync(FLOORS) ? JSON.parse(readFileSync(FLOORS, 'utf8')) : {};
  const markdown = renderMarkdown(report);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(`${markdown}\n\n(${report.seconds} s)\n`);
  }
  if (args.includes('--write')) {
    writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(README, spliceBetween(readFileSync(README, 'utf8'), BEGIN, END, markdown));
    log(`wrote ${REPORT} and the README's quality table`);
  }
  if (args.includes('--check')) {
    const problems = check(report, committed, floors);
    if (problems.length > 0) {
      log(`quality check failed:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    log('quality check passed: no figure below its floor or more than 0.005 worse than the committed report');
  }
}

main().catch((err) => {
  log(`quality: ${err.stack ?? err}`);
  process.exit(1);
});

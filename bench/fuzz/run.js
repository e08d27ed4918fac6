#!/usr/bin/env node
/**
 * Reruns every hardening scenario of issue 14, one after another, each a child process with a hard time limit:
 *   fuzz      bench/fuzz/fuzz.js      30,000 mutated requests on every route: 0 × 5xx, /healthz ≤ 100 ms, RSS bounded
 *   overload  bench/fuzz/overload.js  64 clients, 5,000-line requests: goodput ≥ 0.8 × capacity, accepted p99 ≤ 2 s
 *   late      bench/watch/late.js     late lines scored exactly once within the window, later ones counted
 * Loopback only; every scenario starts and stops its own servers. Needs `npm run build -w backend`.
 * Usage: node bench/fuzz/run.js [--only fuzz,overload,late] [--out <dir>] [any option, passed to every scenario]
 * Writes <out>/<scenario>.json (default a temporary directory), prints a summary, exit code 0 when all pass.
 */
'use strict';
const { spawn } = require('node:child_process');
const { mkdirSync, mkdtempSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const SCENARIOS = {
  fuzz: { script: join(__dirname, 'fuzz.js'), limitS: 1200 },
  overload: { script: join(__dirname, 'overload.js'), limitS: 300 },
  late: { script: join(root, 'bench', 'watch', 'late.js'), limitS: 300 },
};

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const only = arg('--only', Object.keys(SCENARIOS).join(',')).split(',');
const out = arg('--out', null) ?? mkdtempSync(join(tmpdir(), 'anomalylens-hardening-'));
mkdirSync(out, { recursive: true });
const passThrough = process.argv.slice(2).filter((a, i, all) => {
  const isOwn = (x) => x === '--only' || x === '--out';
  return !isOwn(a) && !isOwn(all[i - 1]);
});

function runScenario(name) {
  const { script, limitS } = SCENARIOS[name];
  return new Promise((resolveRun) => {
    const started = Date.now();
    const child = spawn(process.execPath, [script, ...passThrough], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), limitS * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      let report = null;
      try {
        report = JSON.parse(stdout);
      } catch {
        report = { unparsed: stdout.slice(-2000) };
      }
      writeFileSync(join(out, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
      resolveRun({ name, code, signal, seconds: Math.round((Date.now() - started) / 1000), report });
    });
  });
}

function summary({ name, report }) {
  if (name === 'fuzz' && report.requests) {
    return {
      pass: report.pass,
      sent: report.requests.sent,
      count5xx: report.failures.count5xx,
      timeouts: report.failures.timeoutsOrConnectionErrors,
      failures: report.failures.bySignature.slice(0, 8).map((f) => `${f.count} × ${f.signature}`),
      healthz: { maxMs: report.healthz.maxMs, p99Ms: report.healthz.p99Ms, overLimit: report.healthz.overLimit },
      rss: report.rss,
      loadAverage: report.loadAverage,
    };
  }
  if (name === 'overload' && report.capacity) {
    return {
      pass: report.pass,
      capacity: report.capacity.goodputLinesPerSecond,
      overloadGoodput: report.overload.goodputLinesPerSecond,
      ratio: report.goodputRatio,
      acceptedP99Ms: report.overload.acceptedP99Ms,
    };
  }
  if (name === 'late' && report.checks) {
    return { pass: report.checks, firstRun: report.firstRun, secondRun: report.secondRun };
  }
  return report;
}

async function main() {
  const results = [];
  for (const name of only) {
    if (!SCENARIOS[name]) {
      throw new Error(`unknown scenario ${name} (known: ${Object.keys(SCENARIOS).join(', ')})`);
    }
    const result = await runScenario(name);
    results.push(result);
    process.stderr.write(`${name}: exit ${result.code ?? result.signal} in ${result.seconds} s\n`);
  }
  const table = Object.fromEntries(
    results.map((r) => [r.name, { exit: r.code ?? r.signal, seconds: r.seconds, ...summary(r) }])
  );
  process.stdout.write(`${JSON.stringify({ reports: out, scenarios: table }, null, 2)}\n`);
  process.exitCode = results.every((r) => r.code === 0) ? 0 : 1;
}

main().catch((err) => {
  process.stderr.write(`${err.stack}\n`);
  process.exit(2);
});

#!/usr/bin/env node
/**
 * Watcher throughput: lines/s from a cold start to every line of a backlog committed, through the watcher's real
 * path (startWatcher: query_range pages, scoring with the shipped bundle, verdict push, checkpoints, counters)
 * against the fake Loki of backend/src/loki/testing in a child process (bench/watch/loki.js), with the config
 * schema's defaults (the shipped defaults) apart from the Loki URL and the checkpoint directory.
 * Variants run back to back in one process, each with a fresh Loki and checkpoint directory:
 *   --dist label=<backend/dist>[,label=<dir>…]  compiled backends to compare (e.g. one built from an older commit);
 *   engines: "in-process" (the detector on the watcher's thread, what `watch` used before) and "pool" (the worker
 *   pool `watch` uses now, when the dist has watch/engine.js).
 * The Loki server, the watcher and the workers share the machine's cores: figures are for the whole system.
 * Usage: node bench/watch/bench.js [--lines 100000] [--workers 2] [--model models/default] [--dist …] [--repeat 1]
 *        [--page-sizes 1000,5000] (compare pageSize overrides instead of the default)
 * Prints one JSON document.
 */
'use strict';
const { spawn } = require('node:child_process');
const { mkdtempSync, existsSync, readFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const root = join(__dirname, '..', '..');
function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const lines = Number(arg('--lines', '100000'));
const workers = Number(arg('--workers', '2'));
const repeat = Number(arg('--repeat', '1'));
const modelDir = resolve(arg('--model', join(root, 'models', 'default')));
const dists = arg('--dist', `current=${join(root, 'backend', 'dist')}`)
  .split(',')
  .map((spec) => {
    const [label, dir] = spec.split('=');
    return { label, dir: resolve(dir) };
  });
/** Optional: only these engines (in-process, pool). */
const engines = arg('--engines', '') ? arg('--engines', '').split(',') : null;
/** Optional pageSize overrides to compare (otherwise the schema's default). */
const pageSizes = (arg('--page-sizes', '') || '').split(',').filter(Boolean).map(Number);
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const warnings = [];
const logger = {
  ...silent,
  warn: (obj, msg) => warnings.push({ msg, ...obj }),
  error: (obj, msg) => warnings.push({ msg, ...obj }),
};

function startLoki(dist) {
  const child = spawn(process.execPath, [join(__dirname, 'loki.js'), '--dist', dist, '--lines', String(lines)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        resolvePromise({ child, ...JSON.parse(line) });
      }
    });
    child.on('exit', (code) => reject(new Error(`bench Loki exited (${code})`)));
  });
}

/** utime + stime of a child from /proc (clock ticks of 10 ms on Linux). */
function childCpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function peakRssMb() {
  const status = readFileSync('/proc/self/status', 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024);
}

async function run(dist, engineKind, pageSize) {
  // The same Loki server for every variant: the current one.
  const loki = await startLoki(join(root, 'backend', 'dist'));
  const { parseWatchConfig, startWatcher } = require(join(dist.dir, 'watch'));
  const { Registry } = require('prom-client');
  let engine;
  if (engineKind === 'pool') {
    engine = await require(join(dist.dir, 'watch', 'engine')).createWatchEngine(modelDir, { workers, logger: silent });
  } else {
    engine = await require(join(dist.dir, 'engine', 'in-process')).createInProcessEngine(modelDir);
  }
  const config = parseWatchConfig({
    loki: { url: loki.url },
    checkpointDir: mkdtempSync(join(tmpdir(), 'bench-watch-')),
    selectors: [{ name: 'bench', query: '{job="bench"}' }],
    ...(pageSize ? { defaults: { pageSize } } : {}),
    push: {},
  });
  const registry = new Registry();
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const watcher = startWatcher({ config, engine, registry, logger });
  const metric = () => registry.getSingleMetric('anomalylens_lines_scored_total');
  let scored = 0;
  const deadline = Date.now() + 600_000;
  while (scored < lines && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
    const m = metric();
    scored = m ? (await m.get()).values.reduce((n, v) => n + v.value, 0) : 0;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  await watcher.stop();
  await engine.close();
  const lokiCpuS = childCpuSeconds(loki.child.pid);
  loki.child.kill('SIGTERM');
  return {
    backend: dist.label,
    engine: engineKind,
    pageSize: config.defaults.pageSize,
    batchSize: config.defaults.batchSize,
    lines: scored,
    seconds: Math.round(seconds * 100) / 100,
    linesPerSecond: Math.round(scored / seconds),
    // This process only (main thread and workers; not the Loki child): insensitive to other load on the machine.
    cpuSecondsPer100kLines: Math.round(((cpu.user + cpu.system) / 1e6 / scored) * 1e5 * 100) / 100,
    // The Loki child's whole life (loading the lines included): what a real Loki would spend is not this.
    lokiCpuSeconds: lokiCpuS === null ? null : Math.round(lokiCpuS * 100) / 100,
  };
}

async function main() {
  const results = [];
  for (let r = 0; r < repeat; r++) {
    for (const dist of dists) {
      const available = existsSync(join(dist.dir, 'watch', 'engine.js')) ? ['in-process', 'pool'] : ['in-process'];
      const kinds = available.filter((k) => !engines || engines.includes(k));
      for (const kind of kinds) {
        for (const pageSize of pageSizes.length ? pageSizes : [undefined]) {
          results.push(await run(dist, kind, pageSize));
          process.stderr.write(`${JSON.stringify(results[results.length - 1])}\n`);
        }
      }
    }
  }
  const base = results[0].linesPerSecond;
  for (const r of results) {
    r.ratio = Math.round((r.linesPerSecond / base) * 100) / 100;
  }
  process.stdout.write(
    `${JSON.stringify({ lines, workers, model: modelDir, results, peakRssMb: peakRssMb(), warnings: warnings.slice(0, 5) }, null, 2)}\n`
  );
}

main().catch((err) => {
  process.stderr.write(`${err.stack}\n`);
  process.exit(1);
});

#!/usr/bin/env node
/**
 * Late lines, end to end: the watcher (startWatcher, the `watch` command's worker-pool engine, shipped bundle,
 * shipped lateness defaults: 5 min window, 1 min audit band) against the Loki-protocol server of bench/watch/loki.js,
 * every line arriving through Loki's push API like a shipper's. Real time; polls every 500 ms, safety lag 2 s.
 *   1. `--on-time` lines with timestamps over the last two minutes; the watcher catches up;
 *   2. a shipper re-sends its buffer after an outage: `--late` new lines 60–90 s late (already polled), a copy of
 *      500 lines it had sent (Loki drops exact duplicates), `--too-late` lines 5.5 min late (in the audit band) and
 *      200 lines 20 min late (older than any poll reads);
 *   3. the watcher is stopped and started again from its checkpoints.
 * Exact: committed totals = on-time + late, each scored once (the engine's line count), the too-late ones counted
 * as dropped, nothing scored after the restart, one pushed verdict per anomaly. Bounded: each wait gives up after
 * `--step-seconds` (30) and the checks report what was reached.
 * Usage: node bench/watch/late.js [--on-time 3000] [--late 1500] [--too-late 400] [--workers 2] [--model …]
 *        [--dist <backend/dist>] (without watch/engine.js there, the in-process engine)
 * Prints one JSON document; exit code 0 when every check holds.
 */
'use strict';
const { spawn } = require('node:child_process');
const { mkdtempSync, readFileSync, readdirSync, existsSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const root = join(__dirname, '..', '..');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const onTime = Number(arg('--on-time', '3000'));
const late = Number(arg('--late', '1500'));
const tooLate = Number(arg('--too-late', '400'));
const workers = Number(arg('--workers', '2'));
const stepSeconds = Number(arg('--step-seconds', '30'));
/** A compiled backend to run the watcher from (e.g. one built from an older commit, to compare); Loki is always current. */
const dist = resolve(arg('--dist', join(root, 'backend', 'dist')));
const modelDir = resolve(arg('--model', join(root, 'models', 'default')));
const dataDir = resolve(arg('--data', join(root, '..', 'shared', 'datasets', 'loghub-2k')));
const silent = { debug() {}, info() {}, warn() {}, error() {} };

function loghubLines() {
  const out = [];
  for (const name of readdirSync(dataDir).sort()) {
    const file = join(dataDir, name, `${name}_2k.log`);
    if (existsSync(file)) {
      out.push(...readFileSync(file, 'utf8').split('\n').filter(Boolean));
    }
  }
  return out;
}

function startLoki() {
  const child = spawn(process.execPath, [join(__dirname, 'loki.js'), '--lines', '0'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        ok({ child, url: JSON.parse(line).url });
      }
    });
    child.on('exit', (code) => fail(new Error(`Loki exited (${code})`)));
  });
}

const ns = (ms, k = 0) => (BigInt(Math.floor(ms)) * 1000000n + BigInt(k)).toString();

async function main() {
  const { LokiClient } = require(join(root, 'backend', 'dist', 'loki'));
  const { parseWatchConfig, startWatcher } = require(join(dist, 'watch'));
  const { Registry } = require('prom-client');
  const loki = await startLoki();
  const client = new LokiClient({ url: loki.url });
  const source = loghubLines();
  const T = Date.now();
  let cursor = 0;
  /** `count` distinct lines spread evenly over [fromMs, toMs), over 4 streams, pushed in batches of 500. */
  const push = async (count, fromMs, toMs, tag) => {
    const sent = [];
    for (let i = 0; i < count; i++) {
      const line = `${source[cursor++ % source.length]} [${tag} ${i}]`;
      sent.push({ host: `node-${i % 4}`, ts: ns(fromMs + ((toMs - fromMs) * i) / count, i % 1000), line });
    }
    for (let i = 0; i < sent.length; i += 500) {
      const byHost = new Map();
      for (const e of sent.slice(i, i + 500)) {
        byHost.set(e.host, [...(byHost.get(e.host) ?? []), { ts: e.ts, line: e.line }]);
      }
      await client.push([...byHost].map(([host, entries]) => ({ labels: { job: 'late', host }, entries })));
    }
    return sent;
  };

  const pool = existsSync(join(dist, 'watch', 'engine.js'))
    ? await require(join(dist, 'watch', 'engine')).createWatchEngine(modelDir, { workers, logger: silent })
    : await require(join(dist, 'engine', 'in-process')).createInProcessEngine(modelDir);
  let engineLines = 0;
  const engine = {
    model: pool.model,
    info: () => pool.info(),
    templates: (q) => pool.templates(q),
    close: () => pool.close(),
    score: (lines, opts) => {
      engineLines += lines.length;
      return pool.score(lines, opts);
    },
  };
  const checkpointDir = mkdtempSync(join(tmpdir(), 'bench-late-'));
  const config = parseWatchConfig({
    loki: { url: loki.url },
    checkpointDir,
    defaults: { pollInterval: '500ms', safetyLag: '2s' },
    selectors: [{ name: 'late', query: '{job="late"}' }],
    push: {},
  });
  const warnings = [];
  const logger = { ...silent, warn: (obj, msg) => warnings.push({ msg, ...obj }) };
  const value = async (registry, name, labels = {}) => {
    const m = registry.getSingleMetric(name);
    if (!m) {
      return 0;
    }
    const values = (await m.get()).values.filter((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x));
    return values.reduce((n, v) => n + v.value, 0);
  };
  const timedOut = [];
  const waitFor = async (what, test) => {
    const deadline = Date.now() + stepSeconds * 1000;
    while (!(await test())) {
      if (Date.now() > deadline) {
        timedOut.push(what);
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const pushedOnTime = await push(onTime, T - 120_000, T - 3000, 'on-time');
  let registry = new Registry();
  let watcher = startWatcher({ config, engine, registry, logger });
  const t1 = Date.now();
  await waitFor('on-time lines', async () => (await value(registry, 'anomalylens_lines_scored_total')) >= onTime);
  const catchUpS = (Date.now() - t1) / 1000;

  await push(late, T - 90_000, T - 60_000, 'resent');
  const copies = pushedOnTime.slice(0, 500);
  for (let i = 0; i < copies.length; i += 250) {
    const byHost = new Map();
    for (const e of copies.slice(i, i + 250)) {
      byHost.set(e.host, [...(byHost.get(e.host) ?? []), { ts: e.ts, line: e.line }]);
    }
    await client.push([...byHost].map(([host, entries]) => ({ labels: { job: 'late', host }, entries })));
  }
  // Relative to now, not to T: the audit band sits 5–6 min behind the current position.
  const now = Date.now();
  await push(tooLate, now - 335_000, now - 325_000, 'too-late');
  await push(200, T - 1_200_000, T - 1_190_000, 'ancient');
  await waitFor('late lines', async () => (await value(registry, 'anomalylens_lines_scored_total')) >= onTime + late);
  await waitFor(
    'too-late lines counted',
    async () => (await value(registry, 'anomalylens_watch_late_lines_total', { outcome: 'dropped' })) >= tooLate
  );
  // Several more polls: nothing may be scored again.
  await new Promise((r) => setTimeout(r, 2500));
  const firstRun = {
    committed: await value(registry, 'anomalylens_lines_scored_total'),
    lateScored: await value(registry, 'anomalylens_watch_late_lines_total', { outcome: 'scored' }),
    dropped: await value(registry, 'anomalylens_watch_late_lines_total', { outcome: 'dropped' }),
    engineLines,
  };
  await watcher.stop();

  registry = new Registry();
  const beforeRestart = engineLines;
  watcher = startWatcher({ config, engine, registry, logger });
  await new Promise((r) => setTimeout(r, 3000));
  const secondRun = {
    committed: await value(registry, 'anomalylens_lines_scored_total'),
    engineLines: engineLines - beforeRestart,
  };
  const anomalies = await value(registry, 'anomalylens_lines_scored_total', { verdict: 'anomaly' });
  await watcher.stop();
  await engine.close();

  let pushedVerdicts = 0;
  for await (const page of client.queryRangeAll({
    query: '{source="anomalylens", selector="late"}',
    start: ns(T - 2_000_000),
    end: ns(Date.now() + 1000),
  })) {
    pushedVerdicts += page.length;
  }
  loki.child.kill('SIGTERM');

  const checks = {
    everyLineOnceWithinWindow: firstRun.committed === onTime + late && firstRun.engineLines === onTime + late,
    lateCountedAsScored: firstRun.lateScored === late,
    tooLateCountedNotScored: firstRun.dropped === tooLate,
    tooLateLogged: warnings.some((w) => /later than the lateness window/.test(w.msg)),
    nothingScoredAfterRestart: secondRun.engineLines === 0 && secondRun.committed === onTime + late,
    oneVerdictPerAnomaly: pushedVerdicts === anomalies,
  };
  process.stdout.write(
    `${JSON.stringify(
      {
        sent: { onTime, late, duplicateCopies: copies.length, tooLate, olderThanAnyPoll: 200 },
        catchUpSeconds: catchUpS,
        firstRun,
        secondRun,
        anomalies,
        pushedVerdicts,
        backend: dist,
        timedOut,
        droppedWarnings: warnings.filter((w) => /later than/.test(w.msg)).slice(0, 3),
        checks,
        notCounted:
          'the 200 lines 20 min late are older than the audit band: no reader that polls by timestamp sees them',
      },
      null,
      2
    )}\n`
  );
  process.exitCode = Object.values(checks).every(Boolean) ? 0 : 1;
}

main().catch((err) => {
  process.stderr.write(`${err.stack}\n`);
  process.exit(2);
});

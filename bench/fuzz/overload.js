#!/usr/bin/env node
/**
 * Overload (the one overload bench; bench/serve's README points here): `anomaly-lens serve` (compiled backend,
 * shipped bundle) on loopback. First its capacity, measured, not assumed: closed loops of `--capacity-clients`
 * (1,2,4,8) clients POST /api/v1/score with 5,000-line requests for `--capacity-seconds` (10) each, and capacity is
 * the best goodput of the sweep (2 clients alone did not saturate a 2-worker pool: a 64-client run then scored 1.29×
 * "capacity"). Then `--clients` (64) closed-loop clients do the same for `--seconds` (20), honouring 429's
 * Retry-After (capped at 5 s) like a well-behaved client. Goodput counts lines of 200 answers finished inside the
 * phase; latency is that of accepted (200) requests; /healthz is sampled every 100 ms in every phase.
 * Target (issue 14): goodput ≥ 0.8 × capacity and accepted p99 ≤ 2 s. Bounded by the phases; stops the server.
 * Usage: node bench/fuzz/overload.js [--clients 64] [--seconds 20] [--capacity-clients 1,2,4,8]
 *        [--capacity-seconds 10] [--lines 5000] [--workers 2] [--model …] [--dist backend/dist] [--env K=V,K=V]
 *        [--compare-env K=V,K=V]
 * Prints one JSON document; exit code 0 when the target is met.
 */
'use strict';
const http = require('node:http');
const os = require('node:os');
const { readFileSync, readdirSync, existsSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { startServer } = require('./server');

const root = join(__dirname, '..', '..');
function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const clients = Number(arg('--clients', '64'));
const capacityClients = arg('--capacity-clients', '1,2,4,8').split(',').map(Number);
const seconds = Number(arg('--seconds', '20'));
const capacitySeconds = Number(arg('--capacity-seconds', '10'));
/** Extra server environment, e.g. an admission variant: --env ADMISSION_TARGET_WAIT_S=0.5 */
const envArg = (name) =>
  Object.fromEntries(
    arg(name, '')
      .split(',')
      .filter(Boolean)
      .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)])
  );
const serverEnv = envArg('--env');
/**
 * A variant to compare in the same run (e.g. --compare-env ADMISSION_LATENCY_TARGET_MS=1500): after the main
 * phases, a second server with this environment added gets the same overload phase; its goodput is divided by the
 * capacity measured on the first. Reported under `compare`; the pass criteria stay the first server's.
 */
const compareEnv = arg('--compare-env', null) ? envArg('--compare-env') : null;
const linesPerRequest = Number(arg('--lines', '5000'));
const workers = Number(arg('--workers', '2'));
const modelDir = resolve(arg('--model', join(root, 'models', 'default')));
const dist = resolve(arg('--dist', join(root, 'backend', 'dist')));
const dataDir = resolve(arg('--data', join(root, '..', 'shared', 'datasets', 'loghub-2k')));

function bodies() {
  const lines = [];
  for (const name of readdirSync(dataDir).sort()) {
    const file = join(dataDir, name, `${name}_2k.log`);
    if (existsSync(file)) {
      lines.push(...readFileSync(file, 'utf8').split('\n').filter(Boolean));
    }
  }
  return Array.from({ length: 6 }, (_, b) =>
    Buffer.from(
      JSON.stringify({
        lines: Array.from({ length: linesPerRequest }, (_, i) => ({ line: lines[(b * 4999 + i * 7) % lines.length] })),
      })
    )
  );
}

function post(agent, base, token, body) {
  const url = new URL(base);
  const started = performance.now();
  return new Promise((resolveResult) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: '/api/v1/score',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Content-Length': body.length,
        },
      },
      (res) => {
        let size = 0;
        const chunks = [];
        res.on('data', (c) => {
          size += c.length;
          if (res.statusCode !== 200) {
            chunks.push(c);
          }
        });
        res.on('end', () =>
          resolveResult({
            status: res.statusCode,
            ms: performance.now() - started,
            retryAfter: Number(res.headers['retry-after'] ?? NaN),
            body: Buffer.concat(chunks).toString('utf8').slice(0, 300),
            size,
          })
        );
      }
    );
    req.setTimeout(60_000, () => req.destroy(new Error('client timeout')));
    req.on('error', (err) => resolveResult({ status: `error:${err.message}`, ms: performance.now() - started }));
    req.end(body);
  });
}

function healthSampler(base) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL(base);
  const ms = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      await new Promise((r) => {
        const req = http.get({ agent, host: url.hostname, port: url.port, path: '/healthz' }, (res) => {
          res.resume();
          res.on('end', r);
        });
        req.on('error', r);
      });
      ms.push(performance.now() - started);
      await new Promise((w) => setTimeout(w, 100));
    }
  })();
  return async () => {
    running = false;
    await done;
    agent.destroy();
    ms.sort((a, b) => a - b);
    return {
      probes: ms.length,
      p99Ms: ms.length ? Math.round(ms[Math.min(ms.length - 1, Math.floor(0.99 * ms.length))]) : null,
      maxMs: ms.length ? Math.round(ms[ms.length - 1]) : null,
    };
  };
}

async function phase(base, token, payloads, n, phaseSeconds) {
  const stopHealth = healthSampler(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: n });
  const statuses = {};
  const accepted = [];
  const retryAfters = [];
  const samples = [];
  let goodLines = 0;
  const started = performance.now();
  const end = started + phaseSeconds * 1000;
  await Promise.all(
    Array.from({ length: n }, async (_, c) => {
      for (let i = 0; performance.now() < end; i++) {
        const r = await post(agent, base, token, payloads[(c + i) % payloads.length]);
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        if (r.status === 200) {
          // Count only what finished inside the phase.
          if (performance.now() <= end) {
            goodLines += linesPerRequest;
          }
          accepted.push(r.ms);
        } else {
          if (samples.length < 3) {
            samples.push({ status: r.status, body: r.body });
          }
          if (r.status === 429 && Number.isFinite(r.retryAfter)) {
            retryAfters.push(r.retryAfter);
            await new Promise((w) => setTimeout(w, Math.min(5, r.retryAfter) * 1000));
          } else {
            await new Promise((w) => setTimeout(w, 100));
          }
        }
      }
    })
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const healthz = await stopHealth();
  accepted.sort((a, b) => a - b);
  const q = (p) =>
    accepted.length ? Math.round(accepted[Math.min(accepted.length - 1, Math.floor(p * accepted.length))]) : null;
  return {
    clients: n,
    seconds: Math.round(elapsed * 10) / 10,
    goodputLinesPerSecond: Math.round(goodLines / phaseSeconds),
    statuses,
    acceptedP50Ms: q(0.5),
    acceptedP99Ms: q(0.99),
    acceptedMaxMs: q(1),
    retryAfterSeconds: retryAfters.length ? { min: Math.min(...retryAfters), max: Math.max(...retryAfters) } : null,
    healthz,
    nonOkSamples: samples,
  };
}

async function main() {
  const server = startServer({ dist, modelDir, workers, env: { MAX_LINES_PER_REQUEST: '10000', ...serverEnv } });
  const base = await server.ready;
  const payloads = bodies();
  const load = [os.loadavg()[0]];
  // Warm-up.
  await phase(base, server.token, payloads, 1, 3).catch(() => undefined);
  const sweep = [];
  for (const n of capacityClients) {
    sweep.push(await phase(base, server.token, payloads, n, capacitySeconds));
  }
  const capacity = sweep.reduce((best, p) => (p.goodputLinesPerSecond > best.goodputLinesPerSecond ? p : best));
  load.push(os.loadavg()[0]);
  const overload = await phase(base, server.token, payloads, clients, seconds);
  load.push(os.loadavg()[0]);
  const memory = server.memory();
  await server.stop();
  let compare = null;
  if (compareEnv) {
    const other = startServer({
      dist,
      modelDir,
      workers,
      env: { MAX_LINES_PER_REQUEST: '10000', ...serverEnv, ...compareEnv },
    });
    const otherBase = await other.ready;
    await phase(otherBase, other.token, payloads, 1, 3).catch(() => undefined);
    const otherOverload = await phase(otherBase, other.token, payloads, clients, seconds);
    load.push(os.loadavg()[0]);
    await other.stop();
    compare = {
      env: compareEnv,
      overload: otherOverload,
      goodputRatio: capacity.goodputLinesPerSecond
        ? Math.round((otherOverload.goodputLinesPerSecond / capacity.goodputLinesPerSecond) * 100) / 100
        : 0,
    };
  }
  const ratio = capacity.goodputLinesPerSecond ? overload.goodputLinesPerSecond / capacity.goodputLinesPerSecond : 0;
  const pass = {
    goodputAtLeast80Percent: ratio >= 0.8,
    acceptedP99Under2s: (overload.acceptedP99Ms ?? Infinity) <= 2000,
  };
  process.stdout.write(
    `${JSON.stringify(
      {
        linesPerRequest,
        workers,
        serverEnv,
        capacitySweep: sweep.map((p) => ({
          clients: p.clients,
          goodputLinesPerSecond: p.goodputLinesPerSecond,
          acceptedP99Ms: p.acceptedP99Ms,
          statuses: p.statuses,
        })),
        capacity,
        overload,
        goodputRatio: Math.round(ratio * 100) / 100,
        pass,
        compare,
        peakRssMb: memory?.peakMb ?? null,
        serverErrorLogLines: server.state.errorLines,
        loadAverage1m: load.map((x) => Math.round(x * 10) / 10),
      },
      null,
      2
    )}\n`
  );
  process.exitCode = Object.values(pass).every(Boolean) ? 0 : 1;
}

main().catch((err) => {
  process.stderr.write(`${err.stack}\n`);
  process.exit(2);
});

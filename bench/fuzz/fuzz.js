#!/usr/bin/env node
/**
 * Fuzz and soak: `anomaly-lens serve` (compiled backend, shipped bundle, label store and retraining on) on
 * loopback gets `--requests` mutated requests spread over every route (mutate.js; seeded, reproducible) from
 * `--concurrency` clients, plus a short list of known-hostile requests, while a prober GETs /healthz every 50 ms
 * and the server's RSS is sampled. Admin routes that reload or retrain are capped (`--admin-requests` each): each
 * call loads a bundle or starts a training job. Bounded: stops after the requests or `--max-seconds`, whichever
 * comes first, and stops the server.
 *
 * Pass criteria (the `pass` object): no 5xx and no client timeout, the server never exits, /healthz never over
 * `--healthz-ms` (100), peak RSS at most `--max-rss-mb` (1024) and no growth late in the run (the highest RSS of
 * the last quarter of samples within 1.1× + 32 MB of the highest of the first half). Exit code 0 when all pass,
 * 1 otherwise. The machine's load average is reported: on a shared machine a slow /healthz can be someone else's.
 * Usage: node bench/fuzz/fuzz.js [--requests 30000] [--concurrency 8] [--seed 1] [--max-seconds 900]
 *        [--model models/default] [--workers 2] [--data ../shared/datasets/loghub-2k] [--dist backend/dist]
 * Prints one JSON document.
 */
'use strict';
const http = require('node:http');
const os = require('node:os');
const { readFileSync, readdirSync, existsSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { prng, mutateRequest } = require('./mutate');
const { startServer, ADMIN_KEY } = require('./server');

const root = join(__dirname, '..', '..');
function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const total = Number(arg('--requests', '30000'));
const concurrency = Number(arg('--concurrency', '8'));
const seed = Number(arg('--seed', '1'));
const maxSeconds = Number(arg('--max-seconds', '900'));
const adminRequests = Number(arg('--admin-requests', '20'));
const healthzLimitMs = Number(arg('--healthz-ms', '100'));
const maxRssMb = Number(arg('--max-rss-mb', '1024'));
const modelDir = resolve(arg('--model', join(root, 'models', 'default')));
/** The compiled backend to serve (e.g. another branch's, built elsewhere). */
const dist = resolve(arg('--dist', join(root, 'backend', 'dist')));
const workers = Number(arg('--workers', '2'));
const dataDir = resolve(arg('--data', join(root, '..', 'shared', 'datasets', 'loghub-2k')));
const CLIENT_TIMEOUT_MS = 20_000;

function sampleLines() {
  const lines = [];
  for (const name of readdirSync(dataDir).sort()) {
    const file = join(dataDir, name, `${name}_2k.log`);
    if (existsSync(file)) {
      lines.push(...readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, 12));
    }
  }
  return lines;
}

function seeds(lines) {
  const batch = (n, from = 0) =>
    Array.from({ length: n }, (_, i) => ({
      line: lines[(from + i) % lines.length],
      timestamp: String(1795345000000000000n + BigInt(i) * 1000000n),
      labels: { job: 'fuzz', host: `n${i % 3}` },
    }));
  const label = (i) => ({
    line: lines[i % lines.length],
    verdict: 'anomaly',
    domain: 'memory',
    idempotencyKey: `k${i}`,
  });
  const record = (i) => ({
    id: `r${i}`,
    line: lines[i % lines.length],
    verdict: 'normal',
    user: 'fuzz',
    createdAt: '2026-11-22T12:00:00Z',
    source: 'import',
  });
  return [
    { route: '/healthz', method: 'GET', path: '/healthz' },
    { route: '/readyz', method: 'GET', path: '/readyz' },
    { route: '/metrics', method: 'GET', path: '/metrics' },
    { route: '/api/v1/openapi.json', method: 'GET', path: '/api/v1/openapi.json' },
    { route: '/api/v1/model', method: 'GET', path: '/api/v1/model' },
    { route: '/api/v1/model/templates', method: 'GET', path: '/api/v1/model/templates', query: 'offset=0&limit=20' },
    {
      route: '/api/v1/score',
      method: 'POST',
      path: '/api/v1/score',
      body: { lines: batch(20), options: { combine: 'soft' } },
    },
    {
      route: '/api/v1/explain',
      method: 'POST',
      path: '/api/v1/explain',
      body: { lines: batch(12, 3), focus: 4, session: 'auto', window: { lines: 3, seconds: 30 } },
    },
    { route: '/api/v1/feedback', method: 'POST', path: '/api/v1/feedback', body: { labels: [label(1), label(2)] } },
    { route: '/api/v1/feedback', method: 'POST', path: '/api/v1/feedback', body: label(3) },
    { route: '/api/v1/labels', method: 'GET', path: '/api/v1/labels', query: 'limit=5&verdict=anomaly' },
    { route: '/api/v1/labels/export', method: 'GET', path: '/api/v1/labels/export', query: 'verdict=normal' },
    { route: '/api/v1/labels/stats', method: 'GET', path: '/api/v1/labels/stats', query: 'below=5&limit=10' },
    {
      route: '/api/v1/labels/import',
      method: 'POST',
      path: '/api/v1/labels/import',
      body: [record(1), record(2), record(3)],
      ndjson: true,
      contentType: 'application/x-ndjson',
    },
    { route: '/api/v1/retrain/:id', method: 'GET', path: '/api/v1/retrain/job-1' },
    ...['/api/v1/retrain', '/api/v1/admin/reload', '/api/v1/admin/rollback'].map((path) => ({
      route: path,
      method: 'POST',
      path,
      body: {},
      admin: true,
      adminKey: ADMIN_KEY,
    })),
  ];
}

/** Requests issue 14 found by hand; each is sent once, early, so a regression shows by name. */
function knownHostile(token) {
  const json = (path, body) => ({
    name: path,
    method: 'POST',
    path,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: Buffer.from(JSON.stringify(body)),
  });
  const aaa = Array.from({ length: 8 }, () => ({ line: `${'a'.repeat(26)}!` }));
  const lines = ['x 1', 'x 2', 'x 3'].map((line, i) => ({
    line,
    timestamp: String(1795345000000000000n + BigInt(i) * 1000000000n),
  }));
  return [
    {
      ...json('/api/v1/explain', { lines: aaa, focus: 0, session: { regex: '(a+)+$' } }),
      name: 'explain: catastrophic regex (a+)+$',
    },
    { ...json('/api/v1/explain', { lines, focus: 0, session: { regex: '(' } }), name: 'explain: invalid regex (' },
    {
      ...json('/api/v1/explain', { lines, focus: 0, session: { regex: '[z-a]' } }),
      name: 'explain: invalid regex [z-a]',
    },
    {
      ...json('/api/v1/explain', { lines, focus: 0, session: 'none', window: { seconds: 1e300 } }),
      name: 'explain: window.seconds 1e300',
    },
    {
      ...json('/api/v1/explain', { lines, focus: 0, session: { label: 'constructor' } }),
      name: 'explain: label:constructor',
    },
    {
      ...json('/api/v1/explain', { lines, focus: 0, session: { label: '__proto__' } }),
      name: 'explain: label:__proto__',
    },
    {
      name: 'case-insensitive admin path',
      method: 'POST',
      path: '/API/V1/ADMIN/RELOAD',
      headers: { Authorization: `Bearer ${token}`, 'X-Anomaly-Lens-Admin-Key': ADMIN_KEY },
      body: null,
    },
  ];
}

function send(agent, base, req) {
  const started = performance.now();
  return new Promise((resolveResult) => {
    // Host and port from the base only: a mutated path such as //api/... must stay a path.
    const url = new URL(base);
    const headers = { ...req.headers };
    if (req.body) {
      headers['Content-Length'] = String(req.body.length);
    }
    const r = http.request(
      { agent, host: url.hostname, port: url.port, method: req.method, path: req.path, headers },
      (res) => {
        const chunks = [];
        let size = 0;
        res.on('data', (c) => {
          if (size < 4096) {
            chunks.push(c);
          }
          size += c.length;
        });
        res.on('end', () =>
          resolveResult({
            status: res.statusCode,
            ms: performance.now() - started,
            body: Buffer.concat(chunks).toString('utf8').slice(0, 2000),
          })
        );
        res.on('error', (err) =>
          resolveResult({ status: 'response-error', ms: performance.now() - started, body: err.message })
        );
      }
    );
    r.setTimeout(CLIENT_TIMEOUT_MS, () => {
      r.destroy(new Error('client timeout'));
    });
    r.on('error', (err) =>
      resolveResult({
        status: err.message === 'client timeout' ? 'timeout' : `error:${err.code ?? err.message}`,
        ms: performance.now() - started,
        body: err.message,
      })
    );
    r.end(req.body ?? undefined);
  });
}

function describe(req) {
  const body = req.body ? req.body.toString('utf8') : null;
  return {
    method: req.method,
    path: req.path.slice(0, 300),
    contentType: req.headers['Content-Type'] ?? null,
    // Whole bodies up to 16 KB, so a failure can be replayed; a mutation may sit anywhere in it.
    body: body === null ? null : body.length > 16_384 ? `${body.slice(0, 16_384)}… (${body.length} bytes)` : body,
  };
}

function signature(route, result) {
  let code = '';
  let message = '';
  try {
    const parsed = JSON.parse(result.body);
    code = parsed.error?.code ?? '';
    message = String(parsed.error?.message ?? '')
      .replace(/\d+/g, 'N')
      .slice(0, 100);
  } catch {
    message = result.body.replace(/\d+/g, 'N').slice(0, 100);
  }
  return `${route} → ${result.status} ${code} ${message}`.trim();
}

async function main() {
  const server = startServer({ dist, modelDir, workers });
  const base = await server.ready;
  const token = server.token;
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const probeAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const rng = prng(seed);
  const lines = sampleLines();
  const corpus = seeds(lines);
  const regular = corpus.filter((s) => !s.admin);
  const admin = corpus.filter((s) => s.admin);
  const adminLeft = new Map(admin.map((s) => [s.route, adminRequests]));

  const startedAt = performance.now();
  const loadAtStart = os.loadavg().map((x) => Math.round(x * 10) / 10);
  const deadline = startedAt + maxSeconds * 1000;
  const byRoute = {};
  const failures = new Map();
  const inFlight = new Set();
  let sent = 0;
  let stop = false;

  // Warm-up, then the memory baseline.
  for (let i = 0; i < 20; i++) {
    await send(agent, base, mutateRequest(prng(i), regular[6], token));
  }
  const rssAfterWarmup = server.memory()?.rssMb ?? null;
  const rssSamples = [];
  const rssTimer = setInterval(() => {
    const m = server.memory();
    if (m) {
      rssSamples.push(m.rssMb);
    }
  }, 500);

  const probes = [];
  const slowProbes = [];
  const prober = (async () => {
    while (!stop) {
      const snapshot = [...inFlight].slice(0, 8);
      const result = await send(probeAgent, base, { method: 'GET', path: '/healthz', headers: {}, body: null });
      probes.push(result.ms);
      if (result.ms > healthzLimitMs || result.status !== 200) {
        slowProbes.push({
          atS: Math.round((performance.now() - startedAt) / 100) / 10,
          ms: Math.round(result.ms),
          status: result.status,
          inFlight: snapshot,
        });
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();

  const record = (route, req, result) => {
    const entry = (byRoute[route] ??= { sent: 0, statuses: {} });
    entry.sent++;
    entry.statuses[result.status] = (entry.statuses[result.status] ?? 0) + 1;
    const bad = typeof result.status !== 'number' || result.status >= 500;
    if (bad) {
      const sig = signature(route, result);
      const f = failures.get(sig) ?? { signature: sig, count: 0, samples: [] };
      f.count++;
      if (f.samples.length < 3) {
        f.samples.push({ request: describe(req), response: result.body.slice(0, 400), ms: Math.round(result.ms) });
      }
      failures.set(sig, f);
    }
  };

  // Known-hostile requests first, one at a time, each timed.
  const hostile = [];
  for (const req of knownHostile(token)) {
    inFlight.add(`known: ${req.name}`);
    const result = await send(agent, base, req);
    inFlight.delete(`known: ${req.name}`);
    hostile.push({
      name: req.name,
      status: result.status,
      ms: Math.round(result.ms),
      response: result.body.slice(0, 200),
    });
    record(`known: ${req.name}`, req, result);
  }

  const next = () => {
    if (sent >= total || performance.now() > deadline) {
      return null;
    }
    sent++;
    let s = rng.pick(regular);
    if (rng.chance(0.01)) {
      const candidates = admin.filter((a) => adminLeft.get(a.route) > 0);
      if (candidates.length > 0) {
        s = rng.pick(candidates);
        adminLeft.set(s.route, adminLeft.get(s.route) - 1);
      }
    }
    return { seed: s, req: mutateRequest(rng, s, token) };
  };
  const client = async () => {
    for (let item = next(); item; item = next()) {
      const tag = `${item.seed.route} ${item.req.method} ${item.req.path.slice(0, 60)}`;
      inFlight.add(tag);
      const result = await send(agent, base, item.req);
      inFlight.delete(tag);
      record(item.seed.route, item.req, result);
      if (server.state.exited) {
        break;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const durationS = (performance.now() - startedAt) / 1000;
  stop = true;
  await prober;
  clearInterval(rssTimer);
  const memoryEnd = server.memory();
  const exitedDuringRun = server.state.exited;
  const stopped = await server.stop();
  agent.destroy();
  probeAgent.destroy();

  const sorted = [...probes].sort((a, b) => a - b);
  const q = (p) =>
    sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] * 10) / 10 : null;
  const fiveXX = [...failures.values()].sort((a, b) => b.count - a.count);
  const count5xx = fiveXX.filter((f) => /→ 5\d\d/.test(f.signature)).reduce((n, f) => n + f.count, 0);
  const timeouts = fiveXX
    .filter((f) => / → (timeout|error:|response-error)/.test(f.signature))
    .reduce((n, f) => n + f.count, 0);
  const rssMax = rssSamples.length ? Math.max(...rssSamples) : null;
  const firstHalfMax = Math.max(...rssSamples.slice(0, Math.ceil(rssSamples.length / 2)));
  const lastQuarterMax = Math.max(...rssSamples.slice(Math.floor((rssSamples.length * 3) / 4)));
  const rssEnd = memoryEnd?.rssMb ?? rssSamples[rssSamples.length - 1] ?? null;
  const pass = {
    no5xx: count5xx === 0,
    noTimeouts: timeouts === 0,
    serverAlive: !exitedDuringRun,
    healthzUnderLimit: slowProbes.length === 0,
    rssBounded: rssMax !== null && rssMax <= maxRssMb && lastQuarterMax <= firstHalfMax * 1.1 + 32,
    allRequestsSent: sent >= total,
  };
  const report = {
    seed,
    requests: {
      planned: total,
      sent,
      knownHostile: hostile.length,
      concurrency,
      durationS: Math.round(durationS * 10) / 10,
    },
    pass,
    failures: { count5xx, timeoutsOrConnectionErrors: timeouts, bySignature: fiveXX.slice(0, 25) },
    knownHostile: hostile,
    healthz: {
      probes: probes.length,
      p50Ms: q(0.5),
      p99Ms: q(0.99),
      maxMs: q(1),
      overLimit: slowProbes.length,
      worst: slowProbes.sort((a, b) => b.ms - a.ms).slice(0, 10),
    },
    rss: {
      afterWarmupMb: rssAfterWarmup,
      maxMb: rssMax,
      firstHalfMaxMb: firstHalfMax,
      lastQuarterMaxMb: lastQuarterMax,
      endMb: rssEnd,
      peakHwmMb: memoryEnd?.peakMb ?? null,
    },
    loadAverage: {
      atStart: loadAtStart,
      atEnd: os.loadavg().map((x) => Math.round(x * 10) / 10),
      cores: os.availableParallelism(),
    },
    server: {
      errorLogLines: server.state.errorLines,
      errorSamples: server.state.errorSamples,
      exitedDuringRun,
      stop: stopped,
      log: server.logFile,
    },
    byRoute,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.exitCode = Object.values(pass).every(Boolean) ? 0 : 1;
}

main().catch((err) => {
  process.stderr.write(`${err.stack}\n`);
  process.exit(2);
});

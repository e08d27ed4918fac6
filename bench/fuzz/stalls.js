#!/usr/bin/env node
/**
 * Which routes stall the event loop: `anomaly-lens serve` (compiled backend, shipped bundle) on loopback with a
 * label store seeded through the import API (`--labels` labels, 20,000), then each operation alone, `--repeat`
 * times back to back, while /healthz is probed every 10 ms. A probe's latency over a few ms is main-thread time
 * the operation took without yielding (loopback, one client). Reports per operation the probes' p99 and max.
 * Usage: node bench/fuzz/stalls.js [--labels 20000] [--repeat 5] [--dist backend/dist] [--model models/default]
 * Prints one JSON document.
 */
'use strict';
const http = require('node:http');
const os = require('node:os');
const { join, resolve } = require('node:path');
const { startServer, ADMIN_KEY } = require('./server');

const root = join(__dirname, '..', '..');
function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const labelCount = Number(arg('--labels', '20000'));
const repeat = Number(arg('--repeat', '5'));
const dist = resolve(arg('--dist', join(root, 'backend', 'dist')));
const modelDir = resolve(arg('--model', join(root, 'models', 'default')));

function request(base, { method = 'GET', path, headers = {}, body = null }) {
  const url = new URL(base);
  const started = performance.now();
  return new Promise((done) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: body ? { ...headers, 'Content-Length': body.length } : headers,
      },
      (res) => {
        let size = 0;
        res.on('data', (c) => (size += c.length));
        res.on('end', () => done({ status: res.statusCode, ms: performance.now() - started, size }));
      }
    );
    req.on('error', (err) => done({ status: `error:${err.code}`, ms: performance.now() - started, size: 0 }));
    req.end(body ?? undefined);
  });
}

function ndjson(n, from) {
  let text = '';
  for (let i = from; i < from + n; i++) {
    text += `${JSON.stringify({ line: `stall seed line ${i} user=u${i % 97} took ${i % 1000} ms`, verdict: i % 3 ? 'normal' : 'anomaly', domain: 'memory' })}\n`;
  }
  return Buffer.from(text);
}

async function measure(base, name, op) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL(base);
  const probes = [];
  let running = true;
  const prober = (async () => {
    while (running) {
      const started = performance.now();
      await new Promise((r) => {
        const req = http.get({ agent, host: url.hostname, port: url.port, path: '/healthz' }, (res) => {
          res.resume();
          res.on('end', r);
        });
        req.on('error', r);
      });
      probes.push(performance.now() - started);
      await new Promise((w) => setTimeout(w, 10));
    }
  })();
  const results = [];
  for (let i = 0; i < repeat; i++) {
    results.push(await op(i));
  }
  running = false;
  await prober;
  agent.destroy();
  probes.sort((a, b) => a - b);
  const q = (p) => Math.round(probes[Math.min(probes.length - 1, Math.floor(p * probes.length))] * 10) / 10;
  return {
    name,
    statuses: [...new Set(results.map((r) => r.status))],
    opMs: Math.round(results.reduce((s, r) => s + r.ms, 0) / results.length),
    bytes: results[0]?.size ?? 0,
    healthzProbes: probes.length,
    healthzP50Ms: q(0.5),
    healthzP99Ms: q(0.99),
    healthzMaxMs: q(1),
  };
}

async function main() {
  const server = startServer({ dist, modelDir, workers: 2 });
  const base = await server.ready;
  const auth = { Authorization: `Bearer ${server.token}` };
  const admin = { ...auth, 'X-Anomaly-Lens-Admin-Key': ADMIN_KEY, 'Content-Type': 'application/json' };
  const importHeaders = { ...auth, 'Content-Type': 'application/x-ndjson' };
  const seedStarted = performance.now();
  for (let from = 0; from < labelCount; from += 5000) {
    await request(base, {
      method: 'POST',
      path: '/api/v1/labels/import',
      headers: importHeaders,
      body: ndjson(Math.min(5000, labelCount - from), from),
    });
  }
  const seedS = (performance.now() - seedStarted) / 1000;
  const ops = [
    ['idle', async () => new Promise((r) => setTimeout(() => r({ status: 'idle', ms: 300 }), 300))],
    ['GET /api/v1/openapi.json', () => request(base, { path: '/api/v1/openapi.json', headers: auth })],
    ['GET /metrics', () => request(base, { path: '/metrics', headers: auth })],
    ['GET /api/v1/labels/stats', () => request(base, { path: '/api/v1/labels/stats', headers: auth })],
    ['GET /api/v1/labels/export', () => request(base, { path: '/api/v1/labels/export', headers: auth })],
    ['GET /api/v1/labels?limit=1000', () => request(base, { path: '/api/v1/labels?limit=1000', headers: auth })],
    [
      'POST /api/v1/labels/import (5,000 lines)',
      (i) =>
        request(base, {
          method: 'POST',
          path: '/api/v1/labels/import',
          headers: importHeaders,
          body: ndjson(5000, labelCount + i * 5000),
        }),
    ],
    [
      'POST /api/v1/admin/reload',
      () => request(base, { method: 'POST', path: '/api/v1/admin/reload', headers: admin, body: Buffer.from('{}') }),
    ],
  ];
  const results = [];
  for (const [name, op] of ops) {
    results.push(await measure(base, name, op));
  }
  await server.stop();
  process.stdout.write(
    `${JSON.stringify({ labels: labelCount, seedSeconds: Math.round(seedS * 10) / 10, repeat, loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10), results }, null, 2)}\n`
  );
}

main().catch((err) => {
  process.stderr.write(`${err.stack}\n`);
  process.exit(2);
});

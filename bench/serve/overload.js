#!/usr/bin/env node
/**
 * Overload: goodput and accepted-request latency when far more is offered than the service can score.
 *   1. capacity: a closed loop of 4 clients sending 5,000-line requests (lines/s);
 *   2. overload: 64 clients, each sending 5,000-line requests back to back; a 429 or 503 waits the answer's
 *      Retry-After (capped at 2 s) and sends again. Goodput is accepted lines/s; latency is that of accepted
 *      requests (send to last byte), p50/p99; the /healthz latency is sampled throughout.
 * Targets (issue 14): goodput >= 0.8 x capacity, accepted p99 <= 2 s.
 * Usage: node bench/serve/overload.js [--model models/default] [--data <loghub-2k dir>] [--seconds 10]
 *   [--workers N] [--clients 64]   (after `npm run build:backend`); prints one JSON document.
 */
'use strict';
const { spawn } = require('node:child_process');
const { readFileSync, readdirSync, existsSync } = require('node:fs');
const http = require('node:http');
const { availableParallelism } = require('node:os');
const { join, resolve } = require('node:path');

const root = join(__dirname, '..', '..');
const dist = join(root, 'backend', 'dist');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const modelDir = resolve(arg('--model', join(root, 'models', 'default')));
const dataDir = resolve(arg('--data', join(root, '..', 'shared', 'datasets', 'loghub-2k')));
const seconds = Number(arg('--seconds', '10'));
const workers = Number(arg('--workers', String(availableParallelism())));
const clients = Number(arg('--clients', '64'));
const REQUEST_LINES = 5000;
const TOKEN = 'bench-token-0123456789abcdef';

const now = () => Number(process.hrtime.bigint()) / 1e6;
const quantile = (sorted, q) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : null;
const round = (x) => (x === null ? null : Math.round(x));

function loadBodies() {
  const perSystem = readdirSync(dataDir)
    .filter((name) => existsSync(join(dataDir, name, `${name}_2k.log`)))
    .map((name) =>
      readFileSync(join(dataDir, name, `${name}_2k.log`), 'utf8')
        .split('\n')
        .filter(Boolean)
    );
  const lines = [];
  for (let i = 0; i < 2000; i++) {
    for (const sys of perSystem) {
      if (i < sys.length) {
        lines.push(sys[i]);
      }
    }
  }
  const bodies = [];
  for (let start = 0; start + REQUEST_LINES <= lines.length; start += REQUEST_LINES) {
    bodies.push(
      Buffer.from(JSON.stringify({ lines: lines.slice(start, start + REQUEST_LINES).map((line) => ({ line })) }))
    );
  }
  return bodies;
}

function startServer() {
  const child = spawn(
    process.execPath,
    [
      join(dist, 'cli', 'main.js'),
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--model-dir',
      modelDir,
      '--workers',
      String(workers),
      '--labels-db',
      'off',
    ],
    {
      env: { ...process.env, AUTH_TOKENS: TOKEN, LOG_LEVEL: 'info', MAX_LINES_PER_REQUEST: '10000' },
      stdio: ['ignore', 'pipe', 'inherit'],
    }
  );
  return new Promise((resolveUrl, reject) => {
    let out = '';
    const poll = setInterval(() => {
      const m = /"url":"([^"]+)"/.exec(out);
      if (!m) {
        return;
      }
      http
        .get(`${m[1]}/readyz`, (res) => {
          res.resume();
          if (res.statusCode === 200) {
            clearInterval(poll);
            resolveUrl({ child, url: m[1] });
          }
        })
        .on('error', () => undefined);
    }, 200);
    child.stdout.on('data', (d) => {
      if (out.length < 20000) {
        out += d.toString();
      }
    });
    child.on('exit', (code) => {
      clearInterval(poll);
      reject(new Error(`server exited with ${code}: ${out.slice(-500)}`));
    });
  });
}

function send(agent, url, path, body) {
  return new Promise((resolveSend) => {
    const started = now();
    const req = http.request(
      `${url}${path}`,
      {
        method: body ? 'POST' : 'GET',
        agent,
        headers: body
          ? { 'Content-Type': 'application/json', 'Content-Length': body.length, Authorization: `Bearer ${TOKEN}` }
          : {},
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolveSend({
            status: res.statusCode,
            ms: now() - started,
            retryAfter: Number(res.headers['retry-after'] ?? 1),
          })
        );
      }
    );
    req.on('error', (err) => resolveSend({ status: 0, ms: now() - started, retryAfter: 1, error: err.code }));
    req.end(body);
  });
}

async function run(url, bodies, concurrency, phaseSeconds) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const accepted = [];
  const statuses = {};
  let next = 0;
  const start = now();
  const loop = async () => {
    while (now() - start < phaseSeconds * 1000) {
      const r = await send(agent, url, '/api/v1/score', bodies[next++ % bodies.length]);
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      if (r.status === 200) {
        accepted.push(r.ms);
      } else {
        await new Promise((w) => setTimeout(w, Math.min(2000, r.retryAfter * 1000)));
      }
    }
  };
  const health = [];
  const healthAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      health.push((await send(healthAgent, url, '/healthz')).ms);
      await new Promise((w) => setTimeout(w, 100));
    }
  })();
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsed = now() - start;
  sampling = false;
  await sampler;
  agent.destroy();
  healthAgent.destroy();
  const sorted = accepted.sort((a, b) => a - b);
  const hs = health.sort((a, b) => a - b);
  return {
    clients: concurrency,
    seconds: Math.round(elapsed / 100) / 10,
    statuses,
    goodputLinesPerSec: Math.round((accepted.length * REQUEST_LINES * 1000) / elapsed),
    acceptedP50Ms: round(quantile(sorted, 0.5)),
    acceptedP99Ms: round(quantile(sorted, 0.99)),
    acceptedMaxMs: round(sorted[sorted.length - 1] ?? null),
    healthzP99Ms: round(quantile(hs, 0.99)),
    healthzMaxMs: round(hs[hs.length - 1] ?? null),
  };
}

async function main() {
  const bodies = loadBodies();
  const { child, url } = await startServer();
  const result = {
    machine: { cores: availableParallelism(), node: process.version },
    workers,
    requestLines: REQUEST_LINES,
  };
  try {
    await run(url, bodies, 2, 2); // warm up
    result.capacity = await run(url, bodies, 4, seconds);
    result.overload = await run(url, bodies, clients, seconds);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  result.goodputRatio =
    Math.round((result.overload.goodputLinesPerSec / result.capacity.goodputLinesPerSec) * 100) / 100;
  result.targets = {
    goodputAtLeast80PercentOfCapacity: result.goodputRatio >= 0.8,
    acceptedP99AtMost2s: result.overload.acceptedP99Ms !== null && result.overload.acceptedP99Ms <= 2000,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((err) => {
  process.stderr.write(`overload bench failed: ${err.stack || err}\n`);
  process.exit(1);
});

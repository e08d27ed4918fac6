#!/usr/bin/env node
/**
 * What an alert rule on the verdict data source costs the service: a rule evaluated every minute over the last
 * five minutes of a 1,000 lines/s stream (the anomaly rate per domain, 1-minute steps), i.e. POST /api/v1/query
 * as the Go backend sends it. `anomaly-lens serve` runs as a child process; its CPU time (all threads, from
 * /proc/<pid>/stat) is read around each evaluation. A Loki-protocol server in this process holds the stream
 * (lines of provisioning/demo-logs/bgl.txt, Loghub label column removed, 1 ms apart) and answers query_range
 * pages as Loki does (forward, limit, [start, end), the recorded response shape); its own CPU is Loki's cost, not
 * the service's, and is not counted.
 *
 * Variants, back to back: the score cache on (default) and off (QUERY_CACHE_LINES=0: every evaluation scores every
 * line of its window). Evaluation 1 of each run is cold (the cache starts empty); the cost is the mean of the others.
 * Usage: node bench/query/bench.js [--evaluations 6] [--rate 1000] [--window-minutes 5] [--workers 2]
 * Prints one JSON document.
 */
'use strict';
const { spawn } = require('node:child_process');
const { readFileSync } = require('node:fs');
const http = require('node:http');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return Number(i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback);
};
const EVALUATIONS = arg('--evaluations', 6);
const RATE = arg('--rate', 1000);
const WINDOW_MIN = arg('--window-minutes', 5);
const WORKERS = arg('--workers', 2);
const TOKEN = 'bench-token-0123456789abcdef';
const T0_MS = Date.UTC(2026, 11, 1, 0, 0, 0);
const CLK_TCK = 100; // Linux USER_HZ

// The stream: long enough for every evaluation's window.
const source = readFileSync(join(root, 'provisioning/demo-logs/bgl.txt'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => l.replace(/^\S+\s/, ''));
const total = (WINDOW_MIN + EVALUATIONS) * 60 * RATE;
const stepNs = BigInt(Math.round(1e9 / RATE));
const t0Ns = BigInt(T0_MS) * 1_000_000n;
const tsNs = new BigInt64Array(total);
for (let i = 0; i < total; i++) {
  tsNs[i] = t0Ns + BigInt(i) * stepNs;
}
const labels = { job: 'bench', system: 'bluegene' };
const stats = JSON.parse(readFileSync(join(root, 'tests/fixtures/loki/query_range_streams_limit5.json'), 'utf8')).data
  .stats;

function lowerBound(ns) {
  let lo = 0;
  let hi = total;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tsNs[mid] < ns) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** query_range of the one stream: forward pages as Loki answers them (entries in [start, end), at most limit). */
function startLoki() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://loki');
    if (url.pathname !== '/loki/api/v1/query_range') {
      res.writeHead(404).end('404 page not found\n');
      return;
    }
    const from = lowerBound(BigInt(url.searchParams.get('start')));
    const to = lowerBound(BigInt(url.searchParams.get('end')));
    const limit = Number(url.searchParams.get('limit') ?? 100);
    const values = [];
    for (let i = from; i < Math.min(to, from + limit); i++) {
      values.push([tsNs[i].toString(), source[i % source.length]]);
    }
    res.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8' });
    res.end(
      JSON.stringify({
        status: 'success',
        data: { resultType: 'streams', result: values.length ? [{ stream: labels, values }] : [], stats },
      })
    );
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` }))
  );
}

function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK; // utime, stime (fields 14, 15)
}

function post(url, body) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = http.request(
      url,
      { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          res.statusCode === 200 ? resolve(JSON.parse(text)) : reject(new Error(`${res.statusCode} ${text}`));
        });
      }
    );
    req.on('error', reject);
    req.end(data);
  });
}

async function startService(port, cacheLines) {
  const child = spawn(
    process.execPath,
    [
      join(root, 'backend/dist/cli/main.js'),
      'serve',
      '--model-dir',
      join(root, 'models/default'),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      env: {
        ...process.env,
        AUTH_TOKENS: TOKEN,
        WORKERS: String(WORKERS),
        LABELS_DB: 'off',
        LOG_LEVEL: 'warn',
        QUERY_CACHE_LINES: String(cacheLines),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    }
  );
  for (let i = 0; i < 600; i++) {
    const ok = await new Promise((resolve) =>
      http
        .get(`http://127.0.0.1:${port}/readyz`, (r) => resolve(r.statusCode === 200))
        .on('error', () => resolve(false))
    );
    if (ok) {
      return child;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('service did not become ready');
}

async function run(lokiUrl, port, cacheLines) {
  const child = await startService(port, cacheLines);
  const evaluations = [];
  try {
    for (let e = 0; e < EVALUATIONS; e++) {
      const endMs = T0_MS + (WINDOW_MIN + e + 1) * 60_000;
      const body = {
        loki: { url: lokiUrl },
        query: '{job="bench"}',
        type: 'rate',
        start: `${endMs - WINDOW_MIN * 60_000}000000`,
        end: `${endMs}000000`,
        stepMs: 60_000,
      };
      const cpu0 = cpuSeconds(child.pid);
      const wall0 = performance.now();
      const answer = await post(`http://127.0.0.1:${port}/api/v1/query`, body);
      const wallMs = performance.now() - wall0;
      const cpu = cpuSeconds(child.pid) - cpu0;
      evaluations.push({
        lines: answer.stats.lines,
        scored: answer.stats.scored,
        cached: answer.stats.cached,
        cpuSeconds: Math.round(cpu * 100) / 100,
        wallMs: Math.round(wallMs),
        lokiMs: answer.stats.lokiMs,
        scoreMs: answer.stats.scoreMs,
        domains: answer.rate.series.length,
      });
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  const steady = evaluations.slice(1);
  const cpuPerEval = steady.reduce((a, e) => a + e.cpuSeconds, 0) / steady.length;
  return {
    evaluations,
    steadyCpuSecondsPerEvaluation: Math.round(cpuPerEval * 1000) / 1000,
    // One evaluation a minute: the share of one core the rule keeps busy.
    shareOfOneCore: Math.round((cpuPerEval / 60) * 10000) / 10000,
  };
}

(async () => {
  const loki = await startLoki();
  const port = 18000 + Math.floor(Math.random() * 1000);
  const cached = await run(loki.url, port, 500_000);
  const uncached = await run(loki.url, port + 1, 0);
  loki.server.close();
  const result = {
    setup: {
      stream: `${RATE} lines/s, provisioning/demo-logs/bgl.txt cycled (label column removed)`,
      rule: `rate per domain over the last ${WINDOW_MIN} min, 1-min steps, evaluated every minute`,
      evaluations: EVALUATIONS,
      workers: WORKERS,
      node: process.version,
    },
    cached,
    uncached,
    cachedOverUncachedCpu:
      Math.round((cached.steadyCpuSecondsPerEvaluation / uncached.steadyCpuSecondsPerEvaluation) * 1000) / 1000,
    target: 'shareOfOneCore < 0.10 with the cache',
    met: cached.shareOfOneCore < 0.1,
  };
  console.log(JSON.stringify(result, null, 2));
})().catch((err) => {
  console.error(err);
  process.exit(1);
});

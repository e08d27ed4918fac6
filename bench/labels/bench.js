#!/usr/bin/env node
/**
 * Label store throughput on a real file (WAL, synchronous=FULL, so every commit is fsync'd):
 *   1. store: single inserts (one label per transaction: what one "Mark anomalous" click costs), the same with
 *      synchronous=NORMAL for comparison, batched inserts (1,000 labels per transaction), store.all() (what a
 *      retrain job reads), JSONL export and import;
 *   2. HTTP: POST /api/v1/feedback through the real express app on loopback, one label per request at
 *      concurrency 1 and 16, and 1,000-label batches; GET /api/v1/labels/export streamed.
 * The load generator runs in the same process as the app, so HTTP figures are a lower bound.
 * Runs the TypeScript sources through swc (no build needed).
 * Usage: node bench/labels/bench.js [--dir <tmp dir on the disk to measure>] [--labels 100000] [--seconds 3]
 * Prints one JSON document.
 */
'use strict';
const { mkdtempSync, rmSync, readFileSync, statSync } = require('node:fs');
const http = require('node:http');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { Readable } = require('node:stream');

const root = join(__dirname, '..', '..');
const src = join(root, 'backend', 'src');
const swc = require(require.resolve('@swc/core', { paths: [root] }));
require.extensions['.ts'] = function (module, filename) {
  const { code } = swc.transformSync(readFileSync(filename, 'utf8'), {
    filename,
    module: { type: 'commonjs' },
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  });
  module._compile(code, filename);
};
const pino = require(require.resolve('pino', { paths: [join(root, 'backend')] }));
const { LabelStore, exportJsonl, importJsonl } = require(join(src, 'labels'));
const { createApp } = require(join(src, 'service', 'app'));
const { createMetrics } = require(join(src, 'service', 'metrics'));

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const baseDir = mkdtempSync(join(arg('--dir', tmpdir()), 'al-labels-bench-'));
const totalLabels = Number(arg('--labels', '100000'));
const seconds = Number(arg('--seconds', '3'));
const DOMAINS = ['memory', 'storage', 'network', 'kernel', 'application'];

function label(i) {
  return {
    line: `2026-01-0${(i % 9) + 1} node-${i % 64} kernel: EXT4-fs error (device sda${i % 8}): block ${i * 7919} bad`,
    templateId: `t${i % 500}`,
    template: 'kernel: EXT4-fs error (device <*>): block <NUM> bad',
    verdict: i % 3 === 0 ? 'normal' : 'anomaly',
    domain: DOMAINS[i % DOMAINS.length],
    timestamp: String(1767225600000000000n + BigInt(i) * 1000000n),
    labels: { job: 'node', host: `node-${i % 64}` },
  };
}

const rate = (n, ms) => Math.round((n / ms) * 1000);

/** Calls fn() repeatedly for `seconds`; returns calls per second. */
function timed(fn) {
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < seconds * 1000) {
    fn(n++);
  }
  return rate(n, performance.now() - start);
}

function storeBench() {
  const store = LabelStore.open(join(baseDir, 'store.sqlite'));
  const ctx = { user: 'bench', source: 'cli' };
  const singleFull = timed((i) => store.add([label(i)], ctx));
  store.db.pragma('synchronous = NORMAL');
  const singleNormal = timed((i) => store.add([label(i)], ctx));
  store.db.pragma('synchronous = FULL');

  const batch = Array.from({ length: 1000 }, (_, i) => label(i));
  let start = performance.now();
  for (let n = 0; n < totalLabels; n += batch.length) {
    store.add(batch, ctx);
  }
  const batched = rate(Math.ceil(totalLabels / batch.length) * batch.length, performance.now() - start);

  const rows = store.count();
  start = performance.now();
  const all = store.all();
  const readAllMs = performance.now() - start;
  start = performance.now();
  const thousand = store.all({ templateId: 't7' }).length;
  const readTemplateMs = performance.now() - start;

  start = performance.now();
  let exportedBytes = 0;
  const chunks = [];
  for (const text of exportJsonl(store)) {
    exportedBytes += Buffer.byteLength(text);
    chunks.push(text);
  }
  const exportMs = performance.now() - start;
  store.close();

  const target = LabelStore.open(join(baseDir, 'import.sqlite'));
  start = performance.now();
  return importJsonl(target, Readable.from(chunks)).then((report) => {
    const importMs = performance.now() - start;
    target.close();
    return {
      singleInsertsPerSecond: { synchronousFull: singleFull, synchronousNormal: singleNormal },
      batchedInsertsPerSecond: batched,
      rows,
      readAll: { labels: all.length, ms: Math.round(readAllMs) },
      readOneTemplate: { labels: thousand, ms: Math.round(readTemplateMs * 10) / 10 },
      export: { lines: rows, linesPerSecond: rate(rows, exportMs), megabytes: +(exportedBytes / 1e6).toFixed(1) },
      import: { lines: report.lines, imported: report.imported, linesPerSecond: rate(report.lines, importMs) },
      databaseMegabytes: +(statSync(join(baseDir, 'store.sqlite')).size / 1e6).toFixed(1),
    };
  });
}

function post(port, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { port, host: '127.0.0.1', path, method: 'POST', agent, headers: { 'Content-Type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => (res.statusCode === 201 ? resolve() : reject(new Error(`${res.statusCode}: ${text}`))));
      }
    );
    req.on('error', reject);
    req.end(body);
  });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

async function closedLoop(port, concurrency, makeBody, perRequest) {
  let requests = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await post(port, '/api/v1/feedback', makeBody(requests++));
      }
    })
  );
  return rate(requests * perRequest, performance.now() - start);
}

async function httpBench() {
  const store = LabelStore.open(join(baseDir, 'http.sqlite'));
  const app = createApp({
    models: { current: () => null },
    metrics: createMetrics(undefined, { defaultMetrics: false }),
    logger: pino({ level: 'silent' }),
    limits: { maxBodyBytes: 16 * 1024 * 1024, maxLinesPerRequest: 10000, maxJsonDepth: 32 },
    authTokens: [],
    authDisabled: true,
    version: 'bench',
    labels: { store },
  });
  const server = http.createServer(app);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const single = (i) => JSON.stringify(label(i));
  const batch = JSON.stringify({ labels: Array.from({ length: 1000 }, (_, i) => label(i)) });
  const result = {
    singleLabelRequestsPerSecond: {
      concurrency1: await closedLoop(port, 1, single, 1),
      concurrency16: await closedLoop(port, 16, single, 1),
    },
    batchedLabelsPerSecond: await closedLoop(port, 4, () => batch, 1000),
  };
  const rows = store.count();
  const start = performance.now();
  let lines = 0;
  await new Promise((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', path: '/api/v1/labels/export', agent }, (res) => {
      res.on('data', (d) => {
        for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) {
          lines++;
        }
      });
      res.on('end', resolve);
      res.on('error', reject);
    });
  });
  result.export = { lines, linesPerSecond: rate(lines, performance.now() - start), complete: lines === rows };
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
  store.close();
  return result;
}

(async () => {
  try {
    const storeResult = await storeBench();
    const httpResult = await httpBench();
    process.stdout.write(
      `${JSON.stringify(
        { node: process.version, dir: baseDir, seconds, store: storeResult, http: httpResult },
        null,
        2
      )}\n`
    );
  } finally {
    rmSync(baseDir, { recursive: true, force: true });
  }
})().catch((err) => {
  process.stderr.write(`${err.stack}\n`);
  process.exit(1);
});

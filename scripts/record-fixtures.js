#!/usr/bin/env node
/**
 * Records the plugin's service fixtures from the shipped bundle, through the real service: `anomaly-lens serve`'s
 * own server (worker pool, onnxruntime) on models/default, asked over HTTP exactly as Grafana's plugin proxy asks.
 * Lines are what Grafana's Loki data source returns for them: BGL as the nodes wrote it (Loghub's label column
 * removed), HDFS as the data nodes wrote it. Run after `npm run build:backend` whenever the bundle changes:
 *
 *   node scripts/record-fixtures.js [--data ../shared/datasets]
 *
 * Writes tests/fixtures/plugin/*.json; src/__fixtures__/*.ts re-export them typed, and a test fails when one of
 * them names a model other than models/default's id and version.
 */
'use strict';
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'tests/fixtures/plugin');
const args = process.argv.slice(2);
const at = args.indexOf('--data');
const DATA = resolve(at >= 0 ? args[at + 1] : join(ROOT, '../shared/datasets'));
const BGL_ROWS = 400;

const { loadConfig } = require(join(ROOT, 'backend/dist/service/config'));
const { startServer } = require(join(ROOT, 'backend/dist/service/server'));

/** HDFS: "081109 203530 147 INFO …" (yymmdd HHMMSS, UTC); lines in the same second keep their order. */
function hdfsRows() {
  const lines = readFileSync(join(ROOT, 'tests/fixtures/sequence/hdfs_blocks.log'), 'utf8').trim().split('\n');
  return lines.map((line, i) => {
    const [d, t] = line.split(' ');
    const ms = Date.UTC(
      2000 + +d.slice(0, 2),
      +d.slice(2, 4) - 1,
      +d.slice(4, 6),
      +t.slice(0, 2),
      +t.slice(2, 4),
      +t.slice(4, 6)
    );
    const tsNs = (BigInt(ms) * 1_000_000n + BigInt(i)).toString();
    return { tsNs, line, labels: { job: 'hdfs', service_name: 'hdfs' }, id: `${tsNs}_${i}` };
  });
}

/** BGL: "<label> <epoch s> <date> <node> <yyyy-mm-dd-HH.MM.SS.micro> …": the label column is Loghub's, not the node's. */
function bglRows() {
  const lines = readFileSync(join(DATA, 'loghub-2k/BGL/BGL_2k.log'), 'utf8').trim().split('\n').slice(0, BGL_ROWS);
  return lines.map((full, i) => {
    const parts = full.split(' ');
    const micros = parts[4].split('.').pop();
    const tsNs = (BigInt(parts[1]) * 1_000_000_000n + BigInt(micros) * 1000n).toString();
    const line = full.slice(full.indexOf(' ') + 1);
    return { tsNs, line, labels: { job: 'bgl', node: parts[3], service_name: 'bgl' }, id: `${tsNs}_${i}` };
  });
}

function write(name, value) {
  writeFileSync(join(OUT, `${name}.json`), `${JSON.stringify(value, null, 2)}\n`);
  process.stderr.write(`wrote tests/fixtures/plugin/${name}.json\n`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await startServer({
    config: loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      MODEL_DIR: join(ROOT, 'models/default'),
      WORKERS: '1',
      AUTH_DISABLED: 'true',
      LOG_LEVEL: 'warn',
    }),
  });
  const call = async (method, path, body) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) {
      throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    }
    return res.json();
  };
  const input = (rows) => rows.map((r) => ({ line: r.line, timestamp: r.tsNs, labels: r.labels, id: r.id }));
  try {
    const hdfs = hdfsRows();
    const bgl = bglRows();
    write('hdfsLokiRows', hdfs);
    write('bglLokiRows', bgl);
    write('scoreHdfs', await call('POST', '/api/v1/score', { lines: input(hdfs) }));
    write('scoreBgl', await call('POST', '/api/v1/score', { lines: input(bgl) }));
    // The reasoning for the block of the first line the data node logged as failing (a writeBlock exception).
    const focus = hdfs.findIndex((r) => r.line.includes('writeBlock'));
    write('explainHdfs', await call('POST', '/api/v1/explain', { lines: input(hdfs), focus, session: 'hdfs-block' }));
    write('modelInfo', await call('GET', '/api/v1/model'));
    write('modelTemplatesPage1', await call('GET', '/api/v1/model/templates?offset=0&limit=20'));
    write('modelTemplatesPage2', await call('GET', '/api/v1/model/templates?offset=20&limit=20'));
    write('health', await call('GET', '/healthz'));
    // The incidents among the same lines, as the Explain page and the panel ask for them.
    write('sequencesHdfs', await call('POST', '/api/v1/sequences', { lines: input(hdfs), limit: 100 }));
    write('sequencesBgl', await call('POST', '/api/v1/sequences', { lines: input(bgl), limit: 100 }));
  } finally {
    await server.shutdown('recorded');
    await server.closed;
  }
}

main().catch((err) => {
  process.stderr.write(`record-fixtures: ${err.stack ?? err}\n`);
  process.exit(1);
});

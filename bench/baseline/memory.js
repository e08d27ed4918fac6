#!/usr/bin/env node
/**
 * Memory and disk of the baseline store per 1,000 streams, at the cap: every stream full (300 templates), each
 * template seen in `--hours` (default 24) distinct hours of the 7-day window, 3 exemplars of 200 characters.
 * Prints heap growth, SQLite file size, the longest flush transaction, and the lazy load time of one stream.
 *   node --expose-gc bench/baseline/memory.js [--streams 1000] [--hours 24]
 */
const { mkdtempSync, rmSync, statSync, existsSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { BaselineStore } = require('../../backend/dist/baseline');

const arg = (n, d) => (process.argv.includes(n) ? Number(process.argv[process.argv.indexOf(n) + 1]) : d);
const streams = arg('--streams', 1000);
const hours = arg('--hours', 24);
const gc = () => (global.gc ? (global.gc(), global.gc()) : undefined);

const dir = mkdtempSync(join(tmpdir(), 'baseline-mem-'));
gc();
const heap0 = process.memoryUsage().heapUsed;
const store = BaselineStore.open(dir, { flushMs: 0 });
const t0 = Date.UTC(2026, 0, 1);
const line = 'x'.repeat(200);
let maxFlushMs = 0;
let rows = 0;
for (let s = 0; s < streams; s++) {
  const key = `service_name=svc-${s}`;
  for (let t = 0; t < 300; t++) {
    const text = `component ${t} did something with <NUM> items for user <*> in <DURATION>`;
    for (let h = 0; h < hours; h++) {
      const hour = Math.floor((h * 168) / hours);
      store.observe(
        key,
        { service_name: `svc-${s}` },
        { id: `${s.toString(16)}-${t.toString(16)}`, text },
        t0 + hour * 3_600_000,
        5,
        h < 3 ? line : undefined
      );
    }
  }
  if (s % 50 === 49) {
    // Flushes as the service's timer would (4,000 rows per transaction at most).
    let n;
    do {
      const start = performance.now();
      n = store.flush();
      maxFlushMs = Math.max(maxFlushMs, performance.now() - start);
      rows += n;
    } while (n > 0);
  }
}
store.flush(Infinity);
gc();
const heap1 = process.memoryUsage().heapUsed;
store.close();
const size = (f) => (existsSync(f) ? statSync(f).size : 0);
const file = join(dir, 'baseline.sqlite');
const reopened = BaselineStore.open(dir, { flushMs: 0 });
const loadStart = performance.now();
reopened.get('service_name=svc-7');
const loadMs = performance.now() - loadStart;
reopened.close();
console.log(
  JSON.stringify({
    streams,
    templatesPerStream: 300,
    hoursPerTemplate: hours,
    heapMb: +((heap1 - heap0) / 1048576).toFixed(1),
    diskMb: +((size(file) + size(`${file}-wal`)) / 1048576).toFixed(1),
    maxFlushTransactionMs: +maxFlushMs.toFixed(1),
    lazyLoadOneStreamMs: +loadMs.toFixed(2),
    gcExposed: Boolean(global.gc),
  })
);
rmSync(dir, { recursive: true, force: true });

#!/usr/bin/env node
/**
 * A Loki-protocol server for the watcher benchmarks, in its own process so it does not share the watcher's event
 * loop: the fake Loki of backend/src/loki/testing (the recorded response shapes of a real Loki) holding `--lines`
 * Loghub-2k lines (every system interleaved, as in bench/serve) over 4 streams, two lines per millisecond, ending
 * `--end-ago-ms` before now. Prints one JSON line {"url", "lines", "firstMs", "lastMs"} when listening; exits on
 * SIGTERM or when its parent goes away.
 * Usage: node bench/watch/loki.js [--dist backend/dist] [--lines 100000] [--end-ago-ms 60000] [--data <loghub-2k>]
 */
'use strict';
const { readFileSync, readdirSync, existsSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = join(__dirname, '..', '..');
function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const dist = resolve(arg('--dist', join(root, 'backend', 'dist')));
const count = Number(arg('--lines', '100000'));
const endAgoMs = Number(arg('--end-ago-ms', '60000'));
const dataDir = resolve(arg('--data', join(root, '..', 'shared', 'datasets', 'loghub-2k')));

function loghubLines() {
  const perSystem = readdirSync(dataDir)
    .filter((name) => existsSync(join(dataDir, name, `${name}_2k.log`)))
    .sort()
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
  return lines;
}

async function main() {
  const { FakeLoki } = require(join(dist, 'loki', 'testing', 'fake-loki'));
  const loki = new FakeLoki();
  loki.recordRequests = false;
  const source = loghubLines();
  const lastMs = Date.now() - endAgoMs;
  const firstMs = lastMs - Math.ceil(count / 2);
  const streams = Array.from({ length: 4 }, () => []);
  for (let i = 0; i < count; i++) {
    const ts = (BigInt(firstMs + Math.floor(i / 2)) * 1000000n + BigInt(i % 2)).toString();
    streams[i % 4].push({ ts, line: source[i % source.length] });
  }
  streams.forEach((entries, s) => loki.add({ job: 'bench', host: `node-${s}` }, entries));
  const url = await loki.start();
  process.stdout.write(`${JSON.stringify({ url, lines: count, firstMs, lastMs })}\n`);
  const stop = () => loki.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
}

main().catch((err) => {
  process.stderr.write(`${err.stack}\n`);
  process.exit(1);
});

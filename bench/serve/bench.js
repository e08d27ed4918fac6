#!/usr/bin/env node
/**
 * Inference-service throughput and latency on the compiled backend (backend/dist; run `npm run build:backend`).
 *   1. in-process: one detector on this thread (1,000-line batches, then 256-line batches), then the worker pool
 *      behind the micro-batcher;
 *   2. HTTP: `anomaly-lens serve` as a child process on loopback, POST /api/v1/score with 1,000-line requests,
 *      closed loop at concurrency 1, 4 and 16 (lines/s, p50/p99), then an open loop at half the peak request
 *      rate (p99), and the server's peak RSS (VmHWM, all worker threads included).
 *   3. stream baselines (issue 19): the same 1,000-line requests, every line carrying its system's stream label,
 *      against a server without and one with BASELINE_STORE (learnt beforehand from each system's first half),
 *      alternating A/B/A/B at concurrency 4; the ratio is the baseline's throughput cost.
 * The load generator shares the machine's cores with the server, so HTTP figures are a lower bound.
 * Usage: node bench/serve/bench.js [--model models/default] [--data <loghub-2k dir>] [--seconds 5] [--workers N]
 *        [--only baseline]  (phase 3 alone)
 * Prints one JSON document.
 */
'use strict';
const { spawn } = require('node:child_process');
const { readFileSync, readdirSync, existsSync } = require('node:fs');
const http = require('node:http');
const { availableParallelism } = require('node:os');
const { join, resolve } = require('node:path');

const root = join(__dirname, '..', '..');
const dist = join(root, 'backend', 'dist');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const modelDir = resolve(arg('--model', join(root, 'models', 'default')));
const dataDir = resolve(arg('--data', join(root, '..', 'shared', 'datasets', 'loghub-2k')));
const seconds = Number(arg('--seconds', '5'));
const workers = Number(arg('--workers', String(availableParallelism())));
const REQUEST_LINES = 1000;
const TOKEN = 'bench-token-0123456789abcdef';

const systemNames = () => readdirSync(dataDir).filter((name) => existsSync(join(dataDir, name, `${name}_2k.log`)));
const systemLines = (name) =>
  readFileSync(join(dataDir, name, `${name}_2k.log`), 'utf8')
    .split('\n')
    .filter(Boolean);

/** Lines of every Loghub system, interleaved, so batches mix formats like a real Loki query would. */
function loadLines(withSystem = false) {
  const perSystem = systemNames().map((name) => ({ name, lines: systemLines(name) }));
  const lines = [];
  for (let i = 0; i < 2000; i++) {
    for (const sys of perSystem) {
      if (i < sys.lines.length) {
        lines.push(withSystem ? { line: sys.lines[i], system: sys.name } : sys.lines[i]);
      }
    }
  }
  return lines;
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
const quantile = (sorted, q) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : null;
const round = (x, d = 1) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);
const silent = { debug() {}, info() {}, warn() {}, error() {} };

function requests(lines) {
  const out = [];
  for (let start = 0; start + REQUEST_LINES <= lines.length; start += REQUEST_LINES) {
    out.push(lines.slice(start, start + REQUEST_LINES).map((line) => ({ line })));
  }
  return out;
}

async function inProcess(batches) {
  const { loadDetector } = require(join(dist, 'engine', 'detector'));
  const detector = await loadDetector(modelDir, { device: 'cpu', intraOpThreads: 1, logger: silent });
  const oneThread = async (work) => {
    for (let i = 0; i < 3; i++) {
      await detector.score(work[i % work.length]);
    }
    let lines = 0;
    const start = now();
    for (let i = 0; now() - start < seconds * 1000; i++) {
      lines += (await detector.score(work[i % work.length])).length;
    }
    return (lines / (now() - start)) * 1000;
  };
  const single = await oneThread(batches);
  // The service's batch size (BATCH_MAX_LINES): narrower ONNX input, since rows are padded to the widest line.
  const single256 = await oneThread(
    batches.flat().reduce((acc, line, i) => {
      if (i % 256 === 0) {
        acc.push([]);
      }
      acc[acc.length - 1].push(line);
      return acc;
    }, [])
  );
  await detector.close();

  const { WorkerPool } = require(join(dist, 'service', 'pool', 'worker-pool'));
  const { PooledEngine } = require(join(dist, 'service', 'pooled-engine'));
  const catalog = await loadDetector(modelDir, { device: 'cpu', intraOpThreads: 1, logger: silent });
  const pool = await WorkerPool.start({ bundleDir: modelDir, device: 'cpu', size: workers, logger: silent });
  const engine = new PooledEngine(pool, catalog, {
    maxBatchLines: 256,
    maxDelayMs: 2,
    maxQueueLines: 100000,
    timeoutMs: 60000,
    retryAfterSeconds: 1,
    maxLineLength: 4096,
  });
  // Warm every worker's JIT first, as the single-thread figure is (cold workers made this phase look 4x slower).
  await Promise.all(Array.from({ length: 4 * workers }, (_, i) => engine.score(batches[i % batches.length])));
  let pooledLines = 0;
  const pooledStart = now();
  let next = 0;
  const loop = async () => {
    while (now() - pooledStart < seconds * 1000) {
      // Await first, then add: `x += await …` reads x before the await, so concurrent loops lost each
      // other's lines (this phase reported a quarter of the real throughput).
      const results = await engine.score(batches[next++ % batches.length]);
      pooledLines += results.length;
    }
  };
  await Promise.all(Array.from({ length: 2 * workers }, loop));
  const pooled = (pooledLines / (now() - pooledStart)) * 1000;
  await engine.close();
  return {
    singleThreadLinesPerSec: Math.round(single),
    singleThread256LinesPerSec: Math.round(single256),
    workerPoolLinesPerSec: Math.round(pooled),
    workers,
  };
}

function startServer(extraEnv = {}) {
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
    ],
    {
      env: { ...process.env, AUTH_TOKENS: TOKEN, LOG_LEVEL: 'info', MAX_LINES_PER_REQUEST: '10000', ...extraEnv },
      stdio: ['ignore', 'pipe', 'inherit'],
    }
  );
  return new Promise((resolveUrl, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d.toString();
      const m = /"url":"([^"]+)"/.exec(out);
      if (m && /ready/.test(out)) {
        child.stdout.removeAllListeners('data');
        child.stdout.resume();
        resolveUrl({ child, url: m[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

/** utime + stime of a process and all its threads, in seconds (Linux /proc; USER_HZ = 100). */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function readRss(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)[1]);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

function post(agent, url, body) {
  return new Promise((resolvePost, reject) => {
    const started = now();
    const req = http.request(
      `${url}/api/v1/score`,
      {
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': body.length,
          Authorization: `Bearer ${TOKEN}`,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200) {
            reject(new Error(`HTTP ${res.statusCode}: ${Buffer.concat(chunks).toString().slice(0, 300)}`));
          } else {
            resolvePost(now() - started);
          }
        });
      }
    );
    req.on('error', reject);
    req.end(body);
  });
}

function summarize(latencies, elapsedMs) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    linesPerSec: Math.round((latencies.length * REQUEST_LINES * 1000) / elapsedMs),
    requestsPerSec: round((latencies.length * 1000) / elapsedMs),
    p50Ms: round(quantile(sorted, 0.5)),
    p99Ms: round(quantile(sorted, 0.99)),
  };
}

async function closedLoop(url, bodies, concurrency) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = [];
  let next = 0;
  const start = now();
  const loop = async () => {
    while (now() - start < seconds * 1000) {
      latencies.push(await post(agent, url, bodies[next++ % bodies.length]));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const result = { concurrency, ...summarize(latencies, now() - start) };
  agent.destroy();
  return result;
}

/** Fixed arrival rate regardless of responses (no coordinated omission). */
async function openLoop(url, bodies, ratePerSec) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const interval = 1000 / ratePerSec;
  const total = Math.max(1, Math.round(ratePerSec * seconds));
  const start = now();
  const pending = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - now();
    if (wait > 0) {
      await new Promise((r) => setTimeout(r, wait));
    }
    pending.push(post(agent, url, bodies[i % bodies.length]));
  }
  const latencies = await Promise.all(pending);
  const result = { ratePerSec: round(ratePerSec), ...summarize(latencies, now() - start) };
  agent.destroy();
  return result;
}

/** Phase 3: throughput with stream baselines over without, same requests, same run. */
async function baselinePhase() {
  const { mkdtempSync, rmSync } = require('node:fs');
  const { tmpdir } = require('node:os');
  const B = require(join(dist, 'baseline'));
  const { createInProcessEngine } = require(join(dist, 'engine', 'in-process'));
  const storeDir = mkdtempSync(join(tmpdir(), 'bench-baseline-'));
  // Learn each system's first half as its stream (what `anomaly-lens baseline learn` does).
  const engine = await createInProcessEngine(modelDir, { device: 'cpu' });
  const store = B.BaselineStore.open(storeDir, { flushMs: 0 });
  const scorer = new B.BaselineScorer(store);
  for (const name of systemNames()) {
    const raw = systemLines(name).slice(0, 1000);
    const stamps = B.timestampsFromHeaders(raw, 2005, Date.UTC(2005, 0, 1));
    await B.learnStream(
      engine,
      scorer,
      { service_name: name },
      raw.map((line, i) => ({ line, timestamp: stamps[i] }))
    );
  }
  store.close();
  await engine.close();
  const tagged = loadLines(true);
  const bodies = [];
  for (let start = 0; start + REQUEST_LINES <= tagged.length; start += REQUEST_LINES) {
    bodies.push(
      Buffer.from(
        JSON.stringify({
          lines: tagged
            .slice(start, start + REQUEST_LINES)
            .map((l) => ({ line: l.line, labels: { service_name: l.system } })),
        })
      )
    );
  }
  const servers = {
    without: await startServer(),
    with: await startServer(process.env.BENCH_AA ? {} : { BASELINE_STORE: storeDir }),
  };
  const runs = { without: [], with: [] };
  // Server CPU (all threads) per line: robust to other load on a shared machine, unlike wall-clock rates.
  const cpu = { without: { seconds: 0, lines: 0 }, with: { seconds: 0, lines: 0 } };
  try {
    await closedLoop(servers.without.url, bodies, 4);
    await closedLoop(servers.with.url, bodies, 4);
    // ABBA order, so drift on a shared machine (other processes, thermal) falls on both sides alike.
    for (let round = 0; round < 6; round++) {
      for (const k of round % 2 === 0 ? ['without', 'with'] : ['with', 'without']) {
        const cpu0 = cpuSeconds(servers[k].child.pid);
        const r = await closedLoop(servers[k].url, bodies, 4);
        runs[k].push(r.linesPerSec);
        cpu[k].seconds += cpuSeconds(servers[k].child.pid) - cpu0;
        cpu[k].lines += r.requests * REQUEST_LINES;
      }
    }
  } finally {
    for (const { child } of Object.values(servers)) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    rmSync(storeDir, { recursive: true, force: true });
  }
  const ratios = runs.with.map((w, i) => w / runs.without[i]).sort((a, b) => a - b);
  return {
    concurrency: 4,
    control: process.env.BENCH_AA ? 'A/A: both servers without baselines (measures the noise)' : undefined,
    withoutLinesPerSec: runs.without,
    withLinesPerSec: runs.with,
    roundRatios: ratios.map((r) => round(r, 3)),
    wallRatioMedian: round((ratios[2] + ratios[3]) / 2, 3),
    cpuUsPerLine: {
      without: round((cpu.without.seconds / cpu.without.lines) * 1e6, 2),
      with: round((cpu.with.seconds / cpu.with.lines) * 1e6, 2),
    },
    // CPU-bound, throughput is inverse to CPU per line.
    ratio: round(cpu.without.seconds / cpu.without.lines / (cpu.with.seconds / cpu.with.lines), 3),
  };
}

async function main() {
  if (arg('--only', '') === 'baseline') {
    const baseline = await baselinePhase();
    process.stdout.write(
      `${JSON.stringify({ machine: { cores: availableParallelism() }, secondsPerPhase: seconds, baseline, targets: { baselineRatio085: baseline.ratio >= 0.85 } }, null, 2)}\n`
    );
    return;
  }
  const lines = loadLines();
  const batches = requests(lines);
  const bodies = batches.map((lines) => Buffer.from(JSON.stringify({ lines })));
  const result = {
    machine: { cores: availableParallelism(), node: process.version },
    model: modelDir,
    data: `${dataDir} (${lines.length} lines, ${bodies.length} requests of ${REQUEST_LINES})`,
    secondsPerPhase: seconds,
    inProcess: await inProcess(batches),
  };

  const { child, url } = await startServer();
  let peakMb = 0;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, readRss(child.pid).rssMb)), 100);
  try {
    await closedLoop(url, bodies, 4); // warm the HTTP path
    const http = [];
    for (const concurrency of [1, 4, 16]) {
      http.push(await closedLoop(url, bodies, concurrency));
    }
    const peak = http.reduce((a, b) => (b.requestsPerSec > a.requestsPerSec ? b : a));
    result.http = http;
    result.halfPeakLoad = await openLoop(url, bodies, peak.requestsPerSec / 2);
    const rss = readRss(child.pid);
    result.serverRss = { peakMb: round(Math.max(peakMb, rss.peakMb)), endMb: round(rss.rssMb) };
  } finally {
    clearInterval(sampler);
    child.kill('SIGTERM');
    result.serverExitCode = await new Promise((r) => child.once('exit', (code) => r(code)));
  }
  result.baseline = await baselinePhase();
  result.targets = {
    baselineRatio085: result.baseline.ratio >= 0.85,
    inProcessLinesPerSec150k: result.inProcess.workerPoolLinesPerSec >= 150000,
    httpLinesPerSec50k: Math.max(...result.http.map((h) => h.linesPerSec)) >= 50000,
    halfPeakP99Under100ms: result.halfPeakLoad.p99Ms < 100,
    rssUnder400Mb: result.serverRss.peakMb < 400,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err.stack || err}\n`);
  process.exit(1);
});

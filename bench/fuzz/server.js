'use strict';
/**
 * Starts `anomaly-lens serve` from the compiled backend as a child process on loopback (port 0), with its own label
 * database and retrain directory in a temporary folder, and watches its memory (VmRSS/VmHWM of the process, worker
 * threads included). Server output goes to a log file; lines at pino level ≥ 50 (error, fatal) are counted.
 */
const { spawn } = require('node:child_process');
const { createWriteStream, mkdtempSync, readFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const TOKEN = 'fuzz-token-0123456789abcdef';
/** Admin credential for reload, rollback and retrain where the service asks for one (ignored where it does not). */
const ADMIN_KEY = 'fuzz-admin-key-0123456789abcdef';

function startServer({ dist = join(root, 'backend', 'dist'), modelDir, workers = 2, env = {} }) {
  const dir = mkdtempSync(join(tmpdir(), 'anomalylens-fuzz-'));
  const logFile = join(dir, 'server.log');
  const log = createWriteStream(logFile);
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
      join(dir, 'labels.db'),
      '--retrain-dir',
      join(dir, 'bundles'),
    ],
    {
      env: { ...process.env, AUTH_TOKENS: TOKEN, ANOMALYLENS_ADMIN_KEY: ADMIN_KEY, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }
  );
  const state = { errorLines: 0, errorSamples: [], exited: null, stderrTail: '' };
  let pending = '';
  child.stdout.on('data', (d) => {
    log.write(d);
    pending += d.toString();
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) {
      const m = /"level":(\d+)/.exec(line);
      if (m && Number(m[1]) >= 50) {
        state.errorLines++;
        if (state.errorSamples.length < 5) {
          state.errorSamples.push(line.slice(0, 600));
        }
      }
    }
  });
  child.stderr.on('data', (d) => {
    log.write(d);
    state.stderrTail = (state.stderrTail + d.toString()).slice(-4000);
  });
  child.on('exit', (code, signal) => (state.exited = { code, signal }));
  const ready = new Promise((resolveUrl, reject) => {
    let out = '';
    const onData = (d) => {
      out += d.toString();
      const m = /"url":"([^"]+)"/.exec(out);
      if (m && /ready/.test(out)) {
        child.stdout.off('data', onData);
        resolveUrl(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code} before ready: ${state.stderrTail}`)));
  });
  const memory = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)[1]);
      return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
    } catch {
      return null;
    }
  };
  const stop = () =>
    new Promise((resolveStop) => {
      if (state.exited) {
        return resolveStop(state.exited);
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        resolveStop({ code, signal });
      });
      child.kill('SIGTERM');
    });
  return { child, ready, state, memory, stop, dir, logFile, token: TOKEN };
}

module.exports = { startServer, TOKEN, ADMIN_KEY };

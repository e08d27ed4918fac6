/**
 * The service as the image runs it: a non-root user, a working directory it cannot write (the image's /app is
 * root's), its state only where the configuration points (LABELS_DB, RETRAIN_DIR). "Retrain now" once failed
 * there with `EACCES: mkdir '/app/data/bundles'`; this runs the built CLI as `nobody` and retrains.
 * Needs root to switch users (CI runs as root); elsewhere it is skipped and says so.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { repoPath } from './repo-files';

const NOBODY = { uid: 65534, gid: 65534 };
const CLI = repoPath('backend/dist/cli/main.js');
const BGL = 'RAS KERNEL FATAL data TLB error interrupt';

/** Why the test cannot run here, or null. */
function cannotRun(): string | null {
  if (process.getuid?.() !== 0) {
    return 'not root: cannot start the service as another user';
  }
  const probe = spawnSync(
    process.execPath,
    ['-e', `require('fs').accessSync(${JSON.stringify(repoPath('models/default/manifest.json'))})`],
    NOBODY
  );
  return probe.status === 0 ? null : `the checkout at ${repoPath()} is not readable by uid ${NOBODY.uid}`;
}

const reason = cannotRun();
if (reason) {
  console.warn(`skipping the non-root retrain test: ${reason}`);
}

(reason ? describe.skip : describe)('the built service as a non-root user in a root-owned working directory', () => {
  let work: string;
  let child: ChildProcess | undefined;

  beforeAll(() => {
    // The CLI's launcher compiles only when the sources changed (CI has built it already).
    const build = spawnSync(process.execPath, [repoPath('scripts/cli.mjs'), '--build-only'], { stdio: 'inherit' });
    expect(build.status).toBe(0);
    work = mkdtempSync(path.join(tmpdir(), 'al-nonroot-'));
    chmodSync(work, 0o755);
  }, 180_000);

  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
  });

  it('stores labels and retrains into RETRAIN_DIR, writing nothing else', async () => {
    const app = path.join(work, 'app');
    const state = path.join(work, 'state');
    mkdirSync(app, { mode: 0o755 });
    mkdirSync(state, { mode: 0o755 });
    chownSync(state, NOBODY.uid, NOBODY.gid);
    child = spawn(process.execPath, [CLI, 'serve'], {
      ...NOBODY,
      cwd: app,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: app,
        PORT: '0',
        HOST: '127.0.0.1',
        MODEL_DIR: repoPath('models/default'),
        WORKERS: '1',
        AUTH_DISABLED: 'true',
        LABELS_DB: path.join(state, 'labels.sqlite'),
        RETRAIN_DIR: path.join(state, 'bundles'),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the service did not start listening within 60 s')), 60_000);
      child!.once('exit', (code) => reject(new Error(`the service exited with ${code} before listening`)));
      createInterface({ input: child!.stdout! }).on('line', (line) => {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'listening' && entry.url) {
          clearTimeout(timer);
          resolve(entry.url);
        }
      });
    });
    const call = async (method: string, route: string, body?: unknown) => {
      const res = await fetch(`${url}${route}`, {
        method,
        headers: body ? { 'content-type': 'application/json', 'x-grafana-user': 'sre' } : {},
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    // Feedback mines the line's template with the serving bundle: wait until it is loaded and warmed up.
    for (let i = 0; i < 240 && (await fetch(`${url}/readyz`)).status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
    }
    const label = await call('POST', '/api/v1/feedback', { line: BGL, verdict: 'anomaly', domain: 'memory' });
    expect(label.status).toBeLessThan(300);
    const started = await call('POST', '/api/v1/retrain', {});
    expect(started.status).toBe(202);
    let job = started.body;
    for (let i = 0; i < 240 && (job.state === 'queued' || job.state === 'running'); i++) {
      await new Promise((r) => setTimeout(r, 250));
      job = (await call('GET', `/api/v1/retrain/${String(started.body.id)}`)).body;
    }
    // Accepted or rejected by the gate are both a retrain that ran; "failed" is what EACCES looked like.
    expect({ state: job.state, error: job.error }).toEqual({
      state: expect.stringMatching(/^(succeeded|rejected)$/),
      error: null,
    });
    const bundles = path.join(state, 'bundles');
    expect(existsSync(bundles) && readdirSync(bundles).length).toBeGreaterThan(0);
    expect(statSync(bundles).uid).toBe(NOBODY.uid);
    expect(readdirSync(app)).toEqual([]);
  }, 120_000);
});

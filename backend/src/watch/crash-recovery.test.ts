/**
 * Crash recovery, end to end: the standalone watcher runs as a child process against a fake Loki, is killed with
 * SIGKILL twice mid-run (possibly mid-checkpoint, mid-push), restarted, and must end with totals that match the
 * fake Loki's contents exactly — no line lost, none counted twice.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { msToNs } from '../loki';
import { FakeLoki } from '../loki/testing/fake-loki';
import { CheckpointStore } from './checkpoint';
import { keywordVerdict } from './testing/keyword-engine';

const CHILD_MAIN = path.join(__dirname, 'testing', 'child-main.ts');
const TS_NODE = require.resolve('ts-node/register/transpile-only');
const LINES = 450;

/** Every child started, so a failed test cannot leave one running (and jest waiting on it). */
const children = new Set<ChildProcess>();

function startChild(configFile: string): { child: ChildProcess; ready: Promise<number>; exited: Promise<string> } {
  const child = spawn(process.execPath, ['-r', TS_NODE, CHILD_MAIN, configFile, '8'], {
    cwd: path.resolve(__dirname, '../..'),
    env: { ...process.env, TS_NODE_PROJECT: path.resolve(__dirname, '../../tsconfig.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const ready = new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const line = stdout.split('\n').find((l) => l.includes('"ready"'));
      if (line) {
        resolve((JSON.parse(line) as { port: number }).port);
      }
    });
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before ready: ${stderr}`)));
  });
  const exited = new Promise<string>((resolve) => child.on('exit', () => resolve(stdout)));
  return { child, ready, exited };
}

function committed(store: CheckpointStore, selectors: string[]): number {
  return selectors.map((s) => store.load(s)?.totals.reduce((n, t) => n + t.count, 0) ?? 0).reduce((a, b) => a + b, 0);
}

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('watcher crash recovery (child process, SIGKILL)', () => {
  const loki = new FakeLoki();
  afterAll(async () => {
    children.forEach((c) => c.kill('SIGKILL'));
    await loki.stop();
  });

  it('resumes after SIGKILL without losing or double-counting lines', async () => {
    const url = await loki.start();
    loki.latencyMs = 3;
    // Lines of two selectors, timestamps in the past, several per nanosecond so page boundaries split groups.
    const base = Date.now() - 20 * 60_000;
    const source: Array<{ job: string; line: string; ts: string }> = [];
    for (let i = 0; i < LINES; i++) {
      const job = i % 3 === 0 ? 'hdfs' : 'bgl';
      const severity = i % 11 === 0 ? 'FATAL' : i % 13 === 0 ? 'ERROR' : 'INFO';
      const topic = ['cache parity', 'torus link', 'disk block', 'mount point', 'scheduler'][i % 5];
      const entry = { ts: msToNs(base + Math.floor(i / 4) * 250), line: `${severity} ${topic} event ${i}` };
      loki.add({ job, host: `node-${i % 2}` }, [entry]);
      source.push({ job, ...entry });
    }

    const dir = mkdtempSync(path.join(tmpdir(), 'crash-'));
    const configFile = path.join(dir, 'watch.yaml');
    writeFileSync(
      configFile,
      stringify({
        loki: { url },
        checkpointDir: path.join(dir, 'checkpoints'),
        // maxBackoff bounded: on a loaded CI machine a timed-out push must retry in a second, not in minutes.
        // A checkpoint per page (checkpointInterval 0), so the kills land mid-run.
        defaults: {
          pollInterval: '200ms',
          safetyLag: '1s',
          pageSize: 8,
          batchSize: 4,
          maxBackoff: '1s',
          checkpointInterval: 0,
        },
        selectors: [
          { name: 'bgl', query: '{job="bgl"}' },
          { name: 'hdfs', query: '{job="hdfs"}' },
        ],
        push: { verdicts: ['anomaly', 'normal'] },
      })
    );
    const store = new CheckpointStore(path.join(dir, 'checkpoints'));
    const selectors = ['bgl', 'hdfs'];

    // Run and kill twice at different points, then let a third run finish.
    for (const killAt of [LINES / 4, LINES / 2]) {
      const run = startChild(configFile);
      await run.ready;
      await waitFor(() => committed(store, selectors) >= killAt, 60_000, `${killAt} committed lines`);
      run.child.kill('SIGKILL');
      await run.exited;
      expect(committed(store, selectors)).toBeLessThan(LINES);
    }
    const committedBeforeFinalRun = committed(store, selectors);
    const final = startChild(configFile);
    const port = await final.ready;
    await waitFor(() => committed(store, selectors) === LINES, 150_000, 'all lines committed');
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    final.child.kill('SIGTERM');
    const stdout = await final.exited;
    const stopped = JSON.parse(stdout.split('\n').find((l) => l.includes('"stopped"'))!) as { scoredLines: number };

    // The final run scored at least what was not committed before it started. It may score a page twice: a page
    // whose push or checkpoint failed (a slow CI machine can time a push out) is scored again from the last
    // checkpoint. Counting exactly once is the guarantee, and the totals below check it.
    expect(stopped.scoredLines).toBeGreaterThanOrEqual(LINES - committedBeforeFinalRun);

    // Committed totals and exported counters match the fake Loki's contents exactly.
    for (const selector of selectors) {
      const expected = new Map<string, number>();
      for (const s of source.filter((x) => x.job === selector)) {
        const v = keywordVerdict(s.line);
        const key = `${v.domain}|${v.anomalous ? 'anomaly' : 'normal'}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      const totals = store.load(selector)!.totals;
      expect(new Map(totals.map((t) => [`${t.domain}|${t.verdict}`, t.count]))).toEqual(expected);
      for (const [key, count] of expected) {
        const [domain, verdict] = key.split('|');
        expect(metrics).toContain(
          `anomalylens_lines_scored_total{selector="${selector}",domain="${domain}",verdict="${verdict}"} ${count}\n`
        );
      }
    }

    // The verdict stream holds every source line exactly once (re-pushes after a crash are deduplicated by Loki).
    const pushed = loki
      .streamsMatching({ source: 'anomalylens' })
      .flatMap((s) => s.entries.map((e) => `${e.ts} ${e.line}`));
    expect(pushed.sort()).toEqual(source.map((s) => `${s.ts} ${s.line}`).sort());
    expect(readFileSync(store.fileFor('bgl'), 'utf8')).toContain('"version":2');
  }, 300_000);
});

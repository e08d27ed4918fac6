/**
 * Baselines survive kill -9 with at most the last flush interval lost: a child process observes lines and
 * flushes every 50 ms, reporting the count each flush committed; it is SIGKILLed mid-stream, and the reopened
 * store must hold at least the last reported count (what came after the last flush may be lost, nothing before).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsRequireHookSource } from '../service/pool/spawn';
import { BaselineStore } from './store';

const CHILD = join(__dirname, 'testing', 'kill-child.ts');

describe('baseline durability across kill -9', () => {
  it('keeps every flushed observation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'al-baseline-kill9-'));
    try {
      const child = spawn(
        process.execPath,
        ['-e', `${tsRequireHookSource(require.resolve('@swc/core'))}\nrequire(${JSON.stringify(CHILD)});`],
        { env: { ...process.env, BASELINE_DIR: dir }, stdio: ['ignore', 'pipe', 'pipe'] }
      );
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const lastFlushed = await new Promise<number>((resolve, reject) => {
        let out = '';
        let reports = 0;
        let last = 0;
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const lines = out.split('\n');
          out = lines.pop()!;
          for (const l of lines) {
            last = (JSON.parse(l) as { flushed: number }).flushed;
            reports++;
          }
          if (reports >= 5 && last > 0) {
            child.kill('SIGKILL');
            resolve(last);
          }
        });
        child.on('exit', (_c, signal) => signal !== 'SIGKILL' && reject(new Error(`child exited: ${stderr}`)));
      });
      await new Promise((r) => child.once('exit', r));
      const store = BaselineStore.open(dir, { flushMs: 0 });
      const s = store.get('job=x')!;
      expect(s).not.toBeNull();
      expect(s.lines).toBeGreaterThanOrEqual(lastFlushed);
      expect(s.templates.size).toBe(7);
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

/**
 * Labels survive kill -9: the real service runs in a child process, clients POST labels concurrently and record
 * every id answered with 201, the child is SIGKILLed while requests are still in flight, and the reopened
 * database must hold every acknowledged label (unacknowledged ones may or may not be there).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsRequireHookSource } from '../service/pool/spawn';
import { LabelStore } from './store';

const CHILD = join(__dirname, 'testing', 'durability-child.ts');
const CLIENTS = 8;
const KILL_AFTER = 300;

describe('label durability across kill -9 of the service', () => {
  it('every label answered with 201 is in the database after SIGKILL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'al-kill9-'));
    writeFileSync(join(dir, 'model.json'), JSON.stringify({ id: 'fake', version: '1.0.0' }));
    const db = join(dir, 'labels.sqlite');
    const child = spawn(
      process.execPath,
      ['-e', `${tsRequireHookSource(require.resolve('@swc/core'))}\nrequire(${JSON.stringify(CHILD)});`],
      { env: { ...process.env, MODEL_DIR: dir, LABELS_DB: db }, stdio: ['ignore', 'pipe', 'pipe'] }
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal))
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const line = out.split('\n').find((l) => l.startsWith('{'));
          if (line) {
            resolve((JSON.parse(line) as { url: string }).url);
          }
        });
        child.on('exit', () => reject(new Error(`child exited before serving: ${stderr}`)));
      });

      const acknowledged = new Map<string, string>();
      let sent = 0;
      let killed = false;
      const client = async (n: number) => {
        for (let i = 0; ; i++) {
          // Alternate single labels and small batches.
          const lines = Array.from({ length: i % 3 === 0 ? 5 : 1 }, (_, k) => `client ${n} request ${i} label ${k}`);
          const body =
            lines.length === 1
              ? { line: lines[0], verdict: 'anomaly' }
              : {
                  labels: lines.map((line) => ({ line, domain: 'storage' })),
                };
          sent += lines.length;
          let res: Response;
          try {
            res = await fetch(`${url}/api/v1/feedback`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'X-Grafana-User': `client-${n}` },
              body: JSON.stringify(body),
            });
          } catch {
            return; // the service is gone
          }
          if (res.status !== 201) {
            throw new Error(`unexpected ${res.status}: ${await res.text()}`);
          }
          const { ids } = (await res.json()) as { ids: string[] };
          ids.forEach((id, k) => acknowledged.set(id, lines[k]!));
          if (!killed && acknowledged.size >= KILL_AFTER) {
            // Mid-stream: the other clients have requests in flight right now.
            killed = true;
            child.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
      expect(await exited).toBe('SIGKILL');
      expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
      // The process died with its writes in the WAL (no clean close, no checkpoint).
      expect(existsSync(`${db}-wal`)).toBe(true);

      const store = LabelStore.open(db);
      try {
        const stored = new Map(store.all().map((l) => [l.id, l]));
        for (const [id, line] of acknowledged) {
          expect(stored.get(id)?.line).toBe(line);
        }
        // Nothing appears that no client sent.
        expect(stored.size).toBeGreaterThanOrEqual(acknowledged.size);
        expect(stored.size).toBeLessThanOrEqual(sent);
      } finally {
        store.close();
      }
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

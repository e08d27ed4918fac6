import { spawn } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsRequireHookSource } from '../../service/pool/spawn';
import { runCli } from '../../testing/run-cli';

/** Runs the CLI from source in a child process whose stdout the test closes after the first bytes (like `| head`). */
function runClosingStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `${tsRequireHookSource(require.resolve('@swc/core'))}\nrequire(${JSON.stringify(join(__dirname, '..', 'main.ts'))}).main(${JSON.stringify(['node', 'anomaly-lens', ...args])}).then((c) => { process.exitCode = c; });`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // Closed before the CLI writes: every write meets a closed pipe (EPIPE), as after `head` exits.
  child.stdout.destroy();
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

describe('openapi and replay on the way out', () => {
  it('`openapi | head` exits 0 without an EPIPE stack', async () => {
    const { code, stderr } = await runClosingStdout(['openapi']);
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 30_000);

  it('replay against a Loki that refuses the connection prints one line, no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'al-replay-'));
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as { port: number };
    await new Promise<void>((r) => server.close(() => r()));
    try {
      const file = join(dir, 'lines.log');
      writeFileSync(file, 'a line\nanother line\n');
      const run = await runCli([
        'replay',
        '--loki',
        `http://127.0.0.1:${port}`,
        '--file',
        file,
        '--labels',
        '{job="t"}',
        '--rate',
        '1000',
        '--retries',
        '1',
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/replay: pushing to http:\/\/127\.0\.0\.1:\d+ failed: .*ECONNREFUSED/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

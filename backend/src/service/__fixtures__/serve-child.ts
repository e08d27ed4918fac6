/**
 * Child process for the SIGTERM test: runs the real startServer (fake detector) with signal handling, prints
 * `{"url": …}` once ready, and exits with 0 after a clean drain (1 if startup fails).
 */
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../config';
import { startServer } from '../server';

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', WORKERS: '1', AUTH_DISABLED: 'true' });
  const server = await startServer({
    config,
    handleSignals: true,
    logger: pino({ level: 'info' }, process.stderr),
    detectorModule: join(__dirname, 'fake-detector.ts'),
  });
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  await server.closed;
  process.exit(0);
}

main().catch((err: Error) => {
  process.stderr.write(`startup failed: ${err.message}\n`);
  process.exit(1);
});

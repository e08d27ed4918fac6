/**
 * Child process of the kill -9 durability test: the real service (startServer with the fake detector in a worker
 * thread) with a label store at LABELS_DB. Prints `{"url": …}` once it serves, then waits to be killed.
 */
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../service/config';
import { startServer } from '../../service/server';

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', WORKERS: '1', AUTH_DISABLED: 'true' });
  const server = await startServer({
    config,
    logger: pino({ level: 'warn' }, process.stderr),
    detectorModule: join(__dirname, '..', '..', 'service', '__fixtures__', 'fake-detector.ts'),
  });
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`startup failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});

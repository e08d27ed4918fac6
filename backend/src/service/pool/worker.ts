/**
 * Inference worker: loads the detector once (one ONNX session, intra-op threads 1), warms it up, then scores
 * batches posted by the pool. ORT's run() is synchronous native code, so it must live off the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { packResults } from '../../engine/packed-results';
import { transferList, unpackLines } from './packed';
import type { FromWorker, LoadDetector, ToWorker, WorkerInit, WorkerLogger } from './protocol';

/** Representative lines of several shapes, so every code path (masks, unseen templates) is compiled and cached. */
const WARMUP_LINES = [
  '2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected',
  '081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38865049064139660 terminating',
  'Nov 22 10:00:01 host sshd[4242]: Failed password for invalid user admin from 10.0.0.7 port 52144 ssh2',
  '{"level":"error","msg":"connection refused","addr":"10.1.2.3:5432"}',
  'level=warn msg="disk usage high" mount=/var used_pct=91',
  'kernel: Out of memory: Killed process 1234 (java) total-vm:1048576kB',
];

function post(message: FromWorker, transfer?: ArrayBuffer[]): void {
  parentPort!.postMessage(message, transfer);
}

function fields(obj: unknown): Record<string, unknown> | undefined {
  if (obj instanceof Error) {
    return { err: { message: obj.message, stack: obj.stack } };
  }
  return obj !== null && typeof obj === 'object' ? (obj as Record<string, unknown>) : undefined;
}

/** Forwards log records to the main thread's pino logger (worker stdout would interleave unstructured). */
function forwardingLogger(): WorkerLogger {
  const log =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (obj: unknown, msg?: string): void => {
      const text = typeof obj === 'string' ? obj : (msg ?? (obj instanceof Error ? obj.message : ''));
      post({ type: 'log', level, msg: text, fields: fields(obj) });
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

async function main(): Promise<void> {
  const init = workerData as WorkerInit;
  const { loadDetector } = require(init.detectorModule) as { loadDetector: LoadDetector };
  let detector;
  try {
    detector = await loadDetector(init.bundleDir, {
      device: init.device,
      intraOpThreads: init.intraOpThreads,
      maxLineLength: init.maxLineLength,
      logger: forwardingLogger(),
    });
    const started = performance.now();
    await detector.score(WARMUP_LINES.map((line) => ({ line })));
    await detector.score(
      WARMUP_LINES.map((line) => ({ line })),
      { combine: 'soft' }
    );
    await detector.scorePacked?.(WARMUP_LINES.map((line) => ({ line })));
    post({ type: 'ready', info: detector.info(), device: detector.device, warmupMs: performance.now() - started });
  } catch (err) {
    post({ type: 'init_error', message: err instanceof Error ? err.message : String(err) });
    return;
  }
  const ready = detector;
  parentPort!.on('message', (message: ToWorker) => {
    const lines = unpackLines(message.lines);
    const options = message.combine ? { combine: message.combine } : {};
    (ready.scorePacked ? ready.scorePacked(lines, options) : ready.score(lines, options).then(packResults)).then(
      (results) => post({ type: 'result', id: message.id, results }, transferList(results)),
      (err: unknown) =>
        post({ type: 'error', id: message.id, message: err instanceof Error ? err.message : String(err) })
    );
  });
}

void main();

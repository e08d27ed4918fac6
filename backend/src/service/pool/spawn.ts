/**
 * Starts a worker from this package's sources in both layouts: compiled (`dist/…/worker.js`, production) and
 * TypeScript (`src/…/worker.ts`, under jest or ts tooling). For the latter the worker gets a tiny bootstrap that
 * transpiles `.ts` on require with @swc/core (the compiler jest already uses), so tests need no build step.
 */
import { extname, join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';

const RUNNING_FROM_SOURCE = extname(__filename) === '.ts';

/** Path of a sibling module of this directory in the current layout (`worker` → worker.ts or worker.js). */
export function siblingModule(dir: string, name: string): string {
  return join(dir, `${name}${RUNNING_FROM_SOURCE ? '.ts' : '.js'}`);
}

/** Source that makes `require` transpile `.ts` files with the @swc/core at `swcPath` (worker or child process). */
export function tsRequireHookSource(swcPath: string): string {
  return `
const fs = require('node:fs');
const swc = require(${JSON.stringify(swcPath)});
require.extensions['.ts'] = function (module, filename) {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  });
  module._compile(code, filename);
};
`;
}

export function spawnWorker(entry: string, workerData: object, resourceLimits?: ResourceLimits): Worker {
  if (extname(entry) === '.ts') {
    const bootstrap = `${tsRequireHookSource(require.resolve('@swc/core'))}\nrequire(${JSON.stringify(entry)});`;
    return new Worker(bootstrap, {
      eval: true,
      workerData,
      resourceLimits,
    });
  }
  return new Worker(entry, { workerData, resourceLimits });
}

#!/usr/bin/env node
/**
 * `npm run cli -- …`: runs the backend's CLI, compiling it first only when its sources changed.
 *
 * Why: `tsc -p tsconfig.build.json` takes 25–35 s on 2 cores, and every `npm run cli` used to pay it (`explain`
 * 31.6 s through npm, 2.3 s directly). The build is keyed by a hash of what tsc reads (sources, tsconfigs, the
 * lockfile), stored beside the output; content, not mtimes, so a fresh clone or a `git checkout` is never
 * mistaken for up to date. A failed build leaves no key, so the next run compiles again.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const backend = join(root, 'backend');
const dist = join(backend, 'dist');
const keyFile = join(dist, '.source-hash');

/** Every file under dir whose name passes keep, sorted, so the hash does not depend on readdir order. */
function walk(dir, keep, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      walk(path, keep, out);
    } else if (keep(entry.name)) {
      out.push(path);
    }
  }
  return out.sort();
}

export function sourceHash() {
  const files = [
    ...walk(join(backend, 'src'), (name) => name.endsWith('.ts') || name.endsWith('.json')),
    join(backend, 'tsconfig.json'),
    join(backend, 'tsconfig.build.json'),
    join(backend, 'package.json'),
    join(root, 'package-lock.json'),
  ].filter((f) => existsSync(f));
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function ensureBuilt() {
  const want = sourceHash();
  if (existsSync(keyFile) && readFileSync(keyFile, 'utf8').trim() === want && existsSync(join(dist, 'cli/main.js'))) {
    return;
  }
  process.stderr.write('anomaly-lens: backend sources changed, compiling (tsc)…\n');
  rmSync(keyFile, { force: true });
  const tsc = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: backend,
      stdio: 'inherit',
    }
  );
  if (tsc.status !== 0) {
    process.exit(tsc.status ?? 1);
  }
  writeFileSync(keyFile, `${want}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--build-only') {
    ensureBuilt();
  } else {
    ensureBuilt();
    const cli = spawnSync(process.execPath, [join(dist, 'cli/main.js'), ...process.argv.slice(2)], {
      stdio: 'inherit',
    });
    if (cli.signal) {
      process.kill(process.pid, cli.signal);
    }
    process.exit(cli.status ?? 1);
  }
}

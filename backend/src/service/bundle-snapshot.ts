/**
 * A private copy of the bundle a model is loaded from. The catalog (main thread) verifies the copy's hashes and
 * every worker, the first ones and the replacements of crashed ones, loads the same copy, so a worker restart
 * reads the bytes the pool was verified with. Reading MODEL_DIR again turned a crash into an outage (a corrupt
 * bundle left there) or a silent version mismatch (a different one); changing MODEL_DIR takes a reload.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BundleSnapshot {
  dir: string;
  remove(): void;
}

/** Copies the bundle's top-level regular files (a bundle has no subdirectories) into a fresh 0700 directory. */
export function snapshotBundle(bundleDir: string): BundleSnapshot {
  const dir = mkdtempSync(join(tmpdir(), 'anomalylens-bundle-'));
  try {
    for (const name of readdirSync(bundleDir)) {
      const from = join(bundleDir, name);
      if (statSync(from).isFile()) {
        copyFileSync(from, join(dir, name));
      }
    }
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`model bundle ${bundleDir}: cannot be copied for serving: ${(err as Error).message}`, {
      cause: err,
    });
  }
  let removed = false;
  return {
    dir,
    remove: () => {
      if (!removed) {
        removed = true;
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

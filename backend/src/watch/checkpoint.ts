/**
 * Per-selector checkpoints: the position reached (a ns timestamp), the lines already accounted in the trailing
 * lateness window (so it can be read again without scoring a line twice) and the cumulative totals that position
 * accounts for. Written atomically (tmp + fsync + rename + directory fsync) only after the scores are accounted,
 * so a crash at any instant resumes without loss or double counting.
 */
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DomainIdSchema, VerdictSchema, type DomainId, type Verdict } from '../contract';

const NsSchema = z.string().regex(/^\d{1,19}$/);
const TotalsSchema = z.array(
  z.object({ domain: DomainIdSchema, verdict: VerdictSchema, count: z.number().int().min(0) })
);

/** Version 1 (before the lateness window): the position and the keys of the entries scored at exactly `ts`. */
const CheckpointV1Schema = z
  .object({
    version: z.literal(1),
    selector: z.string(),
    query: z.string(),
    ts: NsSchema,
    keys: z.array(z.string()),
    totals: TotalsSchema,
    updatedAt: z.string(),
  })
  .strict();

export const CheckpointSchema = z
  .object({
    version: z.literal(2),
    selector: z.string(),
    query: z.string(),
    /** The newest timestamp read: every line up to it is accounted, as are the late ones within the window. */
    ts: NsSchema,
    /** The position where the last re-read of the window began: the next one reaches `lateness` before it. */
    recheckFrom: NsSchema,
    /** Every accounted line at or after `seenFrom` is in `seen` (or, at `legacy.ts`, in `legacy.keys`). */
    seenFrom: NsSchema,
    /** Per second: the concatenated 11-character keys of the lines accounted in it (see seen.ts). */
    seen: z.array(z.tuple([z.number().int().min(0), z.string().regex(/^(?:[A-Za-z0-9_-]{11})*$/)])),
    /** Entries a version-1 checkpoint had scored at its position, by their version-1 key. */
    legacy: z
      .object({ ts: NsSchema, keys: z.array(z.string()) })
      .strict()
      .optional(),
    totals: TotalsSchema,
    /** Lines that arrived late: scored within the lateness window, or found later than it and not scored. */
    late: z.object({ scored: z.number().int().min(0), dropped: z.number().int().min(0) }).strict(),
    updatedAt: z.string(),
  })
  .strict();

export type Checkpoint = z.infer<typeof CheckpointSchema>;

/** A version-1 checkpoint as version 2: complete from its position on, its keys at that position kept. */
export function upgradeCheckpoint(v1: z.infer<typeof CheckpointV1Schema>): Checkpoint {
  return {
    version: 2,
    selector: v1.selector,
    query: v1.query,
    ts: v1.ts,
    recheckFrom: v1.ts,
    seenFrom: v1.ts,
    seen: [],
    legacy: { ts: v1.ts, keys: v1.keys },
    totals: v1.totals,
    late: { scored: 0, dropped: 0 },
    updatedAt: v1.updatedAt,
  };
}
export type Totals = Map<`${DomainId}|${Verdict}`, number>;

export function totalsFromCheckpoint(checkpoint: Checkpoint | null): Totals {
  const totals: Totals = new Map();
  for (const t of checkpoint?.totals ?? []) {
    totals.set(`${t.domain}|${t.verdict}`, t.count);
  }
  return totals;
}

export function totalsToList(totals: Totals): Checkpoint['totals'] {
  return [...totals]
    .map(([key, count]) => {
      const [domain, verdict] = key.split('|') as [DomainId, Verdict];
      return { domain, verdict, count };
    })
    .sort((a, b) => a.domain.localeCompare(b.domain) || a.verdict.localeCompare(b.verdict));
}

export class CheckpointStore {
  constructor(private readonly dir: string) {}

  fileFor(selector: string): string {
    // Selector names are restricted to [A-Za-z0-9_.-] by the config schema, so they are safe file names.
    return path.join(this.dir, `${selector}.checkpoint.json`);
  }

  load(selector: string): Checkpoint | null {
    const file = this.fileFor(selector);
    this.removeStaleTemporaries(selector);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        return null;
      }
      throw err;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      throw new Error(`checkpoint ${file} is not JSON (${(err as Error).message}); delete it to restart from lookback`);
    }
    const isV1 = (raw as { version?: unknown } | null)?.version === 1;
    const parsed = isV1 ? CheckpointV1Schema.safeParse(raw) : CheckpointSchema.safeParse(raw);
    if (!parsed.success) {
      throw new Error(`checkpoint ${file} is invalid: ${z.prettifyError(parsed.error)}`);
    }
    if (parsed.data.selector !== selector) {
      throw new Error(`checkpoint ${file} belongs to selector "${parsed.data.selector}", not "${selector}"`);
    }
    return parsed.data.version === 1 ? upgradeCheckpoint(parsed.data) : parsed.data;
  }

  /**
   * A crash between write and rename leaves `<file>.<pid>.tmp`; the real file is intact, the leftover is junk
   * once its writer is gone.
   */
  private removeStaleTemporaries(selector: string): void {
    const prefix = `${path.basename(this.fileFor(selector))}.`;
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      const pid = Number(name.slice(prefix.length, -'.tmp'.length));
      // A live writer's temporary is its next checkpoint, between write and rename: removing it would fail that
      // save (another process reading the checkpoints, such as a test or a tool, must not break the watcher).
      if (name.startsWith(prefix) && name.endsWith('.tmp') && !isAlive(pid)) {
        rmSync(path.join(this.dir, name), { force: true });
      }
    }
  }

  save(checkpoint: Checkpoint): void {
    mkdirSync(this.dir, { recursive: true });
    const file = this.fileFor(checkpoint.selector);
    const tmp = `${file}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w', 0o644);
    try {
      // Compact: the seen keys of a busy window run into megabytes.
      writeSync(fd, `${JSON.stringify(checkpoint)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    // Persist the rename itself.
    const dirFd = openSync(this.dir, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) {
    return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, owned by someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

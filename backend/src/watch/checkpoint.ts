/**
 * Per-selector checkpoints: the position reached (a ns timestamp plus the keys of the entries already scored at
 * it) and the cumulative totals that position accounts for. Written atomically (tmp + fsync + rename + directory
 * fsync) only after the scores are accounted, so a crash at any instant resumes without loss or double counting.
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

export const CheckpointSchema = z
  .object({
    version: z.literal(1),
    selector: z.string(),
    query: z.string(),
    /** Every entry before `ts` is accounted; at `ts`, exactly those whose key is in `keys`. */
    ts: z.string().regex(/^\d{1,19}$/),
    keys: z.array(z.string()),
    totals: z.array(z.object({ domain: DomainIdSchema, verdict: VerdictSchema, count: z.number().int().min(0) })),
    updatedAt: z.string(),
  })
  .strict();

export type Checkpoint = z.infer<typeof CheckpointSchema>;
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
    const parsed = CheckpointSchema.safeParse(raw);
    if (!parsed.success) {
      throw new Error(`checkpoint ${file} is invalid: ${z.prettifyError(parsed.error)}`);
    }
    if (parsed.data.selector !== selector) {
      throw new Error(`checkpoint ${file} belongs to selector "${parsed.data.selector}", not "${selector}"`);
    }
    return parsed.data;
  }

  /** A crash between write and rename leaves `<file>.<pid>.tmp`; the real file is intact, the leftover is junk. */
  private removeStaleTemporaries(selector: string): void {
    const prefix = `${path.basename(this.fileFor(selector))}.`;
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith(prefix) && name.endsWith('.tmp')) {
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
      writeSync(fd, `${JSON.stringify(checkpoint, null, 2)}\n`);
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

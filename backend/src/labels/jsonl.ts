/**
 * JSONL export and import of labels. Both stream: export reads the store in keyset chunks, import splits the input
 * into lines as bytes arrive and validates each line on its own with zod.
 *
 * Import policy (not all-or-nothing): valid lines are stored, invalid lines are reported with their line number
 * and skipped. Records are written in transactions of `chunkSize` lines, and a record whose id or idempotency key
 * is already stored is skipped as a duplicate (a line without an id gets one derived from its content), so an
 * import that stopped half way, or a file fixed after a report of bad lines, can simply be imported again.
 */
import { createHash } from 'node:crypto';
import { StringDecoder } from 'node:string_decoder';
import { ImportLineSchema, type ImportLine, type ImportReport, type LabelFilter, type LabelRecord } from './schemas';
import type { LabelStore } from './store';
import { issueTexts } from '../util/zod-issues';

export const MAX_IMPORT_LINE_CHARS = 1024 * 1024;

/** Export lines, several records per yielded string (one string per store chunk). */
export function* exportJsonl(store: LabelStore, filter: LabelFilter = {}, chunkSize = 1000): Generator<string> {
  for (const chunk of store.chunks(filter, chunkSize)) {
    let text = '';
    for (const record of chunk) {
      text += `${JSON.stringify(record)}\n`;
    }
    yield text;
  }
}

/** Splits a byte or text stream into lines (LF or CRLF); a line over `maxChars` characters is yielded as `null`. */
export async function* splitLines(
  input: AsyncIterable<Buffer | string>,
  maxChars = MAX_IMPORT_LINE_CHARS
): AsyncGenerator<string | null> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let overlong = false;
  const emit = (line: string): string | null => {
    // Also checked here, so the verdict on a long line does not depend on how the input was chunked.
    if (overlong || line.length > maxChars) {
      overlong = false;
      return null;
    }
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  };
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      yield emit(pending.slice(0, newline));
      pending = pending.slice(newline + 1);
    }
    if (pending.length > maxChars) {
      // Keep memory bounded: drop the text of an oversized line, remember to report it when it ends.
      overlong = true;
      pending = '';
    }
  }
  pending += decoder.end();
  if (pending.length > 0 || overlong) {
    yield emit(pending);
  }
}

export interface ImportOptions {
  /** Fills in a label that has no user (default "anonymous"). */
  user?: string;
  /**
   * Keep a line's own user, source and createdAt (default true: the CLI restores a backup exactly). The HTTP
   * route sets false: a client must not choose who labelled or when.
   */
  keepProvenance?: boolean;
  chunkSize?: number;
  /** Errors listed in the report; all are counted (default 100). */
  maxErrors?: number;
  now?: () => Date;
  /** Called after each committed chunk (progress, tests). */
  onChunk?(report: ImportReport): void;
  /**
   * Pause after each committed chunk (default 5 ms): SQLite's write lock is not fair, so without a gap a long
   * import from another process would starve the service's feedback writes until their busy_timeout; in the
   * service's own process the pause lets other requests run.
   */
  pauseMs?: number;
}

function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issueTexts(issues, { limit: 3, root: null }).join('; ');
}

/**
 * The id of a line that has none: a hash of its content, so importing the same hand-written file twice stores its
 * labels once (zod's output has the schema's key order, so equal labels hash equally).
 */
function contentId(line: ImportLine): string {
  return `import-${createHash('sha256').update(JSON.stringify(line)).digest('hex').slice(0, 32)}`;
}

export async function importJsonl(
  store: LabelStore,
  input: AsyncIterable<Buffer | string>,
  options: ImportOptions = {}
): Promise<ImportReport> {
  const chunkSize = options.chunkSize ?? 1000;
  const maxErrors = options.maxErrors ?? 100;
  const now = options.now ?? (() => new Date());
  const report: ImportReport = { lines: 0, imported: 0, duplicates: 0, invalid: 0, errors: [] };
  let batch: LabelRecord[] = [];
  const fail = (line: number, message: string) => {
    report.invalid++;
    if (report.errors.length < maxErrors) {
      report.errors.push({ line, message });
    }
  };
  const pauseMs = options.pauseMs ?? 5;
  const flush = async () => {
    if (batch.length > 0) {
      const records = batch;
      const { imported, duplicates } = await store.retrying(() => store.insertRecords(records));
      report.imported += imported;
      report.duplicates += duplicates;
      batch = [];
      options.onChunk?.(report);
    }
  };
  for await (const text of splitLines(input)) {
    const lineNo = ++report.lines;
    if (text === null) {
      fail(lineNo, `line longer than ${MAX_IMPORT_LINE_CHARS} characters`);
      continue;
    }
    if (text.trim() === '') {
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      fail(lineNo, `invalid JSON: ${(err as Error).message}`);
      continue;
    }
    const parsed = ImportLineSchema.safeParse(value);
    if (!parsed.success) {
      fail(lineNo, describeIssues(parsed.error.issues));
      continue;
    }
    const line = parsed.data;
    const keep = options.keepProvenance ?? true;
    batch.push({
      ...line,
      id: line.id ?? contentId(line),
      user: (keep ? line.user : undefined) ?? options.user ?? 'anonymous',
      createdAt: (keep ? line.createdAt : undefined) ?? now().toISOString(),
      source: (keep ? line.source : undefined) ?? 'import',
    });
    if (batch.length >= chunkSize) {
      await flush();
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
  await flush();
  return report;
}

/**
 * `anomaly-lens labels export|import|stats --db <file>`: the label store offline (backups, moving labels between
 * services, seeding from a file). Works on the same file as a running service: SQLite's locking makes that safe.
 */
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Command, Option } from 'commander';
import { DOMAIN_IDS } from '../../contract';
import { exportJsonl, importJsonl } from '../../labels/jsonl';
import { LabelExportQuerySchema, type ImportReport, type LabelStats } from '../../labels/schemas';
import { LabelStore } from '../../labels/store';
import { DEFAULT_LABELS_DB } from '../../service/config';
import { CliError, parseIntOption, report } from '../output';
import { issuePath } from '../../util/zod-issues';

interface DbFlags {
  db: string;
  json?: boolean;
}

interface ExportFlags extends DbFlags {
  out?: string;
  templateId?: string;
  verdict?: string;
  domain?: string;
  user?: string;
  since?: string;
}

interface ImportFlags extends DbFlags {
  user?: string;
}

interface StatsFlags extends DbFlags {
  below?: number;
  limit: number;
}

function openStore(file: string, mustExist: boolean): LabelStore {
  if (mustExist && !existsSync(file)) {
    throw new CliError(`--db ${file}: no such label database`);
  }
  try {
    return LabelStore.open(file);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}

async function writeAll(out: Writable, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!out.write(chunk)) {
      await once(out, 'drain');
    }
  }
}

const dbOption = () => new Option('--db <file>', 'label database (SQLite)').env('LABELS_DB').default(DEFAULT_LABELS_DB);

export function registerLabels(program: Command): void {
  const labels = program.command('labels').description('Export, import and count the labels of a label store');

  labels
    .command('export')
    .description('Write labels as JSONL (one label per line, oldest first) to --out or stdout')
    .addOption(dbOption())
    .option('--out <file>', 'output file (default: stdout)')
    .option('--template-id <id>', 'only labels of this template')
    .addOption(new Option('--verdict <verdict>', 'only this verdict').choices(['anomaly', 'normal']))
    .addOption(new Option('--domain <domain>', 'only this domain').choices(DOMAIN_IDS))
    .option('--user <login>', 'only labels by this user')
    .option('--since <iso>', 'only labels created at or after this ISO 8601 time')
    .option('--json', 'print the summary as JSON (needs --out: stdout carries the labels otherwise)')
    .action(async (flags: ExportFlags) => {
      if (flags.json && !flags.out) {
        throw new CliError('--json needs --out: without it the labels themselves go to stdout');
      }
      const parsed = LabelExportQuerySchema.safeParse({
        templateId: flags.templateId,
        verdict: flags.verdict,
        domain: flags.domain,
        user: flags.user,
        since: flags.since,
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new CliError(`--${issuePath(issue.path)}: ${issue.message}`);
      }
      const store = openStore(flags.db, true);
      try {
        const count = store.count(parsed.data);
        if (!flags.out) {
          await writeAll(process.stdout, exportJsonl(store, parsed.data));
          return;
        }
        const out = createWriteStream(flags.out);
        await writeAll(out, exportJsonl(store, parsed.data));
        out.end();
        await once(out, 'finish');
        report(
          flags.json,
          { db: flags.db, out: flags.out, labels: count },
          (s) => `Exported ${s.labels} labels to ${s.out}`
        );
      } finally {
        store.close();
      }
    });

  labels
    .command('import')
    .description(
      'Store the labels of a JSONL file ("-" for stdin). Valid lines are stored, invalid ones are reported with ' +
        'their line number and skipped (exit code 1); labels already stored (same id) are skipped, so a file can ' +
        'be imported again after fixing it.'
    )
    .argument('<file>', 'JSONL file, or - for stdin')
    .addOption(dbOption())
    .option('--user <login>', 'user recorded for lines without one', process.env.USER ?? 'cli')
    .option('--json', 'print the import report as JSON')
    .action(async (file: string, flags: ImportFlags) => {
      if (file !== '-' && !existsSync(file)) {
        throw new CliError(`${file}: no such file`);
      }
      const store = openStore(flags.db, false);
      let result: ImportReport;
      try {
        result = await importJsonl(store, file === '-' ? process.stdin : createReadStream(file), { user: flags.user });
      } finally {
        store.close();
      }
      report(flags.json, result, (r) =>
        [
          `Read ${r.lines} lines: imported ${r.imported}, already stored ${r.duplicates}, invalid ${r.invalid}`,
          ...r.errors.map((e) => `  line ${e.line}: ${e.message}`),
          ...(r.invalid > r.errors.length ? [`  … and ${r.invalid - r.errors.length} more invalid lines`] : []),
        ].join('\n')
      );
      if (result.invalid > 0) {
        process.exitCode = 1;
      }
    });

  labels
    .command('stats')
    .description('Label counts: total, per verdict and domain, and per template (fewest labels first)')
    .addOption(dbOption())
    .option('--below <k>', 'only templates with fewer than k labels', parseIntOption('--below', 1))
    .option('--limit <n>', 'templates listed at most', parseIntOption('--limit', 1, 10_000), 50)
    .option('--json', 'print the statistics as JSON')
    .action((flags: StatsFlags) => {
      const store = openStore(flags.db, true);
      let stats: LabelStats;
      try {
        stats = store.stats({ below: flags.below, limit: flags.limit, offset: 0 });
      } finally {
        store.close();
      }
      report(flags.json, stats, (s) =>
        [
          `${s.total} labels: ${s.verdicts.anomaly} anomaly, ${s.verdicts.normal} normal, ${s.verdicts.none} domain only`,
          `Domains: ${
            Object.entries(s.domains)
              .map(([d, n]) => `${d} ${n}`)
              .join(', ') || 'none'
          }`,
          `${s.templateCount} templates${flags.below ? ` with fewer than ${flags.below} labels` : ''}` +
            ` (${s.withoutTemplate} labels without a template)`,
          ...s.templates.map((t) =>
            `  ${String(t.count).padStart(6)}  (${t.anomaly}/${t.normal})  ${t.templateId}  ${t.template ?? ''}`.trimEnd()
          ),
          ...(s.templateCount > s.templates.length ? [`  … ${s.templateCount - s.templates.length} more`] : []),
        ].join('\n')
      );
    });
}

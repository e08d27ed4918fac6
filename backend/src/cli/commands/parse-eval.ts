/**
 * `anomaly-lens parse-eval --data <loghub-2k dir>`: grouping and parsing accuracy of the normaliser + Drain
 * miner on every `<System>/<System>_2k.log` (+ `_structured.csv` ground truth) below the folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { evaluateParsing, type LabelledLog, type ParseEvalResult } from '../../drain/parseRun';
import { CliError, report } from '../output';

/** Drain's published GA on Loghub-2k (Zhu et al. 2019, as listed in the shared DATASETS.md). */
export const PUBLISHED_DRAIN_GA: Record<string, number> = {
  HDFS: 0.998,
  Hadoop: 0.948,
  Spark: 0.92,
  Zookeeper: 0.967,
  OpenStack: 0.733,
  BGL: 0.963,
  HPC: 0.887,
  Thunderbird: 0.955,
  Windows: 0.997,
  Linux: 0.69,
  Mac: 0.787,
  Android: 0.911,
  HealthApp: 0.78,
  Apache: 1,
  OpenSSH: 0.788,
  Proxifier: 0.527,
};

export interface ParseEvalReport {
  datasets: Array<ParseEvalResult & { publishedDrainGa: number | null }>;
  average: { ga: number; pa: number };
}

const rowSchema = z.object({ EventId: z.string().min(1), EventTemplate: z.string() });

/** Finds `<dir>/<name>/<name>*.log` with a sibling `<log>_structured.csv` (or the files directly in `dir`). */
export function findLabelledLogs(dir: string): Array<{ name: string; log: string; structured: string }> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CliError(`--data ${dir} is not a directory`);
  }
  const found: Array<{ name: string; log: string; structured: string }> = [];
  const scan = (folder: string) => {
    for (const file of readdirSync(folder).sort()) {
      const structured = join(folder, `${file}_structured.csv`);
      if (file.endsWith('.log') && existsSync(structured)) {
        found.push({ name: file.replace(/(_2k)?\.log$/, ''), log: join(folder, file), structured });
      }
    }
  };
  scan(dir);
  for (const entry of readdirSync(dir).sort()) {
    const sub = join(dir, entry);
    if (statSync(sub).isDirectory()) {
      scan(sub);
    }
  }
  if (found.length === 0) {
    throw new CliError(`--data ${dir}: no <name>.log with a <name>.log_structured.csv found (searched one level deep)`);
  }
  return found;
}

export function loadLabelledLog(name: string, logPath: string, structuredPath: string): LabelledLog {
  const lines = readFileSync(logPath, 'utf8').split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') {
    lines.pop();
  }
  let rows: unknown[];
  try {
    rows = parse(readFileSync(structuredPath), { columns: true, skip_empty_lines: true });
  } catch (err) {
    throw new CliError(`${structuredPath}: not a readable CSV: ${(err as Error).message}`);
  }
  if (rows.length !== lines.length) {
    throw new CliError(`${name}: ${lines.length} log lines but ${rows.length} rows in ${structuredPath}`);
  }
  const eventIds: string[] = [];
  const templates: string[] = [];
  rows.forEach((row, i) => {
    const parsed = rowSchema.safeParse(row);
    if (!parsed.success) {
      throw new CliError(`${structuredPath} row ${i + 2}: needs EventId and EventTemplate columns`);
    }
    eventIds.push(parsed.data.EventId);
    templates.push(parsed.data.EventTemplate);
  });
  return { name, lines, eventIds, templates };
}

export function runParseEval(dir: string): ParseEvalReport {
  const datasets = findLabelledLogs(dir).map(({ name, log, structured }) => {
    const result = evaluateParsing(loadLabelledLog(name, log, structured));
    return { ...result, publishedDrainGa: PUBLISHED_DRAIN_GA[name] ?? null };
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    datasets,
    average: { ga: round(mean(datasets.map((d) => d.ga))), pa: round(mean(datasets.map((d) => d.pa))) },
  };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function renderTable(r: ParseEvalReport): string {
  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (x: number | null) => (x === null ? '   -  ' : x.toFixed(3).padStart(6));
  const header = `${pad('dataset', 12)} ${pad('format', 12)} ${'lines'.padStart(6)} ${'tmpl'.padStart(5)}    GA  Drain GA     PA   lines/s`;
  const rows = r.datasets.map(
    (d) =>
      `${pad(d.name, 12)} ${pad(d.format, 12)} ${String(d.lines).padStart(6)} ${String(d.templates).padStart(5)} ${num(d.ga)}    ${num(d.publishedDrainGa)} ${num(d.pa)} ${String(d.linesPerSecond).padStart(9)}`
  );
  const published = r.datasets.map((d) => d.publishedDrainGa).filter((x): x is number => x !== null);
  const pubAvg = published.length ? published.reduce((a, b) => a + b, 0) / published.length : null;
  return [header, ...rows, `${pad('average', 38)}${num(r.average.ga)}    ${num(pubAvg)} ${num(r.average.pa)}`].join(
    '\n'
  );
}

export function registerParseEval(program: Command): void {
  program
    .command('parse-eval')
    .description('Grouping (GA) and parsing (PA) accuracy of the normaliser + Drain miner on Loghub-2k style data')
    .requiredOption('--data <dir>', 'folder with <System>/<System>_2k.log and <System>_2k.log_structured.csv')
    .option('--json', 'print JSON')
    .action((opts: { data: string; json?: boolean }) => {
      const result = runParseEval(opts.data);
      const json = {
        datasets: result.datasets.map((d) => ({
          name: d.name,
          lines: d.lines,
          ga: round(d.ga),
          pa: round(d.pa),
          linesPerSecond: d.linesPerSecond,
          format: d.format,
          templates: d.templates,
          publishedDrainGa: d.publishedDrainGa,
        })),
        average: result.average,
      };
      report(opts.json, json, () => renderTable(result));
    });
}

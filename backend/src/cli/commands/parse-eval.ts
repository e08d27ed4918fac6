/**
 * `anomaly-lens parse-eval --data <loghub-2k dir>`: grouping and parsing accuracy of the normaliser + Drain
 * miner on every `<System>/<System>_2k.log` (+ `_structured.csv` ground truth) below the folder.
 *
 * The reported GA/PA are the real path: each line as its system wrote it (a Loghub `Label` column, which the
 * structured CSV names, is removed from the raw line first), header parsed by format `auto`, default miner
 * settings: what the shipped bundle does. "Ideal parse" (the dataset's own built-in format, where one exists)
 * is a diagnostic beside it. `--floors <json>` fails (exit 1) when a system or the average drops below its floor.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { evaluateParsing, type LabelledLog, type ParseEvalResult } from '../../drain/parseRun';
import { builtinFormat } from '../../normalize/formats';
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

export interface ParseEvalDataset extends ParseEvalResult {
  publishedDrainGa: number | null;
  /** The same log parsed with its dataset-specific built-in format; null when none exists. */
  ideal: { format: string; ga: number; pa: number } | null;
}

export interface ParseEvalReport {
  datasets: ParseEvalDataset[];
  average: { ga: number; pa: number };
  /** Average over the datasets that have an ideal parse. */
  idealAverage: { ga: number; pa: number } | null;
}

const rowSchema = z.object({ EventId: z.string().min(1), EventTemplate: z.string(), Label: z.string().optional() });

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
    const label = parsed.data.Label;
    if (label !== undefined) {
      // Loghub's ground-truth column (BGL, Thunderbird) is not part of the line the node wrote.
      if (!lines[i].startsWith(`${label} `)) {
        throw new CliError(`${name} line ${i + 1} does not start with its Label column "${label}"`);
      }
      lines[i] = lines[i].slice(label.length + 1);
    }
  });
  return { name, lines, eventIds, templates };
}

/** The built-in format written for this dataset (`hdfs` for HDFS …), or null. */
export function idealFormat(name: string): string | null {
  const id = name.toLowerCase();
  return builtinFormat(id) ? id : null;
}

export function runParseEval(dir: string, options: { ideal?: boolean } = {}): ParseEvalReport {
  const datasets = findLabelledLogs(dir).map(({ name, log, structured }): ParseEvalDataset => {
    const labelled = loadLabelledLog(name, log, structured);
    const result = evaluateParsing(labelled);
    const format = options.ideal === false ? null : idealFormat(name);
    let ideal: ParseEvalDataset['ideal'] = null;
    if (format) {
      const { ga, pa } = evaluateParsing(labelled, { format });
      ideal = { format, ga, pa };
    }
    return { ...result, publishedDrainGa: PUBLISHED_DRAIN_GA[name] ?? null, ideal };
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const ideals = datasets.flatMap((d) => (d.ideal ? [d.ideal] : []));
  return {
    datasets,
    average: { ga: round(mean(datasets.map((d) => d.ga))), pa: round(mean(datasets.map((d) => d.pa))) },
    idealAverage: ideals.length
      ? { ga: round(mean(ideals.map((d) => d.ga))), pa: round(mean(ideals.map((d) => d.pa))) }
      : null,
  };
}

const floorsSchema = z
  .object({
    average: z.number().min(0).max(1),
    datasets: z.record(z.string(), z.number().min(0).max(1)),
  })
  .strict();

export type GaFloors = z.infer<typeof floorsSchema>;

export function readFloors(path: string): GaFloors {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new CliError(`--floors ${path}: not a readable JSON file: ${(err as Error).message}`);
  }
  const parsed = floorsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new CliError(`--floors ${path}: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** Every way the report falls short of the floors (a floored system that is missing counts too); [] = pass. */
export function floorViolations(report: ParseEvalReport, floors: GaFloors): string[] {
  const out: string[] = [];
  for (const [name, floor] of Object.entries(floors.datasets)) {
    const d = report.datasets.find((x) => x.name === name);
    if (!d) {
      out.push(`${name}: missing (floor ${floor})`);
    } else if (d.ga < floor) {
      out.push(`${name}: GA ${d.ga.toFixed(4)} < floor ${floor}`);
    }
  }
  if (report.average.ga < floors.average) {
    out.push(`average: GA ${report.average.ga.toFixed(4)} < floor ${floors.average}`);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function renderTable(r: ParseEvalReport): string {
  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (x: number | null) => (x === null ? '   -  ' : x.toFixed(3).padStart(6));
  const header = `${pad('dataset', 12)} ${pad('header (auto)', 18)} ${'tmpl'.padStart(5)}    GA     PA  Drain GA  ideal GA  ideal PA   lines/s`;
  const rows = r.datasets.map(
    (d) =>
      `${pad(d.name, 12)} ${pad(`${d.headerFormat} ${Math.round(d.headerShare * 100)}%`, 18)} ${String(d.templates).padStart(5)} ${num(d.ga)} ${num(d.pa)}    ${num(d.publishedDrainGa)}    ${num(d.ideal?.ga ?? null)}    ${num(d.ideal?.pa ?? null)} ${String(d.linesPerSecond).padStart(9)}`
  );
  const published = r.datasets.map((d) => d.publishedDrainGa).filter((x): x is number => x !== null);
  const pubAvg = published.length ? published.reduce((a, b) => a + b, 0) / published.length : null;
  return [
    header,
    ...rows,
    `${pad('average', 37)}${num(r.average.ga)} ${num(r.average.pa)}    ${num(pubAvg)}    ${num(r.idealAverage?.ga ?? null)}    ${num(r.idealAverage?.pa ?? null)}`,
  ].join('\n');
}

export function registerParseEval(program: Command): void {
  program
    .command('parse-eval')
    .description('Grouping (GA) and parsing (PA) accuracy of the normaliser + Drain miner on Loghub-2k style data')
    .requiredOption('--data <dir>', 'folder with <System>/<System>_2k.log and <System>_2k.log_structured.csv')
    .option('--json', 'print JSON')
    .option('--floors <json>', 'exit 1 when a system\'s or the average GA is below its floor ({"average","datasets"})')
    .action((opts: { data: string; json?: boolean; floors?: string }) => {
      const floors = opts.floors ? readFloors(opts.floors) : null;
      const result = runParseEval(opts.data);
      const json = {
        datasets: result.datasets.map((d) => ({
          name: d.name,
          lines: d.lines,
          ga: round(d.ga),
          pa: round(d.pa),
          linesPerSecond: d.linesPerSecond,
          format: d.format,
          headerFormat: d.headerFormat,
          headerShare: round(d.headerShare),
          templates: d.templates,
          publishedDrainGa: d.publishedDrainGa,
          ideal: d.ideal ? { format: d.ideal.format, ga: round(d.ideal.ga), pa: round(d.ideal.pa) } : null,
        })),
        average: result.average,
        idealAverage: result.idealAverage,
      };
      report(opts.json, json, () => renderTable(result));
      if (floors) {
        const violations = floorViolations(result, floors);
        if (violations.length > 0) {
          throw new CliError(`GA below its floor (${opts.floors}):\n  ${violations.join('\n  ')}`, 1);
        }
      }
    });
}

/**
 * Scoring against stream baselines and feeding them: the glue between the store, the classifier and the
 * decision. `annotate` reads the store only (scoring the same window twice from Grafana changes nothing);
 * `observe` counts lines (the watcher, `baseline learn`, the learn route and the Loki bootstrap).
 */
import type { ChronicError, LineResult, LogLineInput } from '../contract';
import { classify, DEFAULT_RULES, type BaselineRules } from './classify';
import { combineInto, DEFAULT_COMBINE, type CombineRules } from './combine';
import { DEFAULT_STREAM_LABELS, streamKey } from './identity';
import type { LabelledTemplates } from './labelled';
import { patternOf } from './pattern';
import { hourOf, resolveTemplate } from './stats';
import type { BaselineStore } from './store';

export interface BaselineScorerOptions {
  /** Ordered label names that identify a stream (see identity.ts). */
  streamLabels?: readonly string[];
  rules?: Partial<BaselineRules>;
  combine?: Partial<CombineRules>;
  /** Templates with labels (training or the user's): the baseline never changes their verdict. */
  labelled?: LabelledTemplates;
  now?: () => number;
}

/** A line's time: its Loki timestamp (ns) when it has one, else now. */
export function lineMs(line: LogLineInput, now: number): number {
  if (line.timestamp === undefined) {
    return now;
  }
  // Nanoseconds exceed 2^53; milliseconds are what the hourly buckets need, so the lost digits do not matter.
  const ms = Math.floor(Number(line.timestamp) / 1e6);
  return Number.isFinite(ms) ? ms : now;
}

export class BaselineScorer {
  readonly streamLabels: readonly string[];
  readonly rules: BaselineRules;
  readonly combine: CombineRules;
  private readonly labelled: LabelledTemplates;
  private readonly now: () => number;

  constructor(
    readonly store: BaselineStore,
    options: BaselineScorerOptions = {}
  ) {
    this.streamLabels = options.streamLabels ?? DEFAULT_STREAM_LABELS;
    this.rules = { ...DEFAULT_RULES, ...options.rules };
    this.combine = { ...DEFAULT_COMBINE, ...options.combine };
    this.labelled = options.labelled ?? { refresh: () => undefined, has: () => false };
    this.now = options.now ?? Date.now;
  }

  keyOf(line: LogLineInput): string | null {
    return streamKey(line.labels, this.streamLabels);
  }

  /**
   * Adds baseline evidence to the results of lines whose stream has a baseline and combines it with the model's
   * verdict, in place.
   */
  annotate(lines: readonly LogLineInput[], results: LineResult[]): void {
    const now = this.now();
    const n = lines.length;
    const keys = new Array<string | null>(n);
    const hours = new Float64Array(n);
    // Occurrences of each (stream, template, hour) among these lines, and the first one's time.
    const local = new Map<string, { count: number; first: number }>();
    let any = false;
    for (let i = 0; i < n; i++) {
      const key = this.keyOf(lines[i]!);
      keys[i] = key;
      if (key === null || this.store.get(key) === null) {
        keys[i] = null;
        continue;
      }
      any = true;
      const ms = lineMs(lines[i]!, now);
      const hour = hourOf(ms);
      hours[i] = hour;
      const resolved = resolveTemplate(
        this.store.get(key)!,
        patternOf(results[i]!.template),
        this.rules.resolveSimilarity
      );
      const k = `${key}\u0000${resolved ?? patternOf(results[i]!.template).id}\u0000${hour}`;
      const c = local.get(k);
      if (c === undefined) {
        local.set(k, { count: 1, first: ms });
      } else {
        c.count++;
        c.first = Math.min(c.first, ms);
      }
    }
    if (!any) {
      return;
    }
    this.labelled.refresh();
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      if (key === null || key === undefined) {
        continue;
      }
      const stream = this.store.get(key)!;
      const result = results[i]!;
      const pattern =
        resolveTemplate(stream, patternOf(result.template), this.rules.resolveSimilarity) ??
        patternOf(result.template).id;
      const c = local.get(`${key}\u0000${pattern}\u0000${hours[i]}`)!;
      const evidence = classify(stream, pattern, hours[i]!, c.count, c.first, this.rules, this.store.limits);
      if (evidence === null) {
        continue;
      }
      combineInto(result, evidence, this.labelled.has(result.template.id), this.combine);
    }
  }

  /** The chronic errors among annotated results, one entry per stream and template, in order of first line. */
  chronicErrors(lines: readonly LogLineInput[], results: readonly LineResult[]): ChronicError[] {
    const chronic = new Map<string, ChronicError>();
    for (let i = 0; i < results.length; i++) {
      const result = results[i]!;
      const evidence = result.baseline;
      if (evidence?.state !== 'chronic') {
        continue;
      }
      const key = this.keyOf(lines[i]!)!;
      const ck = `${key}\u0000${result.template.id}`;
      const entry = chronic.get(ck);
      if (entry) {
        entry.lines.push(result.index);
      } else {
        chronic.set(ck, {
          stream: key,
          template: { id: result.template.id, text: result.template.text },
          seen: evidence.seen,
          firstSeen: evidence.firstSeen,
          expectedPerHour: evidence.expectedPerHour,
          lines: [result.index],
        });
      }
    }
    return [...chronic.values()];
  }

  /** Counts scored lines into their streams' baselines (lines without labels have no stream: skipped). */
  observe(lines: readonly LogLineInput[], results: readonly LineResult[]): number {
    const now = this.now();
    let counted = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const key = this.keyOf(line);
      if (key === null) {
        continue;
      }
      const pattern = patternOf(results[i]!.template);
      const stream = this.store.get(key);
      const resolved = stream === null ? null : resolveTemplate(stream, pattern, this.rules.resolveSimilarity);
      const into = resolved === null || resolved === pattern.id ? pattern : stream!.templates.get(resolved)!;
      this.store.observe(key, line.labels!, into, lineMs(line, now), 1, line.line);
      counted++;
    }
    return counted;
  }
}

/**
 * A batch's results in the worker pool's message form: two typed arrays (transferred, not copied) plus each
 * distinct string of the batch once. Written straight from the detector's decisions, so a worker builds no
 * per-line result objects only to take them apart again. The one codec of that form: the layout, both encoders
 * (`ResultPacker` from decisions, `packResults` from LineResults, for detectors without `scorePacked` such as the
 * test fakes) and the decoder (`unpackResults`, the pool's main thread).
 */
import type { DomainId, DomainScore, LineResult, LogLineInput, TemplateRef } from '../contract';
import type { TemplateMatch } from '../drain';
import { TOP_DOMAINS, type DecisionScratch } from '../model/decide';

/** Int32 fields per line: flags, domain, template id, template text, top-domain count, top domains. */
export const PACKED_INTS = 5 + TOP_DOMAINS;
/** Float64 fields per line: score and the top domains' scores (float64, so scores stay bit-identical). */
export const PACKED_FLOATS = 1 + TOP_DOMAINS;
export const PACKED_ANOMALY = 1;
export const PACKED_NOVEL = 2;
export const PACKED_TRUNCATED = 4;

// Offsets within a line's int32s and float64s: every encoder and the decoder below use these.
const I_FLAGS = 0;
const I_DOMAIN = 1;
const I_TEMPLATE_ID = 2;
const I_TEMPLATE_TEXT = 3;
const I_TOP_COUNT = 4;
const I_TOP = 5;
const F_SCORE = 0;
const F_TOP = 1;

/**
 * A batch's results without ids (the main thread echoes them from its inputs). Line i has `PACKED_INTS` int32s
 * in `ints` (flags; string indices of domain, template id, template text; the number of top domains; their string
 * indices) and `PACKED_FLOATS` float64s in `floats` (score, top domains' scores).
 */
export interface PackedResults {
  /** Each distinct string of the batch once: domain ids, template ids and texts. */
  strings: string[];
  ints: Int32Array;
  floats: Float64Array;
}

/** Packs one batch at a time; the string tables are reset by `begin`. */
export class ResultPacker {
  private strings: string[] = [];
  private ints = new Int32Array(0);
  private floats = new Float64Array(0);
  /** String index of each domain in this batch, -1 until used. */
  private readonly domainAt: Int32Array;
  /** Template id → index of the id (its text follows it). */
  private readonly templateAt = new Map<string, number>();

  constructor(private readonly domainIds: readonly DomainId[]) {
    this.domainAt = new Int32Array(domainIds.length);
  }

  begin(lines: number): void {
    this.strings = [];
    this.ints = new Int32Array(lines * PACKED_INTS);
    this.floats = new Float64Array(lines * PACKED_FLOATS);
    this.domainAt.fill(-1);
    this.templateAt.clear();
  }

  line(row: number, d: DecisionScratch, template: TemplateMatch, novel: boolean, truncated: boolean): void {
    const at = row * PACKED_INTS;
    const fat = row * PACKED_FLOATS;
    const ints = this.ints;
    ints[at + I_FLAGS] =
      (d.anomaly ? PACKED_ANOMALY : 0) | (novel ? PACKED_NOVEL : 0) | (truncated ? PACKED_TRUNCATED : 0);
    ints[at + I_DOMAIN] = this.domain(d.domain);
    const t = this.template(template);
    ints[at + I_TEMPLATE_ID] = t;
    ints[at + I_TEMPLATE_TEXT] = t + 1;
    ints[at + I_TOP_COUNT] = d.topCount;
    this.floats[fat + F_SCORE] = d.score;
    for (let k = 0; k < d.topCount; k++) {
      ints[at + I_TOP + k] = this.domain(d.top[k]!);
      this.floats[fat + F_TOP + k] = d.topScores[k]!;
    }
  }

  finish(): PackedResults {
    return { strings: this.strings, ints: this.ints, floats: this.floats };
  }

  private domain(index: number): number {
    let at = this.domainAt[index]!;
    if (at < 0) {
      at = this.strings.push(this.domainIds[index]!) - 1;
      this.domainAt[index] = at;
    }
    return at;
  }

  /** Index of the template's id; its text is at the next index. */
  private template(template: TemplateMatch): number {
    let at = this.templateAt.get(template.id);
    if (at === undefined || this.strings[at + 1] !== template.text) {
      at = this.strings.push(template.id, template.text) - 2;
      this.templateAt.set(template.id, at);
    }
    return at;
  }
}

/**
 * Worker side, for detectors without `scorePacked` (the engine's writes this form directly: ResultPacker). Ids are dropped (the worker never saw them). Throws on more than three top domains.
 */
export function packResults(results: readonly LineResult[]): PackedResults {
  const n = results.length;
  const ints = new Int32Array(n * PACKED_INTS);
  const floats = new Float64Array(n * PACKED_FLOATS);
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const intern = (s: string): number => {
    let i = indexOf.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      indexOf.set(s, i);
    }
    return i;
  };
  for (let row = 0; row < n; row++) {
    const r = results[row]!;
    const top = r.domainScores;
    if (top.length > TOP_DOMAINS) {
      throw new Error(`line ${row} has ${top.length} top domains, at most ${TOP_DOMAINS} can be sent`);
    }
    const at = row * PACKED_INTS;
    const fat = row * PACKED_FLOATS;
    ints[at + I_FLAGS] =
      (r.verdict === 'anomaly' ? PACKED_ANOMALY : 0) |
      (r.novel ? PACKED_NOVEL : 0) |
      (r.truncated ? PACKED_TRUNCATED : 0);
    ints[at + I_DOMAIN] = intern(r.domain);
    ints[at + I_TEMPLATE_ID] = intern(r.template.id);
    ints[at + I_TEMPLATE_TEXT] = intern(r.template.text);
    ints[at + I_TOP_COUNT] = top.length;
    floats[fat + F_SCORE] = r.score;
    for (let k = 0; k < top.length; k++) {
      ints[at + I_TOP + k] = intern(top[k]!.domain);
      floats[fat + F_TOP + k] = top[k]!.score;
    }
  }
  return { strings, ints, floats };
}

/**
 * Main-thread side: LineResults as the detector built them, ids taken from `lines` (the batch's inputs). Lines of
 * one template share one template object.
 */
export function unpackResults(packed: PackedResults, lines: readonly LogLineInput[]): LineResult[] {
  const { strings, ints, floats } = packed;
  const n = ints.length / PACKED_INTS;
  const results = new Array<LineResult>(n);
  const templates = new Array<TemplateRef | undefined>(strings.length);
  for (let row = 0; row < n; row++) {
    const at = row * PACKED_INTS;
    const fat = row * PACKED_FLOATS;
    const flags = ints[at + I_FLAGS]!;
    const id = strings[ints[at + I_TEMPLATE_ID]!]!;
    const textIndex = ints[at + I_TEMPLATE_TEXT]!;
    let template = templates[textIndex];
    if (template === undefined || template.id !== id) {
      template = { id, text: strings[textIndex]! };
      templates[textIndex] = template;
    }
    const count = ints[at + I_TOP_COUNT]!;
    const domainScores = new Array<DomainScore>(count);
    for (let k = 0; k < count; k++) {
      domainScores[k] = { domain: strings[ints[at + I_TOP + k]!] as DomainId, score: floats[fat + F_TOP + k]! };
    }
    const result: LineResult = {
      index: row,
      verdict: flags & PACKED_ANOMALY ? 'anomaly' : 'normal',
      score: floats[fat + F_SCORE]!,
      domain: strings[ints[at + I_DOMAIN]!] as DomainId,
      domainScores,
      template,
      novel: (flags & PACKED_NOVEL) !== 0,
      truncated: (flags & PACKED_TRUNCATED) !== 0,
    };
    const lineId = lines[row]?.id;
    if (lineId !== undefined) {
      result.id = lineId;
    }
    results[row] = result;
  }
  return results;
}

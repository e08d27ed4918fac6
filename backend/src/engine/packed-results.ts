/**
 * A batch's results in the worker pool's message form: two typed arrays (transferred, not copied) plus each
 * distinct string of the batch once. Written straight from the detector's decisions, so a worker builds no
 * per-line result objects only to take them apart again.
 */
import type { DomainId } from '../contract';
import type { TemplateMatch } from '../drain';
import { TOP_DOMAINS, type DecisionScratch } from '../model/decide';

/** Int32 fields per line: flags, domain, template id, template text, top-domain count, top domains. */
export const PACKED_INTS = 5 + TOP_DOMAINS;
/** Float64 fields per line: score and the top domains' scores (float64, so scores stay bit-identical). */
export const PACKED_FLOATS = 1 + TOP_DOMAINS;
export const PACKED_ANOMALY = 1;
export const PACKED_NOVEL = 2;
export const PACKED_TRUNCATED = 4;

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
    ints[at] = (d.anomaly ? PACKED_ANOMALY : 0) | (novel ? PACKED_NOVEL : 0) | (truncated ? PACKED_TRUNCATED : 0);
    ints[at + 1] = this.domain(d.domain);
    const t = this.template(template);
    ints[at + 2] = t;
    ints[at + 3] = t + 1;
    ints[at + 4] = d.topCount;
    this.floats[fat] = d.score;
    for (let k = 0; k < d.topCount; k++) {
      ints[at + 5 + k] = this.domain(d.top[k]!);
      this.floats[fat + 1 + k] = d.topScores[k]!;
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

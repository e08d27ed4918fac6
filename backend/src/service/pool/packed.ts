/**
 * Compact forms of a batch for postMessage. Structured clone of per-line objects (and JSON as the earlier
 * workaround) cost the main thread more per line than the pool saved: lines now travel as one string with end
 * offsets, results as two transferred typed arrays plus each distinct string of the batch once.
 */
import type { DomainId, DomainScore, LineResult, LogLineInput, TemplateRef } from '../../contract';
import {
  PACKED_ANOMALY as ANOMALY,
  PACKED_FLOATS as FLOATS,
  PACKED_INTS as INTS,
  PACKED_NOVEL as NOVEL,
  PACKED_TRUNCATED as TRUNCATED,
  type PackedResults,
} from '../../engine/packed-results';
import { TOP_DOMAINS as MAX_TOP } from '../../model/decide';
import type { PackedLines } from './protocol';

/** Only the text goes to the worker: ids are echoed from the caller's objects, labels and timestamps unused. */
export function packLines(lines: readonly LogLineInput[]): PackedLines {
  const ends = new Uint32Array(lines.length);
  // Concatenation builds a rope; it is flattened once, when the message is serialised.
  let text = '';
  for (let i = 0; i < lines.length; i++) {
    text += lines[i]!.line;
    ends[i] = text.length;
  }
  return { text, ends };
}

export function unpackLines(packed: PackedLines): LogLineInput[] {
  const { text, ends } = packed;
  const lines = new Array<LogLineInput>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    lines[i] = { line: text.slice(start, ends[i]) };
    start = ends[i]!;
  }
  return lines;
}

/**
 * Worker side, for detectors without `scorePacked` (the engine's writes this form directly, see
 * engine/packed-results.ts). Ids are dropped (the worker never saw them). Throws on more than three top domains.
 */
export function packResults(results: readonly LineResult[]): PackedResults {
  const n = results.length;
  const ints = new Int32Array(n * INTS);
  const floats = new Float64Array(n * FLOATS);
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
    if (top.length > MAX_TOP) {
      throw new Error(`line ${row} has ${top.length} top domains, at most ${MAX_TOP} can be sent`);
    }
    const at = row * INTS;
    const fat = row * FLOATS;
    ints[at] = (r.verdict === 'anomaly' ? ANOMALY : 0) | (r.novel ? NOVEL : 0) | (r.truncated ? TRUNCATED : 0);
    ints[at + 1] = intern(r.domain);
    ints[at + 2] = intern(r.template.id);
    ints[at + 3] = intern(r.template.text);
    ints[at + 4] = top.length;
    floats[fat] = r.score;
    for (let k = 0; k < top.length; k++) {
      ints[at + 5 + k] = intern(top[k]!.domain);
      floats[fat + 1 + k] = top[k]!.score;
    }
  }
  return { strings, ints, floats };
}

export function transferList(packed: PackedResults): ArrayBuffer[] {
  return [packed.ints.buffer as ArrayBuffer, packed.floats.buffer as ArrayBuffer];
}

/**
 * Main-thread side: LineResults as the detector built them, ids taken from `lines` (the batch's inputs). Lines of
 * one template share one template object.
 */
export function unpackResults(packed: PackedResults, lines: readonly LogLineInput[]): LineResult[] {
  const { strings, ints, floats } = packed;
  const n = ints.length / INTS;
  const results = new Array<LineResult>(n);
  const templates = new Array<TemplateRef | undefined>(strings.length);
  for (let row = 0; row < n; row++) {
    const at = row * INTS;
    const fat = row * FLOATS;
    const flags = ints[at]!;
    const id = strings[ints[at + 2]!]!;
    const textIndex = ints[at + 3]!;
    let template = templates[textIndex];
    if (template === undefined || template.id !== id) {
      template = { id, text: strings[textIndex]! };
      templates[textIndex] = template;
    }
    const count = ints[at + 4]!;
    const domainScores = new Array<DomainScore>(count);
    for (let k = 0; k < count; k++) {
      domainScores[k] = { domain: strings[ints[at + 5 + k]!] as DomainId, score: floats[fat + 1 + k]! };
    }
    const result: LineResult = {
      index: row,
      verdict: flags & ANOMALY ? 'anomaly' : 'normal',
      score: floats[fat]!,
      domain: strings[ints[at + 1]!] as DomainId,
      domainScores,
      template,
      novel: (flags & NOVEL) !== 0,
      truncated: (flags & TRUNCATED) !== 0,
    };
    const lineId = lines[row]?.id;
    if (lineId !== undefined) {
      result.id = lineId;
    }
    results[row] = result;
  }
  return results;
}

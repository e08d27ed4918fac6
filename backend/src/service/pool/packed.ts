/**
 * Compact forms of a batch for postMessage. Structured clone of per-line objects (and JSON as the earlier
 * workaround) cost the main thread more per line than the pool saved: lines now travel as one string with end
 * offsets, results as two transferred typed arrays plus each distinct string of the batch once (their codec:
 * engine/packed-results.ts).
 */
import type { LogLineInput } from '../../contract';
import type { PackedResults } from '../../engine/packed-results';
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

export function transferList(packed: PackedResults): ArrayBuffer[] {
  return [packed.ints.buffer as ArrayBuffer, packed.floats.buffer as ArrayBuffer];
}

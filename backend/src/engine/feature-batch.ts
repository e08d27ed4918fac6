/**
 * The ONNX input of one batch. The graph takes `[rows, width]` tensors, and every row costs `width` embedding
 * lookups however few features it has; one 128-feature line would make a whole mixed batch (16 features a line on
 * average) pay 128. So rows are grouped by width class (powers of two, at least MIN_WIDTH) and each group is one
 * `[rows, classWidth]` run. Padding is id 0 with weight 0 (the zero embedding row), so a line's scores do not
 * depend on its group's width beyond float summation order (differences around 1e-9). The buffers are reused from
 * batch to batch; a batch that starts while another one still awaits its runs gets its own.
 */
import type { FeatureHasher } from '../features/bag';
import type { NormalizedLine } from '../normalize';

/** Buffers larger than this many rows are not kept for the next batch (a one-off huge CLI batch). */
const KEEP_ROWS = 4096;
/** Narrowest width class: below it, more runs cost more than the padding they save. */
export const MIN_WIDTH = 16;

export interface WidthGroup {
  /** Batch rows of this group, ascending. */
  rows: Int32Array;
  ids: Int32Array;
  weights: Float32Array;
  width: number;
}

export interface BatchInput {
  groups: WidthGroup[];
  rows: number;
  /** The buffers the groups are views of, for `release`. */
  buffers: Buffers;
}

export interface Buffers {
  /** Each line's features at `row * stride`, zero-padded to `stride`. */
  scratchIds: Int32Array;
  scratchWeights: Float32Array;
  /** The groups' compact rows, one group after another. */
  ids: Int32Array;
  weights: Float32Array;
  order: Int32Array;
  widths: Int32Array;
}

function widthClass(n: number, stride: number): number {
  let w = MIN_WIDTH;
  while (w < n) {
    w *= 2;
  }
  return Math.min(w, stride);
}

export class FeatureBatches {
  private spare: Buffers | null = null;

  constructor(
    private readonly hasher: FeatureHasher,
    private readonly stride: number
  ) {}

  /** Features of `lines` grouped by width; hand the input back with `release` after the runs. */
  build(lines: readonly NormalizedLine[]): BatchInput {
    const rows = lines.length;
    const stride = this.stride;
    const buf = this.take(rows);
    const { scratchIds, scratchWeights, widths } = buf;
    for (let row = 0; row < rows; row++) {
      widths[row] = widthClass(this.hasher.write(lines[row]!, scratchIds, scratchWeights, row * stride), stride);
    }
    // Rows grouped by class, ascending within each group (a stable counting sort over the few classes).
    const classes = [...new Set(widths.subarray(0, rows))].sort((a, b) => a - b);
    const groups: WidthGroup[] = [];
    let orderAt = 0;
    let dataAt = 0;
    for (const width of classes) {
      const start = orderAt;
      for (let row = 0; row < rows; row++) {
        if (widths[row] === width) {
          buf.order[orderAt++] = row;
        }
      }
      const count = orderAt - start;
      const ids = buf.ids.subarray(dataAt, dataAt + count * width);
      const weights = buf.weights.subarray(dataAt, dataAt + count * width);
      for (let i = 0; i < count; i++) {
        const from = buf.order[start + i]! * stride;
        ids.set(scratchIds.subarray(from, from + width), i * width);
        weights.set(scratchWeights.subarray(from, from + width), i * width);
      }
      groups.push({ rows: buf.order.subarray(start, orderAt), ids, weights, width });
      dataAt += count * width;
    }
    return { groups, rows, buffers: buf };
  }

  release(input: BatchInput): void {
    const buf = input.buffers;
    if (buf.order.length <= KEEP_ROWS && (!this.spare || this.spare.order.length < buf.order.length)) {
      this.spare = buf;
    }
  }

  private take(rows: number): Buffers {
    let buf = this.spare;
    this.spare = null;
    if (!buf || buf.order.length < rows) {
      const size = rows * this.stride;
      buf = {
        scratchIds: new Int32Array(size),
        scratchWeights: new Float32Array(size),
        ids: new Int32Array(size),
        weights: new Float32Array(size),
        order: new Int32Array(rows),
        widths: new Int32Array(rows),
      };
    }
    return buf;
  }
}

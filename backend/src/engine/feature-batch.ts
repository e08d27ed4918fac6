/**
 * The ONNX input of one batch: every line's feature ids and weights written by the hasher into rows of
 * `maxFeatures`, then compacted in place to the batch's widest row (the width the graph has always been given,
 * so scores are unchanged). The buffers are reused from batch to batch; a batch that starts while another one
 * still awaits its run gets its own.
 */
import type { FeatureHasher } from '../features/bag';
import type { NormalizedLine } from '../normalize';

/** Buffers larger than this many rows are not kept for the next batch (a one-off huge CLI batch). */
const KEEP_ROWS = 4096;

export interface BatchInput {
  ids: Int32Array;
  weights: Float32Array;
  rows: number;
  width: number;
}

export class FeatureBatches {
  private spare: { ids: Int32Array; weights: Float32Array } | null = null;

  constructor(
    private readonly hasher: FeatureHasher,
    private readonly stride: number
  ) {}

  /** Features of `lines` as `[rows, width]` tensors' data; hand it back with `release` after the run. */
  build(lines: readonly NormalizedLine[]): BatchInput {
    const rows = lines.length;
    const stride = this.stride;
    let buf = this.spare;
    this.spare = null;
    if (!buf || buf.ids.length < rows * stride) {
      buf = { ids: new Int32Array(rows * stride), weights: new Float32Array(rows * stride) };
    }
    const { ids, weights } = buf;
    let width = 1;
    for (let row = 0; row < rows; row++) {
      const n = this.hasher.write(lines[row]!, ids, weights, row * stride);
      if (n > width) {
        width = n;
      }
    }
    if (width < stride) {
      // Rows are zero-padded to `stride`, so the first `width` entries of each row are the compact row.
      for (let row = 1; row < rows; row++) {
        ids.copyWithin(row * width, row * stride, row * stride + width);
        weights.copyWithin(row * width, row * stride, row * stride + width);
      }
    }
    return { ids: ids.subarray(0, rows * width), weights: weights.subarray(0, rows * width), rows, width };
  }

  release(input: BatchInput): void {
    const ids = new Int32Array(input.ids.buffer);
    if (ids.length <= KEEP_ROWS * this.stride && (!this.spare || this.spare.ids.length < ids.length)) {
      this.spare = { ids, weights: new Float32Array(input.weights.buffer) };
    }
  }
}

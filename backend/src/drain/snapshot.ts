/** Versioned JSON snapshot of a miner: options, clusters in LRU order (oldest first), the prefix tree. */
import { z } from 'zod';
import { drainOptionsSchema } from './options';

export const DRAIN_SNAPSHOT_KIND = 'anomalylens.drain';
export const DRAIN_SNAPSHOT_VERSION = 1;

export interface SnapshotNode {
  /** Children as [key, node] pairs, in insertion order. */
  children?: Array<[string, SnapshotNode]>;
  /** Cluster numbers held by this leaf, in order. */
  clusters?: number[];
}

const nodeSchema: z.ZodType<SnapshotNode> = z.lazy(() =>
  z
    .object({
      children: z.array(z.tuple([z.string(), nodeSchema])).optional(),
      clusters: z.array(z.number().int().nonnegative()).optional(),
    })
    .strict()
);

export const clusterSnapshotSchema = z
  .object({
    num: z.number().int().nonnegative(),
    tokens: z.array(z.string()),
    /** Indices of tokens that continue the previous word (no space before them when rendered). */
    glue: z.array(z.number().int().positive()).optional(),
    size: z.number().int().positive(),
    /** Ids this template had before it generalised or absorbed another one; they resolve to it. */
    aliases: z.array(z.string().regex(/^[0-9a-f]{16}$/, 'alias must be a 16-hex-digit template id')),
  })
  .strict();

export const drainSnapshotSchema = z
  .object({
    kind: z.literal(DRAIN_SNAPSHOT_KIND),
    version: z.literal(DRAIN_SNAPSHOT_VERSION),
    options: drainOptionsSchema,
    nextNum: z.number().int().nonnegative(),
    clusters: z.array(clusterSnapshotSchema),
    /** Root children keyed by token count. */
    tree: z.array(z.tuple([z.string().regex(/^\d+$/, 'token-count key must be a non-negative integer'), nodeSchema])),
  })
  .strict();

export type DrainSnapshot = z.infer<typeof drainSnapshotSchema>;
export type ClusterSnapshot = z.infer<typeof clusterSnapshotSchema>;

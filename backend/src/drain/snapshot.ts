/**
 * Versioned JSON snapshot of a miner: options, clusters in LRU order (oldest first), the prefix tree. The schema
 * and both directions of the codec live here; restoring checks what the schema cannot (unique numbers, ids and
 * aliases, every cluster in exactly the leaves of its token count) so a corrupt file fails with a precise message.
 */
import { z } from 'zod';
import { countParams, render, TreeNode, type Cluster } from './cluster';
import { templateId } from './ids';
import { drainOptionsSchema, type DrainOptions } from './options';

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

/** What a snapshot is taken of. */
interface SnapshotSource {
  options: DrainOptions;
  nextNum: number;
  /** In LRU order (first = least recently used). */
  clusters: ReadonlyMap<number, Cluster>;
  root: ReadonlyMap<number, TreeNode>;
}

/** The (empty) maps of a fresh miner that `restoreState` fills. */
interface RestoreTarget {
  root: Map<number, TreeNode>;
  clusters: Map<number, Cluster>;
  byId: Map<string, Cluster>;
  aliases: Map<string, Cluster>;
}

export function encodeSnapshot(miner: SnapshotSource): DrainSnapshot {
  const clusters = [...miner.clusters.values()].map((c) => ({
    num: c.num,
    tokens: c.tokens.slice(),
    ...(c.glue ? { glue: c.glue.flatMap((g, i) => (g ? [i] : [])) } : {}),
    size: c.size,
    aliases: c.aliases.slice(),
  }));
  const tree: Array<[string, SnapshotNode]> = [...miner.root.entries()].map(([len, node]) => [
    String(len),
    snapshotNode(node),
  ]);
  return {
    kind: DRAIN_SNAPSHOT_KIND,
    version: DRAIN_SNAPSHOT_VERSION,
    options: { ...miner.options },
    nextNum: miner.nextNum,
    clusters,
    tree,
  };
}

/** Validates a snapshot's shape; throws `invalid Drain snapshot: …` listing every issue. */
export function parseDrainSnapshot(snapshot: unknown): DrainSnapshot {
  const parsed = drainSnapshotSchema.safeParse(snapshot);
  if (!parsed.success) {
    throw new Error(`invalid Drain snapshot: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** Rebuilds clusters, ids, aliases and the prefix tree of `s` into `miner`; throws on the first inconsistency. */
export function restoreState(s: DrainSnapshot, miner: RestoreTarget): void {
  const byNum = new Map<number, Cluster>();
  for (const [i, c] of s.clusters.entries()) {
    if (byNum.has(c.num)) {
      throw new Error(`invalid Drain snapshot: clusters[${i}].num ${c.num} is duplicated`);
    }
    if (c.num >= s.nextNum) {
      throw new Error(`invalid Drain snapshot: clusters[${i}].num ${c.num} is not below nextNum ${s.nextNum}`);
    }
    let glue: boolean[] | null = null;
    for (const at of c.glue ?? []) {
      if (at >= c.tokens.length) {
        throw new Error(
          `invalid Drain snapshot: clusters[${i}].glue index ${at} is beyond its ${c.tokens.length} tokens`
        );
      }
      glue ??= c.tokens.map(() => false);
      glue[at] = true;
    }
    const text = render(c.tokens, glue);
    const cluster: Cluster = {
      num: c.num,
      tokens: c.tokens,
      glue,
      size: c.size,
      id: templateId(text),
      text,
      params: countParams(c.tokens),
      leaves: [],
      aliases: c.aliases.slice(),
    };
    if (miner.byId.has(cluster.id)) {
      throw new Error(`invalid Drain snapshot: clusters[${i}] repeats the template "${text}"`);
    }
    byNum.set(c.num, cluster);
    miner.clusters.set(c.num, cluster);
    miner.byId.set(cluster.id, cluster);
  }
  for (const cluster of byNum.values()) {
    for (const alias of cluster.aliases) {
      if (miner.byId.has(alias) || miner.aliases.has(alias)) {
        throw new Error(`invalid Drain snapshot: alias ${alias} of cluster ${cluster.num} is not unique`);
      }
      miner.aliases.set(alias, cluster);
    }
  }
  const seenInLeaf = new Set<number>();
  for (const [i, [key, node]] of s.tree.entries()) {
    const length = Number(key);
    if (miner.root.has(length)) {
      throw new Error(`invalid Drain snapshot: tree[${i}] repeats token count ${length}`);
    }
    miner.root.set(length, restoreNode(node, length, byNum, seenInLeaf, `tree[${i}]`));
  }
  for (const num of byNum.keys()) {
    if (!seenInLeaf.has(num)) {
      throw new Error(`invalid Drain snapshot: cluster ${num} is in no leaf of the tree`);
    }
  }
}

function snapshotNode(node: TreeNode): SnapshotNode {
  const out: SnapshotNode = {};
  if (node.children) {
    out.children = [...node.children.entries()].map(([k, child]) => [k, snapshotNode(child)]);
  }
  if (node.clusters) {
    out.clusters = node.clusters.map((c) => c.num);
  }
  return out;
}

function restoreNode(
  raw: SnapshotNode,
  length: number,
  byNum: Map<number, Cluster>,
  seen: Set<number>,
  path: string
): TreeNode {
  const node = new TreeNode();
  if (raw.children) {
    node.children = new Map();
    for (const [i, [key, child]] of raw.children.entries()) {
      if (node.children.has(key)) {
        throw new Error(`invalid Drain snapshot: ${path}.children[${i}] repeats key "${key}"`);
      }
      node.children.set(key, restoreNode(child, length, byNum, seen, `${path}.children[${i}]`));
    }
  }
  if (raw.clusters) {
    node.clusters = raw.clusters.map((num, i) => {
      const cluster = byNum.get(num);
      if (!cluster) {
        throw new Error(`invalid Drain snapshot: ${path}.clusters[${i}] refers to unknown cluster ${num}`);
      }
      if (cluster.tokens.length !== length) {
        throw new Error(
          `invalid Drain snapshot: ${path}.clusters[${i}] (cluster ${num}) has ${cluster.tokens.length} tokens under token count ${length}`
        );
      }
      seen.add(num);
      cluster.leaves.push(node);
      return cluster;
    });
  }
  return node;
}

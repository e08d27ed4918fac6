/**
 * The supervised session classifier: a CART decision tree (Gini impurity) over event counts and transition
 * counts, fitted on the labelled sessions of the fitting period. Hand-written because it is small (one greedy
 * split search) and because its decision path *is* the explanation: "count of X is 0 (≤ 0.5), transition A → B
 * occurs 3 times (> 2.5)". A tree was chosen over a linear model because HDFS anomalies are conjunctions (a block
 * that was written but never acknowledged), which loglizer's DecisionTree separates (F1 1.000 on our split) and its
 * LR does not (0.883).
 */
import { z } from 'zod';
import { END, START } from './schema';

/** A feature is a template's count, a transition's count, or an aggregate over what training never showed. */
export const sessionFeatureSchema = z.union([
  z.object({ kind: z.literal('count'), template: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('transition'), from: z.string().min(1), to: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('unseen-templates') }).strict(),
  z.object({ kind: z.literal('length') }).strict(),
]);

export type SessionFeature = z.infer<typeof sessionFeatureSchema>;

const nodeSchema = z.union([
  z
    .object({
      feature: z.number().int().min(0),
      threshold: z.number(),
      /** Child indices: value ≤ threshold goes left. */
      left: z.number().int().min(1),
      right: z.number().int().min(1),
      anomalies: z.number().int().min(0),
      sessions: z.number().int().min(1),
    })
    .strict(),
  z.object({ anomalies: z.number().int().min(0), sessions: z.number().int().min(1) }).strict(),
]);

export const sessionTreeSchema = z
  .object({
    method: z.literal('cart-gini'),
    maxDepth: z.number().int().min(1),
    minLeaf: z.number().int().min(1),
    features: z.array(sessionFeatureSchema),
    /** Node 0 is the root. */
    nodes: z.array(nodeSchema).min(1),
    fitted: z.object({ normal: z.number().int().min(0), anomalies: z.number().int().min(0) }).strict(),
  })
  .strict()
  .superRefine((t, ctx) => {
    t.nodes.forEach((n, i) => {
      if ('feature' in n) {
        if (n.feature >= t.features.length) {
          ctx.addIssue({ code: 'custom', path: ['nodes', i, 'feature'], message: `no feature ${n.feature}` });
        }
        for (const side of ['left', 'right'] as const) {
          if (n[side] <= i || n[side] >= t.nodes.length) {
            ctx.addIssue({ code: 'custom', path: ['nodes', i, side], message: 'must point to a later node' });
          }
        }
      }
    });
  });

export type SessionTreeJson = z.infer<typeof sessionTreeSchema>;

export const DEFAULT_TREE_DEPTH = 8;
export const DEFAULT_TREE_MIN_LEAF = 1;

export interface LabelledSession {
  templateIds: readonly string[];
  anomalous: boolean;
}

/** Feature vector of one session under a feature list. */
export function featurize(features: readonly SessionFeature[], templateIds: readonly string[]): Float64Array {
  const index = featureIndex(features);
  return featurizeWith(index, features.length, templateIds);
}

interface FeatureIndex {
  counts: Map<string, number>;
  transitions: Map<string, number>;
  unseen: number;
  length: number;
}

function featureIndex(features: readonly SessionFeature[]): FeatureIndex {
  const index: FeatureIndex = { counts: new Map(), transitions: new Map(), unseen: -1, length: -1 };
  features.forEach((f, j) => {
    if (f.kind === 'count') {
      index.counts.set(f.template, j);
    } else if (f.kind === 'transition') {
      index.transitions.set(pairKey(f.from, f.to), j);
    } else if (f.kind === 'unseen-templates') {
      index.unseen = j;
    } else {
      index.length = j;
    }
  });
  return index;
}

function featurizeWith(index: FeatureIndex, width: number, templateIds: readonly string[]): Float64Array {
  const x = new Float64Array(width);
  templateIds.forEach((id, i) => {
    const j = index.counts.get(id);
    if (j !== undefined) {
      x[j] += 1;
    } else if (index.unseen >= 0) {
      x[index.unseen] += 1;
    }
    const t = index.transitions.get(pairKey(i === 0 ? START : templateIds[i - 1], id));
    if (t !== undefined) {
      x[t] += 1;
    }
  });
  const last = index.transitions.get(pairKey(templateIds[templateIds.length - 1] ?? START, END));
  if (last !== undefined) {
    x[last] += 1;
  }
  if (index.length >= 0) {
    x[index.length] = templateIds.length;
  }
  return x;
}

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

/** The features of a fitting period: every template and transition its sessions show (either class). */
export function featuresOf(sessions: readonly LabelledSession[]): SessionFeature[] {
  const templates = new Set<string>();
  const pairs = new Map<string, [string, string]>();
  for (const s of sessions) {
    s.templateIds.forEach((id, i) => {
      templates.add(id);
      const from = i === 0 ? START : s.templateIds[i - 1];
      pairs.set(pairKey(from, id), [from, id]);
    });
    const last = s.templateIds[s.templateIds.length - 1];
    if (last !== undefined) {
      pairs.set(pairKey(last, END), [last, END]);
    }
  }
  const sorted = <T>(values: Iterable<T>, key: (v: T) => string) =>
    [...values].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return [
    ...sorted(templates, (t) => t).map((template) => ({ kind: 'count' as const, template })),
    ...sorted(pairs.values(), ([a, b]) => pairKey(a, b)).map(([from, to]) => ({
      kind: 'transition' as const,
      from,
      to,
    })),
    { kind: 'unseen-templates' as const },
    { kind: 'length' as const },
  ];
}

type Node = SessionTreeJson['nodes'][number];

export function fitSessionTree(
  sessions: readonly LabelledSession[],
  options: { maxDepth?: number; minLeaf?: number } = {}
): SessionTreeJson {
  if (sessions.length === 0) {
    throw new Error('the session classifier needs at least one labelled session');
  }
  const maxDepth = options.maxDepth ?? DEFAULT_TREE_DEPTH;
  const minLeaf = options.minLeaf ?? DEFAULT_TREE_MIN_LEAF;
  const features = featuresOf(sessions);
  const index = featureIndex(features);
  const X = sessions.map((s) => featurizeWith(index, features.length, s.templateIds));
  const y = sessions.map((s) => (s.anomalous ? 1 : 0));
  const nodes: Node[] = [];

  const grow = (rows: number[], depth: number): number => {
    const id = nodes.length;
    const anomalies = rows.reduce((s, r) => s + y[r], 0);
    nodes.push({ anomalies, sessions: rows.length });
    if (depth >= maxDepth || anomalies === 0 || anomalies === rows.length || rows.length < 2 * minLeaf) {
      return id;
    }
    const split = bestSplit(X, y, rows, features.length, minLeaf);
    if (split === null) {
      return id;
    }
    const left = rows.filter((r) => X[r][split.feature] <= split.threshold);
    const right = rows.filter((r) => X[r][split.feature] > split.threshold);
    const l = grow(left, depth + 1);
    const rr = grow(right, depth + 1);
    nodes[id] = {
      feature: split.feature,
      threshold: split.threshold,
      left: l,
      right: rr,
      anomalies,
      sessions: rows.length,
    };
    return id;
  };
  grow(
    sessions.map((_, i) => i),
    0
  );
  return {
    method: 'cart-gini',
    maxDepth,
    minLeaf,
    features,
    nodes,
    fitted: {
      normal: y.length - y.reduce<number>((s, v) => s + v, 0),
      anomalies: y.reduce<number>((s, v) => s + v, 0),
    },
  };
}

/** The split with the largest Gini decrease; ties go to the lower feature index (deterministic). */
function bestSplit(
  X: readonly Float64Array[],
  y: readonly number[],
  rows: readonly number[],
  width: number,
  minLeaf: number
): { feature: number; threshold: number } | null {
  const n = rows.length;
  const total = rows.reduce((s, r) => s + y[r], 0);
  const parent = gini(total, n);
  let best: { feature: number; threshold: number; gain: number } | null = null;
  for (let j = 0; j < width; j++) {
    const order = [...rows].sort((a, b) => X[a][j] - X[b][j]);
    let leftPos = 0;
    for (let k = 0; k < n - 1; k++) {
      leftPos += y[order[k]];
      const v = X[order[k]][j];
      const next = X[order[k + 1]][j];
      if (v === next || k + 1 < minLeaf || n - k - 1 < minLeaf) {
        continue;
      }
      const nl = k + 1;
      const nr = n - nl;
      const impurity = (nl * gini(leftPos, nl) + nr * gini(total - leftPos, nr)) / n;
      const gain = parent - impurity;
      if (gain > 1e-12 && (best === null || gain > best.gain + 1e-12)) {
        best = { feature: j, threshold: (v + next) / 2, gain };
      }
    }
  }
  return best;
}

function gini(positives: number, n: number): number {
  const p = positives / n;
  return 2 * p * (1 - p);
}

export interface TreeStep {
  feature: SessionFeature;
  value: number;
  threshold: number;
  /** true: value > threshold. */
  above: boolean;
  /** Anomaly share of the node before and after the step. */
  before: number;
  after: number;
}

export interface TreeVerdict {
  /** Smoothed anomaly share of the leaf: (anomalies + 1) / (sessions + 2). */
  probability: number;
  path: TreeStep[];
}

export class SessionTree {
  private readonly index: FeatureIndex;

  private constructor(readonly json: SessionTreeJson) {
    this.index = featureIndex(json.features);
  }

  static fromJSON(json: unknown): SessionTree {
    const parsed = sessionTreeSchema.safeParse(json);
    if (!parsed.success) {
      throw new Error(`invalid session classifier: ${z.prettifyError(parsed.error)}`);
    }
    return new SessionTree(parsed.data);
  }

  classify(templateIds: readonly string[]): TreeVerdict {
    const x = featurizeWith(this.index, this.json.features.length, templateIds);
    const path: TreeStep[] = [];
    let node = this.json.nodes[0];
    while ('feature' in node) {
      const value = x[node.feature];
      const above = value > node.threshold;
      const child = this.json.nodes[above ? node.right : node.left];
      path.push({
        feature: this.json.features[node.feature],
        value,
        threshold: node.threshold,
        above,
        before: node.anomalies / node.sessions,
        after: child.anomalies / child.sessions,
      });
      node = child;
    }
    return { probability: (node.anomalies + 1) / (node.sessions + 2), path };
  }
}

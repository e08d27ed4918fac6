/**
 * Online Drain template miner (He et al., ICWS 2017; Drain3; Loki pkg/pattern/drain), hand-written because no
 * Drain package is installable from the registry here (see /work/shared/research/inference.md §4.1).
 *
 * - Tokens (normaliser output, whitespace words) are first split after the `extraDelimiters` (`=`, `,`), so a key
 *   and its value are separate positions; the template text is rendered with the original spacing.
 * - Fixed-depth prefix tree: root → token count → `depth − 3` levels keyed by the leading tokens → leaves
 *   holding clusters. Tokens with digits or placeholders go to the `<*>` child; a node has at most
 *   `maxChildren` children, the last slot reserved for `<*>`.
 * - `add` (learning): at the leaf, the template with the highest similarity (equal constant positions / length;
 *   ties: more parameters, then older) wins if it reaches `simThreshold`; the template then generalises
 *   position-wise, else a new template is created. The least recently used template is evicted beyond
 *   `maxClusters`.
 * - `match` (inference) is read-only: a template matches iff every position fits (constant equal, wildcard, or
 *   `prefix<*>suffix` pattern); the most specific (fewest wildcards, then oldest) wins; null = unseen.
 * - Ids: SHA-256 of the template text (16 hex). A template's text changes as it generalises, so every id it had
 *   is kept as an alias: `resolve(id)` maps an id handed out earlier to the template it became (also across
 *   `compact()` merges and snapshots). Aliases of an evicted template are dropped with it.
 */
import { templateId } from './ids';
import { resolveDrainOptions, type DrainOptions } from './options';
import { countParams, render, TreeNode, type Cluster } from './cluster';
import { encodeSnapshot, parseDrainSnapshot, restoreState, type DrainSnapshot } from './snapshot';
import { generalizeTemplate, hasDigit, hasVariable, isParam, tokenFits, WILDCARD } from './template';
import type { AddResult, TemplateMatch } from './types';

export interface DrainStats {
  templates: number;
  evictions: number;
  aliases: number;
}

interface Line {
  tokens: string[];
  glue: boolean[] | null;
}

export class DrainMiner {
  readonly options: DrainOptions;
  private readonly root = new Map<number, TreeNode>();
  /** Live clusters by number, in LRU order (first = least recently used). */
  private readonly clusters = new Map<number, Cluster>();
  private readonly byId = new Map<string, Cluster>();
  private readonly aliases = new Map<string, Cluster>();
  private nextNum = 0;
  private evictions = 0;

  constructor(options: Partial<DrainOptions> = {}) {
    this.options = resolveDrainOptions(options);
  }

  /** Learns from one line's tokens (normaliser output) and returns the template it now belongs to. */
  add(tokens: string[]): AddResult {
    const { tokens: line, glue } = this.prepare(tokens);
    const leaf = this.descend(line, true)!;
    const cluster = this.bestForAdd(leaf, line);
    if (!cluster) {
      const created = this.createCluster(line, glue, leaf);
      return { id: created.id, text: created.text, change: 'created', size: created.size };
    }
    cluster.size++;
    this.touch(cluster);
    const generalized = generalizeTemplate(cluster.tokens, line);
    if (generalized === cluster.tokens) {
      return { id: cluster.id, text: cluster.text, change: 'none', size: cluster.size };
    }
    const survivor = this.retemplate(cluster, generalized);
    return { id: survivor.id, text: survivor.text, change: 'updated', size: survivor.size };
  }

  /** Read-only: the template these tokens fit, or null when the line is unseen. */
  match(tokens: string[]): TemplateMatch | null {
    const line = this.prepare(tokens).tokens;
    const leaf = this.descend(line, false);
    if (!leaf?.clusters) {
      return null;
    }
    let best: Cluster | null = null;
    for (const c of leaf.clusters) {
      if (
        (best === null || c.params < best.params || (c.params === best.params && c.num < best.num)) &&
        fits(c, line)
      ) {
        best = c;
      }
    }
    return best ? { id: best.id, text: best.text } : null;
  }

  /** The current template for an id handed out earlier (its own or an alias), or null if evicted/unknown. */
  resolve(id: string): TemplateMatch | null {
    const c = this.owner(id);
    return c ? { id: c.id, text: c.text } : null;
  }

  /** Live templates in creation order. */
  templates(): Array<TemplateMatch & { size: number }> {
    return [...this.clusters.values()]
      .sort((a, b) => a.num - b.num)
      .map((c) => ({ id: c.id, text: c.text, size: c.size }));
  }

  stats(): DrainStats {
    return { templates: this.clusters.size, evictions: this.evictions, aliases: this.aliases.size };
  }

  /**
   * Post-merge: templates of equal length that differ only at positions where one side holds a variable
   * (placeholder or wildcard) are merged – they were split only because a variable leading token sent their
   * lines down different tree branches. Returns the number of merges. Ids of merged templates become aliases.
   * Pairwise within each token count (quadratic in the templates of one length): run it once after a training
   * pass, not per line.
   */
  compact(): number {
    const byLength = new Map<number, Cluster[]>();
    for (const c of [...this.clusters.values()].sort((a, b) => a.num - b.num)) {
      const list = byLength.get(c.tokens.length) ?? [];
      list.push(c);
      byLength.set(c.tokens.length, list);
    }
    let merges = 0;
    for (const list of byLength.values()) {
      for (let i = 0; i < list.length; i++) {
        let a = list[i];
        if (!this.clusters.has(a.num)) {
          continue;
        }
        for (let j = i + 1; j < list.length; j++) {
          const b = list[j];
          if (this.clusters.has(b.num) && this.clusters.has(a.num) && differOnlyAtVariables(a.tokens, b.tokens)) {
            a = this.absorb(a, b);
            merges++;
          }
        }
      }
    }
    return merges;
  }

  snapshot(): DrainSnapshot {
    return encodeSnapshot({ options: this.options, nextNum: this.nextNum, clusters: this.clusters, root: this.root });
  }

  /** Rebuilds a miner from `snapshot()` output (e.g. after JSON round trip); throws a precise error if invalid. */
  static restore(snapshot: unknown): DrainMiner {
    const s = parseDrainSnapshot(snapshot);
    const miner = new DrainMiner(s.options);
    restoreState(s, { root: miner.root, clusters: miner.clusters, byId: miner.byId, aliases: miner.aliases });
    miner.nextNum = s.nextNum;
    return miner;
  }

  /** Splits tokens at the extra delimiters (remembering the glue) and caps their number. */
  private prepare(input: string[]): Line {
    if (!Array.isArray(input)) {
      throw new TypeError('DrainMiner expects an array of tokens');
    }
    const delimiters = this.options.extraDelimiters;
    let tokens = input;
    let glue: boolean[] | null = null;
    if (delimiters !== '') {
      for (let i = 0; i < input.length; i++) {
        if (splitsAt(input[i], delimiters) >= 0) {
          ({ tokens, glue } = splitAll(input, delimiters));
          break;
        }
      }
    }
    const max = this.options.maxTokens;
    if (tokens.length > max) {
      tokens = [...tokens.slice(0, max - 1), WILDCARD];
      glue = glue ? [...glue.slice(0, max - 1), false] : null;
    }
    return { tokens, glue };
  }

  private treeKey(token: string): string {
    return this.options.parametrizeNumericTokens && (hasDigit(token) || hasVariable(token)) ? WILDCARD : token;
  }

  /** Walks (and when `create`, grows) the tree to the leaf for these tokens. */
  private descend(tokens: readonly string[], create: boolean): TreeNode | null {
    let node: TreeNode | undefined = this.root.get(tokens.length);
    if (!node) {
      if (!create) {
        return null;
      }
      node = new TreeNode();
      this.root.set(tokens.length, node);
    }
    const levels = Math.min(this.options.depth - 3, tokens.length);
    for (let i = 0; i < levels; i++) {
      const key = this.treeKey(tokens[i]);
      // Learning gives a new constant its own child while there is room (Drain3); lookup falls back to `<*>`.
      const next: TreeNode | undefined =
        node.children?.get(key) ?? (create ? this.growChild(node, key) : node.children?.get(WILDCARD));
      if (!next) {
        return null;
      }
      node = next;
    }
    return node;
  }

  /** Adds a child for `key`, or the wildcard child once only the reserved slot is left. */
  private growChild(node: TreeNode, key: string): TreeNode {
    node.children ??= new Map();
    const children = node.children;
    const hasWildcard = children.has(WILDCARD);
    let useKey = key;
    if (key !== WILDCARD) {
      // Keep one slot for the wildcard child: a constant may take a slot only while two are free (or one, once
      // the wildcard exists).
      const free = this.options.maxChildren - children.size;
      if (hasWildcard ? free < 1 : free < 2) {
        useKey = WILDCARD;
      }
    }
    let child = children.get(useKey);
    if (!child) {
      child = new TreeNode();
      children.set(useKey, child);
    }
    return child;
  }

  private bestForAdd(leaf: TreeNode, line: readonly string[]): Cluster | null {
    if (!leaf.clusters) {
      return null;
    }
    let best: Cluster | null = null;
    let bestSim = -1;
    for (const c of leaf.clusters) {
      const sim = similarity(c, line);
      if (sim > bestSim || (sim === bestSim && best !== null && c.params > best.params)) {
        best = c;
        bestSim = sim;
      }
    }
    return best && bestSim >= this.options.simThreshold ? best : null;
  }

  private createCluster(tokens: string[], glue: boolean[] | null, leaf: TreeNode): Cluster {
    const text = render(tokens, glue);
    const id = templateId(text);
    const existing = this.owner(id);
    if (existing) {
      // Same text reached through another branch (e.g. after a wildcard slot filled up), or the text a live
      // template had before it generalised: same template, so ids stay unambiguous.
      existing.size++;
      this.touch(existing);
      if (!existing.leaves.includes(leaf)) {
        existing.leaves.push(leaf);
        (leaf.clusters ??= []).push(existing);
      }
      return existing;
    }
    const cluster: Cluster = {
      num: this.nextNum++,
      tokens: tokens.slice(),
      glue,
      size: 1,
      id,
      text,
      params: countParams(tokens),
      leaves: [leaf],
      aliases: [],
    };
    (leaf.clusters ??= []).push(cluster);
    this.clusters.set(cluster.num, cluster);
    this.byId.set(id, cluster);
    while (this.clusters.size > this.options.maxClusters) {
      this.evict(this.clusters.values().next().value as Cluster);
    }
    return cluster;
  }

  /** Gives a cluster a new template; if another live template already has that text, the two merge. */
  private retemplate(cluster: Cluster, tokens: string[]): Cluster {
    const text = render(tokens, cluster.glue);
    const id = templateId(text);
    const other = this.owner(id);
    this.byId.delete(cluster.id);
    this.aliases.set(cluster.id, cluster);
    cluster.aliases.push(cluster.id);
    cluster.tokens = tokens;
    cluster.text = text;
    cluster.id = id;
    cluster.params = countParams(tokens);
    if (other && other !== cluster) {
      // Another live template has (or had) this text: one id must name one template, so they merge.
      return this.absorb(other, cluster);
    }
    if (this.aliases.get(id) === cluster) {
      this.aliases.delete(id);
      cluster.aliases = cluster.aliases.filter((a) => a !== id);
    }
    this.byId.set(id, cluster);
    return cluster;
  }

  /** Merges `b` into `a` (a survives, generalised to cover both); b's ids become aliases of a. */
  private absorb(a: Cluster, b: Cluster): Cluster {
    this.clusters.delete(b.num);
    if (this.byId.get(b.id) === b) {
      this.byId.delete(b.id);
    }
    for (const alias of [...b.aliases, b.id]) {
      if (alias !== a.id && !a.aliases.includes(alias)) {
        this.aliases.set(alias, a);
        a.aliases.push(alias);
      }
    }
    for (const leaf of b.leaves) {
      leaf.clusters = (leaf.clusters ?? []).filter((c) => c !== b);
      if (!leaf.clusters.includes(a)) {
        leaf.clusters.push(a);
        a.leaves.push(leaf);
      }
    }
    a.size += b.size;
    const generalized = generalizeTemplate(a.tokens, b.tokens);
    return generalized === a.tokens ? a : this.retemplate(a, generalized);
  }

  /** The live template that has this id, or had it (alias). */
  private owner(id: string): Cluster | undefined {
    return this.byId.get(id) ?? this.aliases.get(id);
  }

  private touch(cluster: Cluster): void {
    this.clusters.delete(cluster.num);
    this.clusters.set(cluster.num, cluster);
  }

  private evict(cluster: Cluster): void {
    this.clusters.delete(cluster.num);
    this.byId.delete(cluster.id);
    for (const alias of cluster.aliases) {
      this.aliases.delete(alias);
    }
    for (const leaf of cluster.leaves) {
      leaf.clusters = (leaf.clusters ?? []).filter((c) => c !== cluster);
    }
    this.evictions++;
  }
}

/** Index of the first split point in a token (just after a delimiter that is not its last character), or -1. */
function splitsAt(token: string, delimiters: string, from = 0): number {
  let best = -1;
  for (let d = 0; d < delimiters.length; d++) {
    const at = token.indexOf(delimiters[d], from);
    if (at >= 0 && at < token.length - 1 && (best < 0 || at + 1 < best)) {
      best = at + 1;
    }
  }
  return best;
}

function splitAll(input: readonly string[], delimiters: string): Line {
  const tokens: string[] = [];
  const glue: boolean[] = [];
  for (const token of input) {
    let start = 0;
    let cut = splitsAt(token, delimiters);
    while (cut >= 0) {
      tokens.push(token.slice(start, cut));
      glue.push(start > 0);
      start = cut;
      cut = splitsAt(token, delimiters, cut);
    }
    tokens.push(token.slice(start));
    glue.push(start > 0);
  }
  return { tokens, glue };
}

/**
 * A template constant that a line must repeat to join it (Loki's pattern/drain marks key tokens the same way):
 * a key (`memory:`, `user=`), or a capitalised word, bare or quoted (`Started`, `RUNNING`, `'Active'`,
 * `WindowsUpdateAgent`) – states, verbs of lifecycle events and component names, which name the event
 * (`VM Started` / `VM Paused`, `from NEW to RUNNING`, `client SPP` / `client WindowsUpdateAgent`) rather than vary
 * within it. A capitalised word right after a key is that key's value (`hive: SOFTWARE,`) and may vary, unless
 * a key follows it too: then it begins the next key's name (`MDNS: IPV6 Addr:`, `setup_keepalive: Remote IP:`).
 * Lower-case words, the bulk of variable names and values (`user root`, `interface en0`), still generalise by
 * similarity. Measured on Loghub-2k with one configuration (bench/parse/README.md): average GA 0.924 without
 * this rule, 0.954 with it (Windows 0.695 → 1.000).
 */
const DISTINGUISHING = /^(?:['"]?[A-Z][A-Za-z]*['"]?[.,;:!?]?|[A-Za-z][\w.-]*[:=])$/;
const KEY = /[:=]$/;

function distinguishing(template: readonly string[], i: number): boolean {
  if (!DISTINGUISHING.test(template[i])) {
    return false;
  }
  const value = i > 0 && KEY.test(template[i - 1]);
  return !value || (i + 1 < template.length && KEY.test(template[i + 1]));
}

/** The cluster's distinguishing positions, recomputed only after its template changed. */
function marksOf(c: Cluster): Uint8Array {
  if (c.marks === undefined || c.marksOf !== c.tokens) {
    const marks = new Uint8Array(c.tokens.length);
    for (let i = 0; i < c.tokens.length; i++) {
      marks[i] = distinguishing(c.tokens, i) ? 1 : 0;
    }
    c.marks = marks;
    c.marksOf = c.tokens;
  }
  return c.marks;
}

/**
 * Drain's seq distance while learning: equal constant positions over length (wildcard positions never count;
 * typed placeholders do: both lines had, say, a number there); 0 when the line differs at a distinguishing
 * constant.
 */
function similarity(c: Cluster, line: readonly string[]): number {
  const template = c.tokens;
  if (template.length === 0) {
    return 1;
  }
  let marks: Uint8Array | null = null;
  let same = 0;
  for (let i = 0; i < template.length; i++) {
    const t = template[i];
    if (t === line[i]) {
      if (!isParam(t)) {
        same++;
      }
    } else if ((marks ??= marksOf(c))[i] === 1) {
      return 0;
    }
  }
  return same / template.length;
}

function fits(cluster: Cluster, line: readonly string[]): boolean {
  const t = cluster.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i] !== line[i] && !tokenFits(t[i], line[i])) {
      return false;
    }
  }
  return true;
}

const PURE_VARIABLE = /^<(?:\*|[A-Z]+)>$/;

/**
 * Post-merge criterion: every differing position holds a whole variable on one side (`<*>`, `<NUM>` …) or one
 * token fits the other's pattern, and at least half of the positions are equal constants (so two lines that
 * merely share a shape of variables stay apart).
 */
function differOnlyAtVariables(a: readonly string[], b: readonly string[]): boolean {
  let constants = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) {
      if (!hasVariable(a[i])) {
        constants++;
      }
    } else if (
      !PURE_VARIABLE.test(a[i]) &&
      !PURE_VARIABLE.test(b[i]) &&
      !tokenFits(a[i], b[i]) &&
      !tokenFits(b[i], a[i])
    ) {
      return false;
    }
  }
  return constants > 0 && constants * 2 >= a.length;
}

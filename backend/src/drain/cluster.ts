/** The miner's state: prefix-tree nodes and clusters (templates), shared by the miner and its snapshot codec. */
import { isParam } from './template';

export class TreeNode {
  children: Map<string, TreeNode> | null = null;
  clusters: Cluster[] | null = null;
}

export interface Cluster {
  num: number;
  tokens: string[];
  /** glue[i]: token i continues the previous word (split at an extra delimiter); null when none does. */
  glue: boolean[] | null;
  size: number;
  id: string;
  text: string;
  params: number;
  leaves: TreeNode[];
  aliases: string[];
  /** Which template positions are distinguishing (see `distinguishing`), for `marksOf` = the tokens it was computed for. */
  marks?: Uint8Array;
  marksOf?: string[];
}

/** Template text: tokens joined by a space, except where a token continues the previous word. */
export function render(tokens: readonly string[], glue: readonly boolean[] | null): string {
  if (!glue) {
    return tokens.join(' ');
  }
  let text = '';
  for (let i = 0; i < tokens.length; i++) {
    text += i > 0 && !glue[i] ? ` ${tokens[i]}` : tokens[i];
  }
  return text;
}

export function countParams(tokens: readonly string[]): number {
  let n = 0;
  for (const t of tokens) {
    if (isParam(t)) {
      n++;
    }
  }
  return n;
}

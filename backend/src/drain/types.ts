/** The template miner's public shapes. Owned by the drain module. */

export interface TemplateMatch {
  /** Stable id: a hash of the template text, identical across restarts and snapshots. */
  id: string;
  /** Template tokens joined by spaces; variables as `<TYPE>` placeholders or `<*>` for learned wildcards. */
  text: string;
}

export type ChangeType = 'created' | 'updated' | 'none';

export interface AddResult extends TemplateMatch {
  change: ChangeType;
  /** Lines assigned to this template so far. */
  size: number;
}

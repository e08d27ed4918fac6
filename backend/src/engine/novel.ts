/**
 * Novel lines (no template matches) repeat their masked text: that is what a template is. Their template (id =
 * SHA-256 of the text) and whether their words speak of failure depend on the tokens alone, so both are memoised
 * by the joined text: a repeated novel line costs a join and one lookup, no hash, lexicon scan or new objects.
 * (A trie keyed by token was tried: one map lookup per token cost twice the join.)
 */
import { templateId, type TemplateMatch } from '../drain';
import { speaksOfFailure } from '../features/lexicon';

export interface NovelTemplate {
  /** Shared by every line with this text. */
  template: TemplateMatch;
  /** `speaksOfFailure(tokens)`. */
  failure: boolean;
}

const MEMO_LIMIT = 50_000;

export class NovelTemplates {
  private readonly memo = new Map<string, NovelTemplate>();

  constructor(private readonly limit = MEMO_LIMIT) {}

  /** Same id and text as `unseenTemplate(tokens)`. */
  lookup(tokens: readonly string[]): NovelTemplate {
    const text = tokens.join(' ');
    let entry = this.memo.get(text);
    if (entry === undefined) {
      entry = { template: { id: templateId(text), text }, failure: speaksOfFailure(tokens) };
      if (this.memo.size >= this.limit) {
        this.memo.clear();
      }
      this.memo.set(text, entry);
    }
    return entry;
  }
}

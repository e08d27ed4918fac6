/**
 * Results of lines already scored by POST /api/v1/query, so that a rule evaluated every minute over the last five
 * minutes scores each line once, not five times. Keyed by stream, timestamp and a hash of the line (Loki's own
 * identity of an entry: it drops an exact duplicate at ingest), bounded (least recently used goes first) and
 * emptied when the serving model changes. Values are compact (score, domain, template id, flags; the template
 * text once per template): about 200 bytes a line, so the default 500,000 lines hold ~100 MB.
 */
import { createHash } from 'node:crypto';
import type { DomainId, LineResult, ModelRef } from '../contract';
import { canonicalLabels } from '../loki';

interface CachedResult {
  score: number;
  domain: DomainId;
  templateId: string;
  anomaly: boolean;
  novel: boolean;
  truncated: boolean;
}

/** The part of a line result a query answer needs (no domainScores). */
export type CachedLineResult = Omit<LineResult, 'index' | 'id' | 'domainScores'>;

export class ScoreCache {
  private readonly results = new Map<string, CachedResult>();
  private readonly templates = new Map<string, string>();
  private readonly streamKeys = new WeakMap<Record<string, string>, string>();
  private model = '';

  /** @param maxLines 0 disables the cache (every query scores every line; the bench's baseline). */
  constructor(
    readonly maxLines: number,
    private readonly maxTemplates = 100_000
  ) {}

  get size(): number {
    return this.results.size;
  }

  /** Forgets everything when `model` is not the one the cached results came from. */
  useModel(model: ModelRef): void {
    const id = `${model.id}@${model.version}`;
    if (id !== this.model) {
      this.results.clear();
      this.templates.clear();
      this.model = id;
    }
  }

  /**
   * The key of an entry. `labels` objects are shared by all entries of a Loki stream, so the canonical form is
   * computed once per stream and response.
   */
  key(labels: Record<string, string>, ts: string, line: string): string {
    let stream = this.streamKeys.get(labels);
    if (stream === undefined) {
      stream = createHash('sha1').update(canonicalLabels(labels)).digest('base64url').slice(0, 16);
      this.streamKeys.set(labels, stream);
    }
    return `${stream}${ts}${createHash('sha1').update(line).digest('base64url').slice(0, 20)}`;
  }

  get(key: string): CachedLineResult | undefined {
    const hit = this.results.get(key);
    if (!hit) {
      return undefined;
    }
    const text = this.templates.get(hit.templateId);
    if (text === undefined) {
      // Its template text was evicted: score the line again rather than answer without it.
      this.results.delete(key);
      return undefined;
    }
    // Refresh recency: Map iteration order is insertion order, so the first key is the least recently used.
    this.results.delete(key);
    this.results.set(key, hit);
    return {
      verdict: hit.anomaly ? 'anomaly' : 'normal',
      score: hit.score,
      domain: hit.domain,
      template: { id: hit.templateId, text },
      novel: hit.novel,
      truncated: hit.truncated,
    };
  }

  set(key: string, result: LineResult): void {
    if (this.maxLines === 0) {
      return;
    }
    this.results.delete(key);
    this.results.set(key, {
      score: result.score,
      domain: result.domain,
      templateId: result.template.id,
      anomaly: result.verdict === 'anomaly',
      novel: result.novel,
      truncated: result.truncated,
    });
    this.templates.delete(result.template.id);
    this.templates.set(result.template.id, result.template.text);
    evictOldest(this.results, this.maxLines);
    evictOldest(this.templates, this.maxTemplates);
  }
}

function evictOldest(map: Map<string, unknown>, max: number): void {
  while (map.size > max) {
    map.delete(map.keys().next().value as string);
  }
}

/**
 * A deterministic ScoringEngine for watcher tests (unit tests and the crash-recovery child process): a line is an
 * anomaly when it carries a severe keyword, its domain comes from a few keywords. It exists so the watcher's
 * exactly-once bookkeeping can be tested without a trained bundle; it is never used by the product.
 */
import { createHash } from 'node:crypto';
import type { DomainId, LineResult, LogLineInput, ModelInfo, ModelTemplatesResponse } from '../../contract';
import type { ScoringEngine } from '../../engine/types';

const DOMAIN_RULES: Array<[RegExp, DomainId]> = [
  [/cache|parity|memory|ecc/i, 'memory'],
  [/torus|network|link|socket/i, 'network'],
  [/disk|block|raid/i, 'storage'],
  [/file|mount|lustre/i, 'filesystem'],
];

export function keywordVerdict(line: string): { anomalous: boolean; domain: DomainId } {
  const domain = DOMAIN_RULES.find(([re]) => re.test(line))?.[1] ?? 'kernel';
  return { anomalous: /\b(FATAL|FAILURE|SEVERE|ERROR)\b/.test(line), domain };
}

export class KeywordEngine implements ScoringEngine {
  readonly model = { id: 'keyword-test-engine', version: '1' };
  /** Lines scored so far (the child process reports it to show re-scoring after a crash). */
  scoredLines = 0;

  constructor(private readonly delayMs = 0) {}

  async score(lines: LogLineInput[]): Promise<LineResult[]> {
    if (this.delayMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    }
    this.scoredLines += lines.length;
    return lines.map((input, index) => {
      const { anomalous, domain } = keywordVerdict(input.line);
      const text = input.line.replace(/\d+/g, '<NUM>');
      return {
        index,
        verdict: anomalous ? 'anomaly' : 'normal',
        score: anomalous ? 0.9 : 0.1,
        domain,
        domainScores: [{ domain, score: 1 }],
        template: { id: createHash('sha1').update(text).digest('hex').slice(0, 12), text },
        novel: false,
        truncated: false,
      };
    });
  }

  info(): ModelInfo {
    return {
      ...this.model,
      formatVersion: 1,
      createdAt: '1970-01-01T00:00:00.000Z',
      device: 'cpu',
      domains: [],
      templates: 0,
      metrics: {},
    };
  }

  templates(): ModelTemplatesResponse {
    return { total: 0, offset: 0, templates: [] };
  }

  async close(): Promise<void> {}
}

/**
 * Test doubles for the reasoning and narrator tests: a deterministic rule-based line scorer (Drain templates from
 * the normaliser + miner, anomalous when the message matches a pattern) and a small knowledge table.
 */
import type { DomainId, LineResult, LogLineInput } from '../contract';
import { DrainMiner } from '../drain';
import { createNormalizer } from '../normalize';
import { knowledgeFromTables, type ReasoningKnowledge } from './knowledge';
import type { LineScorer } from './explain';

export function ruleScorer(training: readonly string[], anomalous: RegExp, domain: DomainId = 'storage'): LineScorer {
  const normalizer = createNormalizer({ sample: training.slice(0, 200) as string[] });
  const miner = new DrainMiner();
  for (const line of training) {
    miner.add(normalizer.normalize(line).tokens);
  }
  return {
    model: { id: 'rule-scorer', version: '1' },
    score(lines: LogLineInput[]): Promise<LineResult[]> {
      return Promise.resolve(
        lines.map((l, index) => {
          const n = normalizer.normalize(l.line);
          const match = miner.match(n.tokens);
          const bad = anomalous.test(n.message);
          const score = bad ? 0.97 : 0.02;
          return {
            index,
            verdict: bad ? 'anomaly' : 'normal',
            score,
            domain,
            domainScores: [{ domain, score: 1 }],
            template: match ?? { id: `unseen-${n.tokens.join('_')}`, text: n.tokens.join(' ') },
            novel: match === null,
            truncated: n.truncated,
          };
        })
      );
    },
  };
}

export const STORAGE_KNOWLEDGE: ReasoningKnowledge = knowledgeFromTables(
  {},
  {
    storage: {
      description: 'block storage and replication in the distributed file system',
      typicalCauses: ['a datanode lost its connection mid-write', 'disk full or failing'],
    },
  }
);

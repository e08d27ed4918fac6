import { DOMAIN_IDS, ScoreResponseSchema, type ScoreResponse } from './contract';

describe('contract shared with the backend', () => {
  it('validates a score response and rejects a malformed one', () => {
    const ok: ScoreResponse = {
      model: { id: 'default', version: '1' },
      results: [
        {
          index: 0,
          verdict: 'anomaly',
          score: 0.97,
          domain: 'memory',
          domainScores: [{ domain: 'memory', score: 0.9 }],
          template: { id: 't1', text: 'ddr errors(s) detected and corrected on rank <NUM>' },
          novel: false,
          truncated: false,
        },
      ],
    };
    expect(ScoreResponseSchema.safeParse(ok).success).toBe(true);
    expect(ScoreResponseSchema.safeParse({ ...ok, results: [{ ...ok.results[0], score: 2 }] }).success).toBe(false);
    expect(DOMAIN_IDS).toContain('network');
  });
});

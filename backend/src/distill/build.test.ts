import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReasoningSchema } from '../contract';
import { hdfsBlockKey } from '../sequence/keys';
import { buildSftDataset, type Teacher } from './build';
import { datasetInfo, STUDENT_INSTRUCTION } from './sft';

const FIXTURES = join(__dirname, '../../../tests/fixtures/sequence');
const lines = readFileSync(join(FIXTURES, 'hdfs_blocks.log'), 'utf8').trim().split('\n');
const labels = new Map(
  readFileSync(join(FIXTURES, 'hdfs_block_labels.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
    .map(([b, l]): [string, boolean] => [b, l === 'Anomaly'])
);
const log = { lines, keys: lines.map((l) => hdfsBlockKey(l) ?? ''), labels };

describe('buildSftDataset', () => {
  it('writes grounded alpaca records for the sessions after the fitting period, without the label in the input', async () => {
    const { records, stats } = await buildSftDataset(log, { fitSplit: 0.6, limit: 10, format: 'alpaca' });
    expect(stats).toMatchObject({ fitSessions: 3, candidates: { anomalous: 2, normal: 0 }, output: 'grounded' });
    expect(records.map((r) => r.id)).toEqual(['blk_7648436334209344608', 'blk_-5818478081164015292']);
    for (const r of records) {
      expect(r.instruction).toBe(STUDENT_INSTRUCTION);
      expect(r.input).toMatch(/^1\. INFO dfs\./);
      expect(r.input).not.toMatch(/anomal|10\.\d+\.\d+\.\d+/i);
      const output = ReasoningSchema.parse(JSON.parse(r.output as string));
      expect(output.summary.verdict).toBe('anomaly');
    }
  });

  it('uses a valid teacher answer and rejects an ungrounded one', async () => {
    const asked: string[] = [];
    const teacher: Teacher = (messages) => {
      asked.push(messages[1].content);
      const draft = JSON.parse(messages[1].content.split('\n').pop()!);
      draft.summary.text = 'Teacher: the write failed.';
      if (asked.length === 2) {
        draft.summary.rootCause.events = [99];
      }
      return Promise.resolve(JSON.stringify(draft));
    };
    const { records, stats } = await buildSftDataset(log, { fitSplit: 0.6, limit: 10, format: 'sharegpt', teacher });
    expect(asked[0]).toMatch(/labelled ANOMALOUS; summary.verdict must be "anomaly"/);
    expect(stats.teacherRejected).toEqual([
      { id: 'blk_-5818478081164015292', reason: expect.stringMatching(/cites event 99/) },
    ]);
    const first = records[0] as { conversations: Array<{ from: string; value: string }> };
    expect(first.conversations.map((t) => t.from)).toEqual(['human', 'gpt']);
    expect(JSON.parse(first.conversations[1].value).summary.text).toBe('Teacher: the write failed.');
    // The rejected teacher answer falls back to the grounded reasoning, which agrees with the label.
    expect(records).toHaveLength(2);
  });

  it('describes the files to LLaMA-Factory', () => {
    expect(datasetInfo('x', 'sft.jsonl', 'sharegpt')).toEqual({
      x: expect.objectContaining({
        file_name: 'sft.jsonl',
        formatting: 'sharegpt',
        columns: { messages: 'conversations', system: 'system' },
      }),
    });
  });
});

import { pairRecords, parseTextRecords } from './jsonl';

describe('JSONL text records', () => {
  it('reads text, alpaca output, sharegpt conversations and plain strings', () => {
    const content = [
      JSON.stringify({ id: 'a', text: 'one' }),
      JSON.stringify({ id: 'b', instruction: 'i', input: 'x', output: 'two' }),
      JSON.stringify({
        id: 'c',
        conversations: [
          { from: 'human', value: 'q' },
          { from: 'gpt', value: 'three' },
        ],
      }),
      '',
      JSON.stringify('four'),
    ].join('\n');
    expect(parseTextRecords(content, 'f.jsonl')).toEqual([
      { id: 'a', text: 'one' },
      { id: 'b', text: 'two' },
      { id: 'c', text: 'three' },
      { id: null, text: 'four' },
    ]);
  });

  it('says which line is wrong', () => {
    expect(() => parseTextRecords('{"text":"a"}\n{oops', 'f.jsonl')).toThrow(/f.jsonl line 2: not JSON/);
    expect(() => parseTextRecords('{"answer":"a"}', 'f.jsonl')).toThrow(/line 1: expected a string or an object/);
  });

  it('pairs by id when all records have one, else by position', () => {
    const c = [
      { id: 'x', text: 'cx' },
      { id: 'y', text: 'cy' },
    ];
    const r = [
      { id: 'y', text: 'ry' },
      { id: 'x', text: 'rx' },
    ];
    expect(pairRecords(c, r)).toEqual({ candidates: ['cx', 'cy'], references: ['rx', 'ry'] });
    expect(() => pairRecords([{ id: 'z', text: '' }], r)).toThrow(/no reference for candidate id z/);
    expect(() => pairRecords([{ id: null, text: '' }], r)).toThrow(/1 candidates but 2 references/);
  });
});

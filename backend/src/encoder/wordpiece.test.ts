import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encode, parseVocab } from './wordpiece';

const ROOT = join(__dirname, '../../..');
const vocab = parseVocab(readFileSync(join(ROOT, 'models/encoders/all-MiniLM-L6-v2/vocab.txt'), 'utf8'));
/** Ids from Hugging Face `tokenizers` (tokenizer.json of all-MiniLM-L6-v2, no truncation): templates + hostile text. */
const reference = readFileSync(join(ROOT, 'tests/fixtures/encoder/wordpiece-reference.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { text: string; ids: number[] });

describe('WordPiece', () => {
  it('reads the vocabulary and its special tokens', () => {
    expect(vocab.ids.size).toBe(30522);
    expect([vocab.pad, vocab.unk, vocab.cls, vocab.sep]).toEqual([0, 100, 101, 102]);
  });

  it('gives the reference ids on every Loghub-2k template and the hostile strings', () => {
    expect(reference.length).toBeGreaterThan(1300);
    const mismatches = reference.filter((r) => encode(r.text, vocab, 1e9).join() !== r.ids.join());
    expect(mismatches.map((m) => ({ text: m.text, want: m.ids, got: encode(m.text, vocab, 1e9) }))).toEqual([]);
  });

  it('cuts to maxTokens keeping [CLS] and [SEP]', () => {
    const ids = encode('word '.repeat(300), vocab, 128);
    expect(ids).toHaveLength(128);
    expect([ids[0], ids[127]]).toEqual([vocab.cls, vocab.sep]);
  });

  it('refuses a vocabulary without its special tokens', () => {
    expect(() => parseVocab('[PAD]\nhello\n')).toThrow('vocab has no [CLS] token');
  });
});

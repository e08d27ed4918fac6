/**
 * BERT's uncased WordPiece tokenizer, as Hugging Face's `BertNormalizer` + `BertPreTokenizer` + `WordPiece` run it
 * for all-MiniLM-L6-v2 (lowercase, accents stripped, CJK characters split, punctuation split, greedy longest-match
 * subwords with `##`, `[UNK]` for a word that cannot be covered or is longer than 100 characters), then
 * `[CLS] … [SEP]`. Written by hand because it is small and the npm tokenizers pull in a whole runtime
 * (transformers.js); `wordpiece.test.ts` checks it token for token against the reference implementation's ids on
 * every Loghub-2k template and hostile strings.
 */

export interface WordPieceVocab {
  ids: Map<string, number>;
  cls: number;
  sep: number;
  unk: number;
  pad: number;
}

const MAX_WORD_CHARS = 100;

/** vocab.txt: one token per line, the line number is the id. */
export function parseVocab(text: string): WordPieceVocab {
  const ids = new Map<string, number>();
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') {
    lines.pop();
  }
  lines.forEach((token, i) => ids.set(token, i));
  const special = (t: string) => {
    const id = ids.get(t);
    if (id === undefined) {
      throw new Error(`vocab has no ${t} token`);
    }
    return id;
  };
  return { ids, cls: special('[CLS]'), sep: special('[SEP]'), unk: special('[UNK]'), pad: special('[PAD]') };
}

function isControl(ch: string): boolean {
  if (ch === '\t' || ch === '\n' || ch === '\r') {
    return false;
  }
  return /^[\p{Cc}\p{Cf}]$/u.test(ch);
}

function isWhitespace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || /^\p{Zs}$/u.test(ch);
}

function isPunctuation(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  // BERT treats every non-alphanumeric ASCII character as punctuation, `$`, `^`, `` ` `` included.
  if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
    return true;
  }
  return /^\p{P}$/u.test(ch);
}

function isCjk(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x20000 && c <= 0x2a6df) ||
    (c >= 0x2a700 && c <= 0x2b73f) ||
    (c >= 0x2b740 && c <= 0x2b81f) ||
    (c >= 0x2b820 && c <= 0x2ceaf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x2f800 && c <= 0x2fa1f)
  );
}

/** Normalise and pre-tokenise: the words WordPiece then splits. */
export function basicTokens(text: string): string[] {
  let cleaned = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0 || c === 0xfffd || isControl(ch)) {
      continue;
    }
    cleaned += isWhitespace(ch) ? ' ' : isCjk(c) ? ` ${ch} ` : ch;
  }
  const normal = cleaned
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '');
  const words: string[] = [];
  for (const chunk of normal.split(' ')) {
    let word = '';
    for (const ch of chunk) {
      if (isPunctuation(ch)) {
        if (word) {
          words.push(word);
        }
        words.push(ch);
        word = '';
      } else {
        word += ch;
      }
    }
    if (word) {
      words.push(word);
    }
  }
  return words;
}

function wordPieces(word: string, vocab: WordPieceVocab, out: number[]): void {
  const chars = [...word];
  if (chars.length > MAX_WORD_CHARS) {
    out.push(vocab.unk);
    return;
  }
  const pieces: number[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = chars.length;
    let found: number | undefined;
    while (start < end) {
      const sub = (start > 0 ? '##' : '') + chars.slice(start, end).join('');
      found = vocab.ids.get(sub);
      if (found !== undefined) {
        break;
      }
      end--;
    }
    if (found === undefined) {
      out.push(vocab.unk);
      return;
    }
    pieces.push(found);
    start = end;
  }
  out.push(...pieces);
}

/** Token ids `[CLS] … [SEP]`, cut to maxTokens (the ends kept, as the reference's truncation does). */
export function encode(text: string, vocab: WordPieceVocab, maxTokens = 128): number[] {
  const ids: number[] = [];
  for (const word of basicTokens(text)) {
    wordPieces(word, vocab, ids);
  }
  return [vocab.cls, ...ids.slice(0, Math.max(0, maxTokens - 2)), vocab.sep];
}

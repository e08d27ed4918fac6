/** Reading the text of JSONL records: `text`, alpaca `output`, sharegpt `conversations` (last gpt turn), or a string. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const recordSchema = z.union([
  z.string(),
  z.object({ id: z.string().optional(), text: z.string() }).loose(),
  z.object({ id: z.string().optional(), output: z.string() }).loose(),
  z
    .object({
      id: z.string().optional(),
      conversations: z.array(z.object({ from: z.string(), value: z.string() })).min(1),
    })
    .loose(),
]);

export interface TextRecord {
  id: string | null;
  text: string;
}

export function parseTextRecords(content: string, source: string): TextRecord[] {
  const out: TextRecord[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') {
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      throw new Error(`${source} line ${i + 1}: not JSON: ${(err as Error).message}`);
    }
    const parsed = recordSchema.safeParse(json);
    if (!parsed.success) {
      throw new Error(
        `${source} line ${i + 1}: expected a string or an object with "text", "output" or "conversations"`
      );
    }
    const r = parsed.data;
    if (typeof r === 'string') {
      out.push({ id: null, text: r });
    } else if (typeof r.text === 'string') {
      out.push({ id: r.id ?? null, text: r.text });
    } else if (typeof r.output === 'string') {
      out.push({ id: r.id ?? null, text: r.output });
    } else if (Array.isArray(r.conversations)) {
      const turns = r.conversations.filter((t) => t.from === 'gpt' || t.from === 'assistant');
      if (turns.length === 0) {
        throw new Error(`${source} line ${i + 1}: the conversation has no "gpt" turn`);
      }
      out.push({ id: r.id ?? null, text: turns[turns.length - 1].value });
    }
  });
  return out;
}

export function readTextRecords(path: string): TextRecord[] {
  return parseTextRecords(readFileSync(path, 'utf8'), path);
}

/** Pairs candidates with references by id when every record has one, otherwise by position. */
export function pairRecords(
  candidates: TextRecord[],
  references: TextRecord[]
): { candidates: string[]; references: string[] } {
  const byId = candidates.every((c) => c.id !== null) && references.every((r) => r.id !== null);
  if (!byId) {
    if (candidates.length !== references.length) {
      throw new Error(
        `${candidates.length} candidates but ${references.length} references (records without ids pair by position)`
      );
    }
    return { candidates: candidates.map((c) => c.text), references: references.map((r) => r.text) };
  }
  const refs = new Map(references.map((r) => [r.id!, r.text]));
  const missing = candidates.filter((c) => !refs.has(c.id!)).map((c) => c.id);
  if (missing.length > 0) {
    throw new Error(`no reference for candidate id${missing.length > 1 ? 's' : ''} ${missing.slice(0, 5).join(', ')}`);
  }
  return { candidates: candidates.map((c) => c.text), references: candidates.map((c) => refs.get(c.id!)!) };
}

import OpenAI from 'openai';
import { certifyPartition } from './certify';
import { partitionFromEnv, proposePartition } from './propose';
import { parsePartitionFile } from './schema';
import { FakeChatServer, type ChatRequestBody } from './testing/fake-chat';
import type { PartitionTemplate } from './types';

const templates: PartitionTemplate[] = [
  {
    id: 'a1',
    text: 'data TLB error interrupt',
    count: 40,
    labelled: { anomaly: 5, normal: 0 },
    samples: ['- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 RAS KERNEL INFO data TLB error interrupt'],
  },
  {
    id: 'a2',
    text: 'instruction cache parity error corrected',
    count: 90,
    labelled: { anomaly: 0, normal: 7 },
    samples: [],
  },
  {
    id: 'a3',
    text: 'Lustre mount FAILED : <ID> : point <PATH>',
    count: 3,
    labelled: { anomaly: 3, normal: 0 },
    samples: [],
  },
];

const answer = (assign: Record<string, string[]>, glosses: Record<string, string> = {}) =>
  JSON.stringify({
    domains: Object.entries(assign).map(([id, ids]) => ({
      id,
      description: `${id} failures on the compute nodes`,
      typicalCauses: ['a worn part', 'a firmware bug'],
      templates: ids,
    })),
    glosses,
  });

const userText = (body: ChatRequestBody) => body.messages.filter((m) => m.role === 'user').map((m) => m.content);

describe('proposePartition against an OpenAI-compatible server', () => {
  const server = new FakeChatServer();
  let client: OpenAI;
  beforeAll(async () => {
    client = new OpenAI({ baseURL: await server.start(), apiKey: 'k-9', maxRetries: 0 });
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    server.requests = [];
  });

  it('turns a valid answer into a partition file that records the prompt and answer, and certifies', async () => {
    const raw = answer({ memory: ['a1', 'a2'], filesystem: ['a3'] }, { a1: 'The TLB lookup failed.', zz: 'x' });
    server.behaviour = () => ({ content: raw });
    const file = await proposePartition(templates, { client, model: 'teacher-1' });

    expect(server.requests).toHaveLength(1);
    const { body, auth } = server.requests[0];
    expect(auth).toBe('Bearer k-9');
    expect(body).toMatchObject({ model: 'teacher-1', temperature: 0, response_format: { type: 'json_object' } });
    const prompt = userText(body)[0];
    expect(prompt).toContain('- memory (Memory): RAM, caches, ECC/parity');
    expect(prompt).toContain('"id":"a3","text":"Lustre mount FAILED : <ID> : point <PATH>","lines":3');
    expect(prompt).toContain('R02-M1-N0-C:J12-U11 RAS KERNEL INFO data TLB error interrupt');

    expect(file).toMatchObject({
      version: 1,
      source: 'llm',
      domains: [
        { id: 'memory', templates: ['a1', 'a2'], typicalCauses: ['a worn part', 'a firmware bug'] },
        { id: 'filesystem', templates: ['a3'] },
      ],
      glosses: { a1: 'The TLB lookup failed.' },
      llm: { model: 'teacher-1', baseUrl: client.baseURL, answers: [raw] },
    });
    expect(file.llm?.prompts[0]).toEqual(body.messages);
    expect(parsePartitionFile(JSON.parse(JSON.stringify(file)), 'proposed')).toEqual(file);
    const certified = certifyPartition(file, templates);
    expect(certified.assignment).toEqual({ a1: 'memory', a2: 'memory', a3: 'filesystem' });
    expect(certified.domains.map((d) => d.type)).toEqual(['mixed', 'pure-anomaly']);
  });

  it('retries with the validation errors appended, then accepts the corrected answer', async () => {
    const bad = answer({ memory: ['a1', 'a9'], storage: ['a1'], disk: ['a3'] });
    const good = '```json\n' + answer({ memory: ['a1', 'a2'], filesystem: ['a3'] }) + '\n```';
    server.behaviour = (_body, i) => ({ content: i === 0 ? 'not json at all' : i === 1 ? bad : good });
    const file = await proposePartition(templates, { client, model: 'm' });

    expect(server.requests).toHaveLength(3);
    const second = server.requests[1].body.messages;
    expect(second.slice(-2).map((m) => m.role)).toEqual(['assistant', 'user']);
    expect(second.at(-2)?.content).toBe('not json at all');
    expect(second.at(-1)?.content).toMatch(/^Your answer is invalid:\n- the answer is not valid JSON: /);
    const third = userText(server.requests[2].body).at(-1) ?? '';
    expect(third).toContain('domains[2].id: unknown domain id "disk"; use one of memory');
    // Once the schema passes, certification-style checks speak.
    server.behaviour = (_body, i) => ({ content: i === 0 ? answer({ memory: ['a1', 'a9'], storage: ['a1'] }) : good });
    server.requests = [];
    await proposePartition(templates, { client, model: 'm' });
    const retry = userText(server.requests[1].body).at(-1) ?? '';
    expect(retry).toContain('domains[0] (memory): template id "a9" is not one of the given templates');
    expect(retry).toContain('template a1 is assigned to both memory and storage; choose one');
    expect(retry).toContain('2 template(s) are not assigned to any domain: a2, a3');

    expect(file.llm?.answers).toEqual(['not json at all', bad, good]);
    expect(file.llm?.prompts.map((p) => p.length)).toEqual([2, 4, 6]);
    expect(file.domains.map((d) => d.id)).toEqual(['memory', 'filesystem']);
  });

  it('fails after maxAttempts, naming the last validation errors', async () => {
    server.behaviour = () => ({ content: answer({ memory: ['a1'] }) });
    await expect(proposePartition(templates, { client, model: 'm', maxAttempts: 2 })).rejects.toThrow(
      /^the LLM \(m\) gave no valid partition after 2 attempt\(s\); last problems:\n {2}- 2 template\(s\) are not assigned to any domain: a2, a3$/
    );
    expect(server.requests).toHaveLength(2);
  });

  it('chunks large template sets and merges the answers', async () => {
    server.behaviour = (body) => {
      const ids = [...userText(body)[0].matchAll(/"id":"(\w+)"/g)].map((m) => m[1]);
      const memory = ids.filter((id) => id !== 'a3');
      return {
        content: JSON.stringify({
          domains: [
            ...(memory.length
              ? [{ id: 'memory', description: `d${ids[0]}`, typicalCauses: [`c${ids[0]}`], templates: memory }]
              : []),
            ...(ids.includes('a3')
              ? [{ id: 'other', description: 'rest', typicalCauses: ['x'], templates: ['a3'] }]
              : []),
          ],
          glosses: Object.fromEntries(ids.map((id) => [id, `gloss ${id}`])),
        }),
      };
    };
    const file = await proposePartition(templates, { client, model: 'm', maxTemplatesInPrompt: 2 });
    expect(server.requests).toHaveLength(2);
    expect(file.domains).toEqual([
      { id: 'memory', description: 'da1', typicalCauses: ['ca1'], templates: ['a1', 'a2'] },
      { id: 'other', description: 'rest', typicalCauses: ['x'], templates: ['a3'] },
    ]);
    expect(file.fallbackDomain).toBe('other');
    expect(file.glosses).toEqual({ a1: 'gloss a1', a2: 'gloss a2', a3: 'gloss a3' });
    expect(file.llm?.prompts).toHaveLength(2);
  });

  it('passes HTTP errors and aborts through', async () => {
    server.behaviour = () => ({ content: 'overloaded', status: 500 });
    await expect(proposePartition(templates, { client, model: 'm' })).rejects.toThrow(/500/);
    const abort = new AbortController();
    abort.abort();
    await expect(proposePartition(templates, { client, model: 'm', signal: abort.signal })).rejects.toThrow();
    expect(server.requests).toHaveLength(1);
  });
});

describe('partitionFromEnv', () => {
  it('is null without an endpoint, and needs a model with one', () => {
    expect(partitionFromEnv({})).toBeNull();
    const env = { OPENAI_BASE_URL: 'http://127.0.0.1:8000/v1', LLM_MODEL: 'qwen' };
    const got = partitionFromEnv(env);
    expect(got?.model).toBe('qwen');
    expect(got?.client.baseURL).toBe('http://127.0.0.1:8000/v1');
    expect(got?.client.apiKey).toBe('none');
    expect(partitionFromEnv({ ...env, OPENAI_API_KEY: 'sk-1' }, 'flag-model')).toMatchObject({ model: 'flag-model' });
    expect(() => partitionFromEnv({ OPENAI_API_KEY: 'sk-1' })).toThrow(/set LLM_MODEL/);
  });
});

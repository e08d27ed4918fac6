import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LineResult, Reasoning } from '../contract';
import { buildReasoning } from '../reasoning/build';
import { EMPTY_KNOWLEDGE } from '../reasoning/knowledge';
import type { ReasoningEvent } from '../reasoning/types';
import { LruCache } from './cache';
import { LlmNarrator, narratorFromEnv } from './llm-narrator';

type Behaviour = (body: { messages: Array<{ role: string; content: string }>; model: string }) => {
  content: string;
  delayMs?: number;
};

/** A chat-completions endpoint answering like the OpenAI API: one choice, the assistant message's content. */
class FakeChatServer {
  behaviour: Behaviour = () => ({ content: '{}' });
  requests: Array<{ url: string; auth: string | undefined; body: any }> = [];
  private server: Server = createServer((req, res) => this.handle(req, res));

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw);
      this.requests.push({ url: req.url ?? '', auth: req.headers.authorization, body });
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
        return;
      }
      const { content, delayMs } = this.behaviour(body);
      const answer = () =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: 'chatcmpl-test',
            object: 'chat.completion',
            created: 1_700_000_000,
            model: body.model,
            choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
            usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
          })
        );
      if (delayMs) {
        setTimeout(() => !res.destroyed && answer(), delayMs).unref();
      } else {
        answer();
      }
    });
  }
}

const events: ReasoningEvent[] = [
  {
    number: 1,
    line: 'a',
    message: 'Receiving block blk_123 src: /10.0.0.1:5000',
    component: 'dfs.DataXceiver',
    level: 'INFO',
    timestamp: null,
  },
  {
    number: 2,
    line: 'b',
    message: 'writeBlock blk_123 received exception java.io.IOException',
    component: 'dfs.DataXceiver',
    level: 'INFO',
    timestamp: null,
  },
];
const result = (id: string, anomalous: boolean): LineResult => ({
  index: 0,
  verdict: anomalous ? 'anomaly' : 'normal',
  score: anomalous ? 0.9 : 0.1,
  domain: 'storage',
  domainScores: [],
  template: { id, text: id },
  novel: false,
  truncated: false,
});
const grounded = buildReasoning(events, [result('recv', false), result('exc', true)], null, EMPTY_KNOWLEDGE);
const input = { reasoning: grounded, events, results: [], verdict: 'anomaly' as const };

function rewritten(change: (r: Reasoning) => void = () => undefined): string {
  const r: Reasoning = JSON.parse(JSON.stringify(grounded));
  r.summary.text = 'The write of block blk_<BLK> failed at event 2 after it started at event 1.';
  change(r);
  return JSON.stringify(r);
}

describe('LlmNarrator against an OpenAI-compatible server', () => {
  const server = new FakeChatServer();
  let baseURL = '';
  beforeAll(async () => {
    baseURL = await server.start();
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    server.requests = [];
  });

  it('uses a valid answer, sends masked lines and a JSON request, and caches by sequence', async () => {
    server.behaviour = () => ({ content: rewritten() });
    const narrator = new LlmNarrator({ baseURL, apiKey: 'k-1', model: 'student-1', timeoutMs: 2000 });
    const out = await narrator.narrate(input);
    expect(out.narrative).toEqual({ source: 'llm', model: 'student-1', cached: false });
    expect(out.reasoning.summary.text).toMatch(/failed at event 2/);

    const sent = server.requests[0];
    expect(sent.auth).toBe('Bearer k-1');
    expect(sent.body).toMatchObject({ model: 'student-1', temperature: 0, response_format: { type: 'json_object' } });
    const user = sent.body.messages[1].content as string;
    expect(user).toContain('blk_<BLK>');
    expect(user).not.toContain('10.0.0.1');

    const again = await narrator.narrate(input);
    expect(again.narrative.cached).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('sends raw values only when opted in', async () => {
    server.behaviour = () => ({ content: rewritten() });
    await new LlmNarrator({ baseURL, model: 'm', includeValues: true }).narrate(input);
    expect(server.requests[0].body.messages[1].content).toContain('10.0.0.1');
  });

  it.each([
    ['malformed JSON', () => '{"eventWise": [', /not valid JSON/],
    [
      'a schema violation',
      () => JSON.stringify({ eventWise: 'none' }),
      /does not match the reasoning schema: eventWise/,
    ],
    [
      'a wrong verdict',
      () => rewritten((r) => (r.summary.verdict = 'normal')),
      /summary.verdict is "normal" but the models say "anomaly"/,
    ],
    [
      'a non-existent event',
      () => rewritten((r) => (r.summary.rootCause.events = [7])),
      /summary.rootCause cites event 7, but the sequence has events 1..2/,
    ],
    ['events left out of eventWise', () => rewritten((r) => r.eventWise.pop()), /eventWise covers 1 distinct events/],
  ])('falls back to the grounded reasoning on %s', async (_name, content, reason) => {
    server.behaviour = () => ({ content: content() });
    const out = await new LlmNarrator({ baseURL, model: 'm' }).narrate(input);
    expect(out.reasoning).toBe(grounded);
    expect(out.narrative.source).toBe('grounded');
    expect(out.narrative.fallbackReason).toMatch(reason);
  });

  it('falls back when the answer is slower than the timeout', async () => {
    server.behaviour = () => ({ content: rewritten(), delayMs: 2000 });
    const started = Date.now();
    const out = await new LlmNarrator({ baseURL, model: 'm', timeoutMs: 150 }).narrate(input);
    expect(out.narrative.fallbackReason).toMatch(/did not answer within 150 ms/);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('falls back when the endpoint is wrong', async () => {
    const out = await new LlmNarrator({ baseURL: baseURL.replace('/v1', '/nope'), model: 'm' }).narrate(input);
    expect(out.narrative.fallbackReason).toMatch(/the narrator request failed: 404/);
  });
});

describe('narrator configuration', () => {
  it('is off without environment and validates what is set', () => {
    expect(narratorFromEnv({})).toBeUndefined();
    expect(narratorFromEnv({ NARRATOR_BASE_URL: 'http://localhost:8000/v1', NARRATOR_MODEL: 'qwen' })?.model).toBe(
      'qwen'
    );
    expect(() => narratorFromEnv({ NARRATOR_BASE_URL: 'not a url', NARRATOR_MODEL: 'x' })).toThrow(/NARRATOR_BASE_URL/);
    expect(() =>
      narratorFromEnv({ NARRATOR_BASE_URL: 'http://h/v1', NARRATOR_MODEL: 'x', NARRATOR_TIMEOUT_MS: 'soon' })
    ).toThrow(/NARRATOR_TIMEOUT_MS must be a positive integer/);
  });

  it('bounds the cache', () => {
    const cache = new LruCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([1, undefined, 3, 2]);
  });
});

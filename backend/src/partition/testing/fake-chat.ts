/**
 * A local chat-completions endpoint speaking the OpenAI protocol (POST /v1/chat/completions, one choice with the
 * assistant message), for tests of code that uses the `openai` client. The same shape as the narrator tests' server,
 * exported so that other tests can share it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequestBody {
  model: string;
  messages: Array<{ role: string; content: string }>;
  temperature?: number;
  response_format?: { type: string };
  [key: string]: unknown;
}

export type ChatBehaviour = (body: ChatRequestBody, index: number) => { content: string; status?: number };

export class FakeChatServer {
  behaviour: ChatBehaviour = () => ({ content: '{}' });
  requests: Array<{ url: string; auth: string | undefined; body: ChatRequestBody }> = [];
  private readonly server: Server = createServer((req, res) => this.handle(req, res));

  /** Starts listening on a free local port; returns the base URL (`http://127.0.0.1:<port>/v1`). */
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
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
        return;
      }
      const body = JSON.parse(raw) as ChatRequestBody;
      this.requests.push({ url: req.url, auth: req.headers.authorization, body });
      const { content, status = 200 } = this.behaviour(body, this.requests.length - 1);
      if (status !== 200) {
        res
          .writeHead(status, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { message: content, type: 'server_error', code: null } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: `chatcmpl-${this.requests.length}`,
          object: 'chat.completion',
          created: 1_700_000_000,
          model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        })
      );
    });
  }
}

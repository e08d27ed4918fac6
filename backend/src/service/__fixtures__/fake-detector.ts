/**
 * Test double of engine/detector's `loadDetector` for the pool and HTTP tests: reads `model.json` from the
 * bundle directory (so a corrupt bundle fails to load, like the real one), scores by keyword, and misbehaves on
 * purpose for lines that ask it to: `__exit__` ends the worker, `__throw__` raises an uncaught exception,
 * `__slow__` blocks the thread for 300 ms, `__hang__` blocks it for good, `__reject__` rejects the batch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LineResult, LogLineInput, ModelInfo, ModelTemplatesResponse } from '../../contract';
import type { TemplateQuery } from '../../engine/types';

export const FAKE_TEMPLATES = [
  {
    id: 't1',
    text: 'disk <PATH> full',
    domain: 'storage' as const,
    gloss: 'a disk is full',
    count: 10,
    anomalyRate: 1,
  },
  { id: 't2', text: 'user <ID> logged in', domain: 'auth' as const, gloss: 'a login', count: 90, anomalyRate: 0 },
  { id: 't3', text: 'out of memory', domain: 'memory' as const, gloss: 'OOM', count: 5, anomalyRate: 1 },
];

export function scoreLine(input: LogLineInput, index: number): LineResult {
  const anomalous = /error|fail|oom|full/i.test(input.line);
  const domain = /oom|memory/i.test(input.line) ? 'memory' : /disk|full/i.test(input.line) ? 'storage' : 'application';
  const result: LineResult = {
    index,
    verdict: anomalous ? 'anomaly' : 'normal',
    score: anomalous ? 0.9 : 0.1,
    domain,
    domainScores: [{ domain, score: 0.8 }],
    template: { id: `len${input.line.length}`, text: input.line.replace(/\d+/g, '<NUM>') },
    novel: false,
    truncated: false,
  };
  return input.id === undefined ? result : { ...result, id: input.id };
}

export function fakeInfo(id: string, version: string): ModelInfo {
  return {
    id,
    version,
    formatVersion: 1,
    createdAt: '2026-11-22T00:00:00Z',
    device: 'cpu',
    domains: [
      { id: 'storage', description: 'disks', type: 'pure-anomaly', typicalCauses: ['full disk'], templates: 1 },
      { id: 'auth', description: 'logins', type: 'pure-normal', typicalCauses: [], templates: 1 },
      { id: 'memory', description: 'memory', type: 'mixed', typicalCauses: ['leak'], templates: 1 },
    ],
    templates: FAKE_TEMPLATES.length,
    metrics: { f1: 0.5 },
  };
}

export function fakeTemplates(query: TemplateQuery): ModelTemplatesResponse {
  const all = FAKE_TEMPLATES.filter((t) => !query.domain || t.domain === query.domain);
  const offset = query.offset ?? 0;
  return { total: all.length, offset, templates: all.slice(offset, offset + (query.limit ?? 100)) };
}

/** The main thread's catalog (service/pool/protocol.ts LoadCatalog): model.json's id and version. */
export function loadCatalog(bundleDir: string) {
  const manifest = JSON.parse(readFileSync(join(bundleDir, 'model.json'), 'utf8')) as { id: string; version: string };
  const { device: _device, ...info } = fakeInfo(manifest.id, manifest.version);
  return { info: () => info, templates: fakeTemplates };
}

export async function loadDetector(bundleDir: string, options: { device: string }) {
  const manifest = JSON.parse(readFileSync(join(bundleDir, 'model.json'), 'utf8')) as { id: string; version: string };
  if (options.device === 'cuda') {
    throw new Error('CUDA execution provider is not available');
  }
  return {
    device: 'cpu' as const,
    async score(lines: LogLineInput[]): Promise<LineResult[]> {
      for (const { line } of lines) {
        if (line === '__exit__') {
          process.exit(3);
        }
        if (line === '__throw__') {
          setImmediate(() => {
            throw new Error('deliberate uncaught exception');
          });
          await new Promise(() => undefined);
        }
        if (line === '__reject__') {
          throw new Error('deliberate batch failure');
        }
        if (line === '__hang__') {
          for (;;) {
            // Never returns, like a stuck native call.
          }
        }
        if (line === '__slow__') {
          const until = Date.now() + 300;
          while (Date.now() < until) {
            // Blocks the worker like a long ORT run would.
          }
        }
      }
      return lines.map(scoreLine);
    },
    info: () => fakeInfo(manifest.id, manifest.version),
    templates: fakeTemplates,
    close: async () => undefined,
  };
}

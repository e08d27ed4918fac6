/** `anomaly-lens watch` on its own: the watcher plus a /metrics endpoint on its own port. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Registry } from 'prom-client';
import type { BaselineScorer } from '../baseline';
import type { ScoringEngine } from '../engine/types';
import type { WatchConfig } from './config';
import { startWatcher, type Watcher } from './index';
import type { Shard } from './shard';
import type { WatchLogger } from './selector-worker';

export interface StandaloneWatcher {
  watcher: Watcher;
  registry: Registry;
  /** The port /metrics listens on (useful when 0 was asked for). */
  port: number;
  stop(): Promise<void>;
}

export async function runStandaloneWatcher(options: {
  config: WatchConfig;
  engine: ScoringEngine;
  logger: WatchLogger;
  shard?: Shard;
  /** Overrides `metrics.port` of the config; 0 picks a free port. */
  metricsPort?: number;
  host?: string;
  /** Stream baselines fed by the watcher (BASELINE_STORE); `engine` should then be their BaselinedEngine. */
  baseline?: BaselineScorer;
}): Promise<StandaloneWatcher> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const watcher = startWatcher({ ...options, registry });
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url?.split('?')[0] === '/metrics') {
      registry
        .metrics()
        .then((body) => {
          res.writeHead(200, { 'Content-Type': registry.contentType });
          res.end(body);
        })
        .catch((err: unknown) => {
          res.writeHead(500, { 'Content-Type': 'text/plain' });
          res.end(String(err));
        });
    } else if (req.method === 'GET' && req.url === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('ok\n');
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found\n');
    }
  });
  await listen(server, options.metricsPort ?? options.config.metrics.port, options.host ?? '0.0.0.0');
  const port = (server.address() as AddressInfo).port;
  options.logger.info({ port }, 'watcher metrics listening on /metrics');
  return {
    watcher,
    registry,
    port,
    async stop() {
      await watcher.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

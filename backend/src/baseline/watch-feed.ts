/**
 * The watcher's side of the baseline: before a page is scored, streams seen for the first time are bootstrapped
 * from Loki history (once per stream; a failed bootstrap is logged and not retried until restart, the stream then
 * learns live); after scoring, every scored line is counted into its stream's baseline.
 */
import type { LineResult, LogLineInput } from '../contract';
import type { LokiClient, LokiEntry } from '../loki';
import { bootstrapStream, DEFAULT_BOOTSTRAP, type BootstrapOptions } from './bootstrap';
import type { BaselineScorer } from './scorer';

export interface WatchBaselineFeed {
  prepare(entries: readonly LokiEntry[]): Promise<void>;
  observe(lines: readonly LogLineInput[], results: readonly LineResult[]): void;
}

export interface FeedLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export function watchBaselineFeed(
  scorer: BaselineScorer,
  client: LokiClient | null,
  score: (lines: LogLineInput[]) => Promise<LineResult[]>,
  logger: FeedLogger,
  options: BootstrapOptions | null = DEFAULT_BOOTSTRAP
): WatchBaselineFeed {
  const attempted = new Set<string>();
  return {
    async prepare(entries) {
      if (client === null || options === null) {
        return;
      }
      const first = new Map<string, LokiEntry>();
      for (const e of entries) {
        const key = scorer.keyOf({ line: e.line, labels: e.labels });
        if (key !== null && !first.has(key) && !attempted.has(key) && !scorer.store.get(key)?.bootstrapped) {
          first.set(key, e);
        }
      }
      for (const [key, e] of first) {
        attempted.add(key);
        try {
          const report = await bootstrapStream(client, scorer, score, e.labels, Number(e.ts.slice(0, -6)), options);
          logger.info(report, 'baseline bootstrapped from Loki history');
        } catch (err) {
          logger.warn({ stream: key, err: (err as Error).message }, 'baseline bootstrap failed; learning live');
        }
      }
    },
    observe(lines, results) {
      scorer.observe(lines, results);
    },
  };
}

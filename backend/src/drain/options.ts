/** Miner settings. One default for every log source: no per-dataset thresholds. */
import { z } from 'zod';

export const drainOptionsSchema = z
  .object({
    /**
     * Drain/Drain3 "depth": root, token-count layer, `depth − 3` layers keyed by the leading tokens, leaves.
     * 4 (Drain3's default) keys on the first token only; the default 6 keys on three (see bench/parse/README.md
     * for the measured choice).
     */
    depth: z.number().int().min(3).max(32),
    /**
     * Share of positions that must agree for a line to join a template while learning. Typed placeholders count
     * as agreeing (both lines had, say, a number there), so this sits higher than Drain's 0.4–0.5 on raw tokens.
     */
    simThreshold: z.number().min(0).max(1),
    /** Children per tree node, the last slot reserved for the `<*>` wildcard child. */
    maxChildren: z.number().int().min(2).max(100_000),
    /** Live templates at most; the least recently used one is evicted beyond this. */
    maxClusters: z.number().int().min(1).max(10_000_000),
    /** Tokens per line at most; longer lines keep `maxTokens − 1` tokens and end in one `<*>`. */
    maxTokens: z.number().int().min(2).max(10_000),
    /** Tokens with digits or placeholders take the `<*>` branch of the tree (Drain's numeric-token rule). */
    parametrizeNumericTokens: z.boolean(),
    /**
     * A token is also split after each of these characters (`uid=0` → `uid=` `0`, `a,b` → `a,` `b`), so a key
     * and its varying value are separate positions. Templates are rendered with the original spacing.
     */
    extraDelimiters: z.string().max(16),
  })
  .strict();

export type DrainOptions = z.infer<typeof drainOptionsSchema>;

export const DEFAULT_DRAIN_OPTIONS: DrainOptions = Object.freeze({
  depth: 6,
  simThreshold: 0.7,
  maxChildren: 100,
  maxClusters: 20_000,
  maxTokens: 128,
  parametrizeNumericTokens: true,
  extraDelimiters: '=,',
});

export function resolveDrainOptions(options: Partial<DrainOptions> = {}): DrainOptions {
  const parsed = drainOptionsSchema.safeParse({ ...DEFAULT_DRAIN_OPTIONS, ...options });
  if (!parsed.success) {
    throw new Error(`invalid Drain options: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

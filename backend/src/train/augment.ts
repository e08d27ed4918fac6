/**
 * Training on the served form: a seeded share of training lines is seen wrapped in one of the envelopes a line
 * picks up on its way to Loki (normalize/wrappers.ts: syslog, CRI, Docker json-file, JSON, a shipper's prefix, a
 * trailing counter or request id), so a bundle is not tied to one dataset's file layout. `auto` peels them all,
 * so on lines it reads fully this changes no feature (bench/invariance: 0.00 % of Loghub-2k lines change
 * template or verdict); it is what keeps training honest where a wrapper is not fully peeled.
 */
import { createRng } from '../model/rng';
import { WRAPPERS, wrapLine } from '../normalize';

export interface AugmentConfig {
  /** Share of training lines (fit and calibration) seen wrapped, 0–1; 0 disables. */
  share: number;
}

export const DEFAULT_AUGMENT: AugmentConfig = { share: 0.3 };

const HOSTS = ['host-1', 'node07', 'ip-10-0-3-17', 'worker-3.example.net', 'relay'];
const HEX = '0123456789abcdef';

/**
 * A seeded augmenter: `(line, level)` returns the line itself or, for a `share` of calls, the line in a random
 * wrapper (`level`: the line's own level, for the JSON wrapper's level key). The same seed and call sequence
 * give the same lines.
 */
export function createAugmenter(config: AugmentConfig, seed: number): (line: string, level: string | null) => string {
  const rng = createRng(seed ^ 0x0a9e17);
  const share = Math.min(1, Math.max(0, config.share));
  const base = Date.UTC(2026, 0, 1);
  return (line, level) => {
    if (share === 0 || rng() >= share) {
      return line;
    }
    const wrapper = WRAPPERS[Math.floor(rng() * WRAPPERS.length)]!;
    let hex = '';
    for (let i = 0; i < 32; i++) {
      hex += HEX[Math.floor(rng() * 16)];
    }
    return wrapLine(line, wrapper, {
      time: new Date(base + Math.floor(rng() * 365 * 86_400_000)),
      host: HOSTS[Math.floor(rng() * HOSTS.length)]!,
      seq: 1 + Math.floor(rng() * 1_000_000),
      hex,
      level,
    });
  };
}

/**
 * A ScoringEngine that runs the detector on the calling thread: for the CLI (eval, explain, watch) where one
 * process does one thing. The HTTP service uses the worker pool instead (service/pooled-engine.ts).
 */
import type { ScoringEngine } from './types';
import { loadDetector, type DetectorOptions } from './detector';

export async function createInProcessEngine(bundleDir: string, options: DetectorOptions = {}): Promise<ScoringEngine> {
  const detector = await loadDetector(bundleDir, { intraOpThreads: 1, ...options });
  const info = detector.info();
  return {
    model: { id: info.id, version: info.version },
    score: (lines, opts) => detector.score(lines, opts ?? {}),
    info: () => detector.info(),
    templates: (query) => detector.templates(query),
    close: () => detector.close(),
  };
}

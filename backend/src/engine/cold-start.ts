/**
 * Cold start: on a system the bundle never saw, a line whose template is new says all there is to say about
 * itself in its level and its words. When it states error or worse (its header's level, a vendor severity digit,
 * a JSON level field, a headerless level word: all `NormalizedLine.level`) and speaks of failure
 * (features/lexicon.ts), it is flagged, whatever the network extrapolates from features it was never trained on
 * (the README's `RAS KERNEL FATAL data TLB error interrupt` scored 0.09 as a novel headerless line). Quiet novel
 * lines (neither) keep the bundle's quiet-novel prior (model/decide.ts); a novel line with one of the two is left
 * to the network.
 *
 * "A system the bundle never saw" is a line whose header format (`NormalizedLine.format`) no training line had:
 * on the systems it was trained on the network has seen their error-level lines and their labels, and BGL labels
 * most novel FATAL/ERROR lines of its test period normal (the rule applied there too took the current bundle's F1
 * on that period from 0.999 to 0.854: 232 false alarms on `ciod: Error reading message prefix …`,
 * `Found invalid node ecid …`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DecisionScratch } from '../model/decide';
import { isSevereLevel } from '../model/evidence';
import type { Normalizer } from '../normalize';

/**
 * The score reported for a cold-start alarm when the network's is lower: a rule's verdict, not a calibrated
 * probability; above every domain threshold and the soft threshold a bundle can calibrate to that flags lines.
 */
export const COLD_START_SCORE = 0.9;

/**
 * Whether a novel line (template unseen) raises the cold-start alarm: its format is not one the bundle was
 * trained on, it states error or worse and speaks of failure.
 */
export function isColdStartAlarm(
  trained: ReadonlySet<string>,
  format: string,
  level: string | null,
  speaksOfFailure: boolean
): boolean {
  return speaksOfFailure && isSevereLevel(level) && !trained.has(format);
}

/**
 * The header formats a bundle's training lines had: the manifest's record (`normalizer.trainedFormats`), or for
 * bundles written before it, the formats of its `training-set.jsonl` lines under its own normaliser; empty when
 * it has neither (every system is then new to it).
 */
export function trainedFormats(
  dir: string,
  recorded: readonly string[] | undefined,
  normalizer: Normalizer
): ReadonlySet<string> {
  if (recorded) {
    return new Set(recorded);
  }
  const path = join(dir, 'training-set.jsonl');
  const formats = new Set<string>();
  if (!existsSync(path)) {
    return formats;
  }
  for (const row of readFileSync(path, 'utf8').split('\n')) {
    if (row.trim() === '') {
      continue;
    }
    try {
      const line = (JSON.parse(row) as { line?: unknown }).line;
      if (typeof line === 'string') {
        formats.add(normalizer.normalize(line).format);
      }
    } catch {
      // The loader verified the file's hash: a row that does not parse is the bundle's, and says nothing here.
    }
  }
  return formats;
}

/** Applies the alarm to a decision already made by the table (`decideInto`). */
export function raiseColdStartAlarm(decision: DecisionScratch): void {
  decision.anomaly = true;
  if (decision.score < COLD_START_SCORE) {
    decision.score = COLD_START_SCORE;
  }
}

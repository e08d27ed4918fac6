/**
 * The sequence model at inference: a first-order Markov chain over template ids (with start/end states and
 * Lidstone smoothing) plus per-template count profiles, all learned from normal sessions. `assess` turns one
 * session into findings (unexpected transitions, missing events, unusual repetitions, never-seen templates),
 * a raw score (weighted findings + mean surprisal) and a calibrated score in [0, 1]. A never-seen template weighs
 * `novelTemplate` when its text speaks of failure (or is unknown) and `novelQuietTemplate` otherwise.
 */
import { z } from 'zod';
import type { PatternKind, Verdict } from '../contract';
import {
  END,
  START,
  sequenceModelJsonSchema,
  type SequenceModelJson,
  type SequenceWeightKey,
  type SequenceWeights,
} from './schema';
import { failureClasses, type TemplateText } from './vocabulary';

export interface SequenceFindingDraft {
  kind: PatternKind;
  /** 1-based event numbers. */
  events: number[];
  description: string;
  /** Contribution to the raw score. */
  weight: number;
  /** The weight it carries (what the learned weights are fitted on); `classifier`: a supervised decision step. */
  cause: SequenceWeightKey | 'classifier';
  templateId: string;
}

export interface SequenceAssessment {
  raw: number;
  score: number;
  verdict: Verdict;
  /** Mean surprisal of the session's transitions, in bits. */
  surprisal: number;
  findings: SequenceFindingDraft[];
  /** Which detector decided (absent: the normal-behaviour model alone). */
  detector?: 'supervised' | 'semi-supervised' | 'combined';
  /** The supervised classifier's evidence, worded: which counts or transitions drove its verdict. */
  drivers?: string[];
}

/** How a finding names a template (its text or gloss); the id by default. */
export type TemplateLabeller = (templateId: string) => string;

interface TemplateProfile {
  sessions: number;
  low: number;
  high: number;
}

const MAX_CITED_EVENTS = 50;

export class SequenceModel {
  private readonly profiles = new Map<string, TemplateProfile>();
  private readonly next = new Map<string, Map<string, number>>();
  private readonly outTotals = new Map<string, number>();
  /** Templates in (nearly) every normal session, in id order: their absence is a missing event. */
  private readonly expected: string[];
  /** For each expected template, the templates that come after it in normal sessions. */
  private readonly later = new Map<string, Set<string>>();

  private constructor(readonly json: SequenceModelJson) {
    for (const t of json.templates) {
      this.profiles.set(t.id, { sessions: t.sessions, low: t.low, high: t.high });
    }
    for (const [from, to, count] of json.transitions) {
      let row = this.next.get(from);
      if (!row) {
        row = new Map();
        this.next.set(from, row);
      }
      row.set(to, (row.get(to) ?? 0) + count);
      this.outTotals.set(from, (this.outTotals.get(from) ?? 0) + count);
    }
    this.expected = json.templates.filter((t) => t.low >= 1).map((t) => t.id);
    for (const [a, b] of json.precedes) {
      const set = this.later.get(a) ?? new Set<string>();
      set.add(b);
      this.later.set(a, set);
    }
  }

  /** Validates a parsed `sequence.json`; the error lists every offending path. */
  static fromJSON(json: unknown): SequenceModel {
    const parsed = sequenceModelJsonSchema.safeParse(json);
    if (!parsed.success) {
      throw new Error(`invalid sequence model: ${z.prettifyError(parsed.error)}`);
    }
    return new SequenceModel(parsed.data);
  }

  toJSON(): SequenceModelJson {
    return this.json;
  }

  get calibration() {
    return this.json.calibration;
  }

  knows(templateId: string): boolean {
    return this.profiles.has(templateId);
  }

  /** Smoothed P(to | from); both may be START/END. Unknown `from` states fall back to uniform. */
  probability(from: string, to: string): number {
    const vocabulary = this.profiles.size + 1; // every template plus END
    const count = this.next.get(from)?.get(to) ?? 0;
    const total = this.outTotals.get(from) ?? 0;
    return (count + this.json.smoothing) / (total + this.json.smoothing * vocabulary);
  }

  /** The most likely successors of a state, best first. */
  expectedAfter(from: string, limit = 2): Array<{ id: string; p: number }> {
    const row = this.next.get(from);
    if (!row) {
      return [];
    }
    return [...row.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit)
      .map(([id]) => ({ id, p: this.probability(from, id) }));
  }

  /** Calibrated score of a raw score: 0.5 exactly at the threshold. */
  calibrate(raw: number): number {
    const { threshold, scale } = this.json.calibration;
    return 1 / (1 + Math.exp(-(raw - threshold) / scale));
  }

  /** The weights with version-1 files' missing `novelQuietTemplate` read as `novelTemplate` (their behaviour). */
  get weights(): Required<SequenceWeights> {
    const w = this.json.weights;
    return { ...w, novelQuietTemplate: w.novelQuietTemplate ?? w.novelTemplate };
  }

  /**
   * Findings and scores of one session. `text` gives template texts so that a never-seen template is weighed by
   * its failure vocabulary; without it every never-seen template weighs `novelTemplate`.
   */
  assess(
    templateIds: readonly string[],
    label: TemplateLabeller = (id) => id,
    text: TemplateText = () => undefined
  ): SequenceAssessment {
    const w = this.weights;
    const findings: SequenceFindingDraft[] = [];
    const n = templateIds.length;
    const name = (id: string) =>
      id === START ? 'the session start' : id === END ? 'the session end' : `"${label(id)}"`;

    // Occurrences per template (1-based event numbers).
    const occurrences = new Map<string, number[]>();
    templateIds.forEach((id, i) => {
      const list = occurrences.get(id);
      if (list) {
        list.push(i + 1);
      } else {
        occurrences.set(id, [i + 1]);
      }
    });

    for (const [id, events] of occurrences) {
      if (!this.profiles.has(id)) {
        const said = text(id);
        const failure = said === undefined ? [] : failureClasses(said);
        const cause = said === undefined || failure.length > 0 ? 'novelTemplate' : 'novelQuietTemplate';
        findings.push({
          kind: 'extra-event',
          events: cap(events),
          description:
            `${name(id)} never occurs in normal sessions` +
            (said === undefined
              ? ''
              : failure.length > 0
                ? ` (speaks of ${failure.join(', ')})`
                : ' (no failure words)'),
          weight: w[cause],
          cause,
          templateId: id,
        });
      }
    }

    let surprisalSum = 0;
    const seenPairs = new Set<string>();
    // An open-ended session may still be running: how it ends so far says nothing.
    const last = this.json.openEnded ? n - 1 : n;
    for (let i = 0; i <= last; i++) {
      const from = i === 0 ? START : templateIds[i - 1];
      const to = i === n ? END : templateIds[i];
      surprisalSum -= Math.log2(this.probability(from, to));
      const fromKnown = from === START || this.profiles.has(from);
      const toKnown = to === END || this.profiles.has(to);
      const pair = `${from}\u0000${to}`;
      // Transitions touching a never-seen template are already explained by that template's finding.
      if (!fromKnown || !toKnown || seenPairs.has(pair) || (this.next.get(from)?.get(to) ?? 0) > 0) {
        continue;
      }
      seenPairs.add(pair);
      const events = i === 0 ? [1] : i === n ? [n] : [i, i + 1];
      const expected = this.expectedAfter(from)
        .map((e) => `${name(e.id)} (p=${e.p.toFixed(2)})`)
        .join(' or ');
      findings.push({
        kind: 'unexpected-transition',
        events,
        description: `${name(from)} → ${name(to)} never happens in normal sessions${expected ? `; expected ${expected}` : ''}`,
        weight: w.unseenTransition,
        cause: 'unseenTransition',
        templateId: to === END ? from : to,
      });
    }

    for (const [id, events] of occurrences) {
      const profile = this.profiles.get(id);
      if (!profile) {
        continue;
      }
      const share = profile.sessions / this.json.sessions;
      if (share < this.json.rarePresence) {
        findings.push({
          kind: 'extra-event',
          events: cap(events),
          description: `${name(id)} is rare: only ${percent(share)} of normal sessions have it`,
          weight: w.rareTemplate,
          cause: 'rareTemplate',
          templateId: id,
        });
      }
      if (events.length > profile.high) {
        findings.push({
          kind: 'unusual-repetition',
          events: cap(events),
          description: `${name(id)} occurs ${events.length} times; normal sessions have at most ${profile.high}`,
          weight: w.countAboveHigh,
          cause: 'countAboveHigh',
          templateId: id,
        });
      } else if (events.length < profile.low) {
        findings.push({
          kind: 'missing-event',
          events: cap(events),
          description: `${name(id)} occurs ${events.length} time${events.length === 1 ? '' : 's'}; normal sessions have at least ${profile.low}`,
          weight: w.countBelowLow,
          cause: 'countBelowLow',
          templateId: id,
        });
      }
    }

    for (const id of this.expected) {
      if (occurrences.has(id)) {
        continue;
      }
      const laterEvent = this.firstLaterEvent(id, templateIds);
      if (this.json.openEnded && laterEvent === null) {
        continue;
      }
      findings.push({
        kind: 'missing-event',
        events: [laterEvent ?? this.anchorFor(id, templateIds)],
        description:
          `${name(id)} is missing${laterEvent === null ? '' : ` before event ${laterEvent}`}; ` +
          `${percent(this.profiles.get(id)!.sessions / this.json.sessions)} of normal sessions have it`,
        weight: w.missingEvent,
        cause: 'missingEvent',
        templateId: id,
      });
    }

    const surprisal = surprisalSum / (last + 1);
    const raw = findings.reduce((s, f) => s + f.weight, 0) + w.surprisal * surprisal;
    const score = this.calibrate(raw);
    findings.sort((a, b) => a.events[0] - b.events[0] || b.weight - a.weight);
    return { raw, score, verdict: raw >= this.json.calibration.threshold ? 'anomaly' : 'normal', surprisal, findings };
  }

  /** The first event whose template normally comes after `missing` (1-based), or null. */
  private firstLaterEvent(missing: string, templateIds: readonly string[]): number | null {
    const later = this.later.get(missing);
    if (!later) {
      return null;
    }
    const i = templateIds.findIndex((id) => later.has(id));
    return i < 0 ? null : i + 1;
  }

  /** Where a missing template would have been expected: the last event after which it usually follows. */
  private anchorFor(missing: string, templateIds: readonly string[]): number {
    let best = templateIds.length;
    let bestCount = 0;
    templateIds.forEach((id, i) => {
      const c = this.next.get(id)?.get(missing) ?? 0;
      if (c > 0 && c >= bestCount) {
        best = i + 1;
        bestCount = c;
      }
    });
    return Math.max(1, best);
  }
}

function percent(share: number): string {
  return `${share >= 0.1 ? Math.round(share * 100) : Math.round(share * 1000) / 10} %`;
}

function cap(events: number[]): number[] {
  return events.length > MAX_CITED_EVENTS ? events.slice(0, MAX_CITED_EVENTS) : events;
}

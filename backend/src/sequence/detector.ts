/**
 * The bundle's `sequence.json` as a scorer: the normal-behaviour model alone (versions 1 and 2, or a version 3
 * trained without session labels), or combined with its supervised session classifier as the file's
 * `combination` says. The classifier's decision path becomes findings and "drivers": which counts or transitions
 * moved the verdict towards anomaly.
 */
import type { PatternKind } from '../contract';
import type { SequenceScorer } from './assess';
import { SequenceModel, type SequenceAssessment, type SequenceFindingDraft, type TemplateLabeller } from './model';
import { END, START, type SequenceCombination } from './schema';
import { SessionTree, type TreeStep } from './supervised';
import type { TemplateText } from './vocabulary';

export function loadSequenceScorer(json: unknown): SequenceScorer {
  const semi = SequenceModel.fromJSON(json);
  const { supervised, combination } = semi.json;
  if (!supervised || !combination) {
    return semi;
  }
  return new CombinedSequenceModel(semi, SessionTree.fromJSON(supervised), combination);
}

export class CombinedSequenceModel implements SequenceScorer {
  constructor(
    readonly semi: SequenceModel,
    readonly tree: SessionTree,
    readonly combination: SequenceCombination
  ) {}

  knows(templateId: string): boolean {
    return this.semi.knows(templateId);
  }

  get calibration(): { threshold: number } {
    return { threshold: this.combination.semiThreshold };
  }

  assess(
    templateIds: readonly string[],
    label: TemplateLabeller = (id) => id,
    text: TemplateText = () => undefined
  ): SequenceAssessment {
    const a = this.semi.assess(templateIds, label, text);
    const { mode } = this.combination;
    const threshold = mode === 'semi-supervised' ? this.semi.calibration.threshold : this.combination.semiThreshold;
    const semiScore = 1 / (1 + Math.exp(-(a.raw - threshold) / this.semi.calibration.scale));
    const semiSays = a.raw >= threshold;
    const t = this.tree.classify(templateIds);
    const treeSays = t.probability >= 0.5;
    let anomalous: boolean;
    let score: number;
    let detector: SequenceAssessment['detector'];
    if (mode === 'semi-supervised') {
      [anomalous, score, detector] = [semiSays, semiScore, 'semi-supervised'];
    } else if (mode === 'supervised') {
      [anomalous, score, detector] = [treeSays, t.probability, 'supervised'];
    } else if (mode === 'either') {
      anomalous = semiSays || treeSays;
      score = Math.max(semiScore, t.probability);
      detector = semiSays && treeSays ? 'combined' : treeSays ? 'supervised' : 'semi-supervised';
    } else {
      anomalous = semiSays && treeSays;
      score = Math.min(semiScore, t.probability);
      detector = 'combined';
    }
    const usesTree = mode !== 'semi-supervised' && treeSays && anomalous;
    const steps = usesTree ? t.path.filter((s) => s.after > s.before) : [];
    const drafts = steps.map((s) => treeFinding(s, templateIds, label));
    const findings = [...(mode === 'supervised' ? [] : a.findings), ...drafts].sort(
      (x, y) => x.events[0] - y.events[0] || y.weight - x.weight
    );
    return {
      raw: a.raw,
      score,
      verdict: anomalous ? 'anomaly' : 'normal',
      surprisal: a.surprisal,
      findings,
      detector,
      drivers: drafts.map((d) => d.description.replace(/^the session classifier: /, '')),
    };
  }
}

/** A step of the decision path as a finding citing the events it counted. */
function treeFinding(step: TreeStep, ids: readonly string[], label: TemplateLabeller): SequenceFindingDraft {
  const f = step.feature;
  const n = ids.length;
  const name = (id: string) => (id === START ? 'the session start' : id === END ? 'the session end' : `"${label(id)}"`);
  const cmp = `${step.above ? '>' : '≤'} ${trim(step.threshold)}`;
  const share = `${pct(step.before)} → ${pct(step.after)} of labelled sessions anomalous`;
  const times = (v: number) => `${v} time${v === 1 ? '' : 's'}`;
  let kind: PatternKind;
  let events: number[];
  let what: string;
  let templateId: string;
  if (f.kind === 'count') {
    const at = ids.flatMap((id, i) => (id === f.template ? [i + 1] : []));
    kind = step.above ? (step.value >= 2 ? 'unusual-repetition' : 'extra-event') : 'missing-event';
    events = at.length > 0 ? at.slice(0, 50) : [n];
    what = `${name(f.template)} occurs ${times(step.value)} (${cmp})`;
    templateId = f.template;
  } else if (f.kind === 'transition') {
    const at: number[] = [];
    for (let i = 0; i <= n && at.length === 0; i++) {
      const from = i === 0 ? START : ids[i - 1];
      const to = i === n ? END : ids[i];
      if (from === f.from && to === f.to) {
        at.push(...(i === 0 ? [1] : i === n ? [n] : [i, i + 1]));
      }
    }
    kind = step.above ? 'unexpected-transition' : 'missing-event';
    events = at.length > 0 ? at : [n];
    what = `${name(f.from)} → ${name(f.to)} occurs ${times(step.value)} (${cmp})`;
    templateId = f.to === END ? f.from : f.to;
  } else if (f.kind === 'unseen-templates') {
    kind = 'extra-event';
    const at = ids.flatMap((_, i) => [i + 1]).slice(0, 50);
    events = at;
    what = `${times(step.value)} an event of a template the labelled sessions never showed (${cmp})`;
    templateId = ids[0] ?? START;
  } else {
    kind = 'order';
    events = [1, n];
    what = `the session has ${step.value} events (${cmp})`;
    templateId = ids[n - 1] ?? START;
  }
  return {
    kind,
    events: [...new Set(events)].sort((a, b) => a - b),
    description: `the session classifier: ${what}; ${share}`,
    weight: 0,
    cause: 'classifier',
    templateId,
  };
}

const pct = (v: number) => `${Math.round(v * 1000) / 10} %`;
const trim = (v: number) => String(Math.round(v * 100) / 100);

/**
 * Chooses how the supervised classifier and the normal-behaviour model combine, on the validation slice only
 * (labelled sessions of the training period held out of fitting): each model alone, "either" (anomalous when one
 * of them says so: the classifier for the patterns the labels showed, the normal-behaviour model for those they
 * never did) or "both". For either and both the normal-behaviour model's threshold is re-chosen inside the
 * combination, F1-best with the widest margin, as calibrateOnValidation does alone.
 */
import { binaryMetrics } from './metrics';
import type { SequenceModel } from './model';
import type { SequenceCombination, ValidationSession } from './schema';
import type { SessionTree } from './supervised';
import type { TemplateText } from './vocabulary';

type Mode = SequenceCombination['mode'];
/** Tie order: either first, as it keeps covering what the labels never showed. */
const MODES: Mode[] = ['either', 'supervised', 'semi-supervised', 'both'];

export function chooseCombination(
  semi: SequenceModel,
  tree: SessionTree,
  validation: readonly ValidationSession[],
  text: TemplateText
): SequenceCombination {
  const rows = validation.map((s) => ({
    raw: semi.assess(s.templateIds, undefined, text).raw,
    tree: tree.classify(s.templateIds).probability >= 0.5,
    anomalous: s.anomalous,
  }));
  const values = [...new Set(rows.map((r) => r.raw))].sort((a, b) => a - b);
  const thresholds = [
    values[0] - 1,
    ...values.slice(1).map((v, i) => (v + values[i]) / 2),
    values[values.length - 1] + 1,
  ];
  const decide = (mode: Mode, t: number) => (r: (typeof rows)[number]) =>
    mode === 'supervised'
      ? r.tree
      : mode === 'semi-supervised'
        ? r.raw >= semi.calibration.threshold
        : mode === 'either'
          ? r.tree || r.raw >= t
          : r.tree && r.raw >= t;
  const figures = (mode: Mode, t: number) =>
    binaryMetrics(rows.map((r) => ({ predicted: decide(mode, t)(r), actual: r.anomalous })));

  const candidates = MODES.map((mode) => {
    if (mode === 'supervised' || mode === 'semi-supervised') {
      const t = semi.calibration.threshold;
      const m = figures(mode, t);
      return { mode, semiThreshold: t, precision: m.precision, recall: m.recall, f1: m.f1 };
    }
    let bestF1 = -1;
    let best: number[] = [];
    for (const t of thresholds) {
      const f1 = figures(mode, t).f1;
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1;
        best = [t];
      } else if (Math.abs(f1 - bestF1) <= 1e-12) {
        best.push(t);
      }
    }
    const t = round(best[Math.floor((best.length - 1) / 2)]);
    const m = figures(mode, t);
    return { mode, semiThreshold: t, precision: m.precision, recall: m.recall, f1: m.f1 };
  });
  const chosen = candidates.reduce((a, b) => (b.f1 > a.f1 + 1e-12 ? b : a));
  return {
    mode: chosen.mode,
    semiThreshold: chosen.semiThreshold,
    validation: {
      sessions: rows.length,
      anomalies: rows.filter((r) => r.anomalous).length,
      candidates: candidates.map((c) => ({
        ...c,
        precision: round(c.precision),
        recall: round(c.recall),
        f1: round(c.f1),
      })),
    },
  };
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** Which templates of the scored lines are most worth a label: the pure ranking behind the Labelling page. */
import type { ScoredLine } from './analysis';
import type { DomainId, ModelTemplate } from './contract';
import type { LabelStats } from './labels';

/**
 * Labels per template worth asking for: FAME's k-shot training takes at most K labelled lines per template, and a
 * handful already fixes a misjudged template; beyond that an SRE's time is better spent on another template.
 */
export const DEFAULT_LABELS_PER_TEMPLATE = 5;

/** Calibrated scores: a line is an anomaly at 0.5, so scores near it are the model's least certain verdicts. */
export const SCORE_THRESHOLD = 0.5;

/** Scores within this distance of the threshold count as uncertain (0.2..0.8). */
export const UNCERTAIN_BAND = 0.3;

export const SAMPLES_PER_TEMPLATE = 3;

export type LabellingReason = 'novel' | 'uncertain' | 'few-labels';

export interface LabellingCandidate {
  templateId: string;
  text: string;
  /** The domain the router picks for the template's lines (the most frequent one). */
  domain: DomainId;
  reason: LabellingReason;
  /** Lines of the template among the scored lines. */
  lines: number;
  anomalies: number;
  /** Distance of the template's least certain score from the threshold (0 = a coin toss). */
  uncertainty: number;
  novel: boolean;
  /** Labels already stored for the template. */
  labelled: { total: number; anomaly: number; normal: number };
  /** Lines of the template in the training data, when the bundle knows it. */
  trainingCount: number | null;
  /** Distinct sample lines, least certain first. */
  samples: ScoredLine[];
}

const REASON_RANK: Record<LabellingReason, number> = { novel: 0, uncertain: 1, 'few-labels': 2 };

/**
 * Orders the templates of the scored lines by how much a label would teach the model: templates never seen in
 * training first, then those whose scores sit closest to the threshold, then those with fewer than `k` labels.
 * Templates that already have `k` labels are left out (the retrain takes at most K per template). Ties go to the
 * template with fewer labels, then to the one with more lines (a label fixes more of the view), then by id.
 *
 * @param templates the bundle's templates (GET /api/v1/model/templates); may be partial or empty
 * @param stats label counts (GET /api/v1/labels/stats); null when the label store is unavailable
 */
export function rankTemplatesForLabelling(
  templates: readonly ModelTemplate[],
  stats: LabelStats | null,
  scoredLines: readonly ScoredLine[],
  k = DEFAULT_LABELS_PER_TEMPLATE,
  limit = Infinity
): LabellingCandidate[] {
  const known = new Map(templates.map((t) => [t.id, t]));
  const counts = new Map((stats?.templates ?? []).map((t) => [t.templateId, t]));
  const groups = new Map<string, ScoredLine[]>();
  for (const line of scoredLines) {
    const id = line.result.template.id;
    const group = groups.get(id);
    if (group) {
      group.push(line);
    } else {
      groups.set(id, [line]);
    }
  }

  const candidates: LabellingCandidate[] = [];
  for (const [templateId, group] of groups) {
    const count = counts.get(templateId);
    const labelled = { total: count?.count ?? 0, anomaly: count?.anomaly ?? 0, normal: count?.normal ?? 0 };
    if (labelled.total >= k) {
      continue;
    }
    const distance = (l: ScoredLine) => Math.abs(l.result.score - SCORE_THRESHOLD);
    const byCertainty = [...group].sort((a, b) => distance(a) - distance(b) || a.index - b.index);
    const uncertainty = distance(byCertainty[0]);
    const novel = group.some((l) => l.result.novel);
    const samples: ScoredLine[] = [];
    const seen = new Set<string>();
    for (const l of byCertainty) {
      if (!seen.has(l.line)) {
        seen.add(l.line);
        samples.push(l);
        if (samples.length === SAMPLES_PER_TEMPLATE) {
          break;
        }
      }
    }
    const domainVotes = new Map<DomainId, number>();
    for (const l of group) {
      domainVotes.set(l.result.domain, (domainVotes.get(l.result.domain) ?? 0) + 1);
    }
    const [domain] = [...domainVotes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    candidates.push({
      templateId,
      text: group[0].result.template.text,
      domain,
      reason: novel ? 'novel' : uncertainty <= UNCERTAIN_BAND ? 'uncertain' : 'few-labels',
      lines: group.length,
      anomalies: group.filter((l) => l.result.verdict === 'anomaly').length,
      uncertainty,
      novel,
      labelled,
      trainingCount: known.get(templateId)?.count ?? null,
      samples,
    });
  }

  return candidates
    .sort(
      (a, b) =>
        REASON_RANK[a.reason] - REASON_RANK[b.reason] ||
        (a.reason === 'uncertain' ? a.uncertainty - b.uncertainty : 0) ||
        a.labelled.total - b.labelled.total ||
        b.lines - a.lines ||
        a.templateId.localeCompare(b.templateId)
    )
    .slice(0, limit);
}

/**
 * Which templates carry labels, so that the baseline leaves their verdict alone: the bundle's training labels
 * (templates with labelled lines in the K-shot set) and the user's (the label store). Both are read into a Set
 * and refreshed at most every `refreshMs`, so the per-line check is one Set lookup.
 */
import type Database from 'better-sqlite3';
import type { ScoringEngine } from '../engine/types';

/** Template ids of the serving bundle that have training labels (anomalous or normal). */
export function trainedTemplateIds(engine: ScoringEngine): Set<string> {
  const ids = new Set<string>();
  const page = 1000;
  for (let offset = 0; ; offset += page) {
    const r = engine.templates({ offset, limit: page });
    for (const t of r.templates) {
      if (t.anomalyRate !== null) {
        ids.add(t.id);
      }
    }
    if (offset + page >= r.total) {
      return ids;
    }
  }
}

/** Template ids the user labelled with a verdict. */
export function userLabelledTemplateIds(db: Database.Database): Set<string> {
  const rows = db
    .prepare('SELECT DISTINCT template_id AS id FROM labels WHERE template_id IS NOT NULL AND verdict IS NOT NULL')
    .all() as Array<{ id: string }>;
  return new Set(rows.map((r) => r.id));
}

export interface LabelledTemplates {
  /** Re-reads the sources if the model changed or the user labels are older than `refreshMs`. */
  refresh(): void;
  has(templateId: string): boolean;
}

export function labelledTemplates(
  engine: () => ScoringEngine | null,
  userDb: Database.Database | null,
  refreshMs = 30_000,
  now: () => number = Date.now
): LabelledTemplates {
  let trainedFor = '';
  let trained = new Set<string>();
  let user = new Set<string>();
  let userAt = -Infinity;
  return {
    refresh() {
      const e = engine();
      if (e) {
        const ref = `${e.model.id}@${e.model.version}`;
        if (ref !== trainedFor) {
          trained = trainedTemplateIds(e);
          trainedFor = ref;
        }
      }
      if (userDb?.open && now() - userAt > refreshMs) {
        user = userLabelledTemplateIds(userDb);
        userAt = now();
      }
    },
    has: (id) => trained.has(id) || user.has(id),
  };
}

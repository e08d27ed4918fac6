/**
 * Certification of a partition against the mined templates and their K-shot labels (FAME step 2).
 *
 * Resolution, per template: the first domain that lists its id explicitly, else the first domain (in file order)
 * with a matching pattern, else `fallbackDomain`; with no fallback an unassigned template is an error.
 * Repairs (each reported): an id listed in two domains stays in the first; empty domains are dropped; a domain
 * with fewer than `minTemplatesPerDomain` templates, or with no labelled line (its type would be a guess), is
 * merged into the fallback domain, or is an error when there is none. The fallback domain itself cannot be merged
 * anywhere: unlabelled it is an error, undersized a warning.
 * Types come from the labels: purity >= `minPurityForPure` (default 1, i.e. one label only) gives the majority's
 * pure type, anything else is mixed; so every pure domain meets the purity bound by construction.
 */
import type { DomainId } from '../contract';
import { glossFor, type GlossRule } from './gloss';
import { regexProblem } from './schema';
import {
  PartitionError,
  type CertificationReport,
  type CertifiedDomain,
  type CertifiedPartition,
  type DomainType,
  type PartitionFile,
  type PartitionTemplate,
} from './types';

export interface CertificationBounds {
  /** Domains with fewer templates are merged into the fallback domain (default 1). */
  minTemplatesPerDomain?: number;
  /** A domain holding a larger share of all templates gets a warning (default 0.8). */
  maxTemplateShare?: number;
  /** Smallest majority share for which a domain is typed pure (default 1); in (0.5, 1]. */
  minPurityForPure?: number;
}

const DEFAULT_BOUNDS = { minTemplatesPerDomain: 1, maxTemplateShare: 0.8, minPurityForPure: 1 };

function checkBounds(bounds: CertificationBounds): Required<CertificationBounds> {
  const b = { ...DEFAULT_BOUNDS, ...bounds };
  if (!Number.isInteger(b.minTemplatesPerDomain) || b.minTemplatesPerDomain < 1) {
    throw new RangeError(`minTemplatesPerDomain must be an integer >= 1, got ${b.minTemplatesPerDomain}`);
  }
  if (!(b.maxTemplateShare > 0 && b.maxTemplateShare <= 1)) {
    throw new RangeError(`maxTemplateShare must be in (0, 1], got ${b.maxTemplateShare}`);
  }
  if (!(b.minPurityForPure > 0.5 && b.minPurityForPure <= 1)) {
    throw new RangeError(`minPurityForPure must be in (0.5, 1], got ${b.minPurityForPure}`);
  }
  return b;
}

const quote = (s: string, max = 80) => JSON.stringify(s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** What certification found, in the order it found it; each step appends to it. */
interface Findings {
  repairs: string[];
  errors: string[];
  warnings: string[];
}

type DomainSpec = PartitionFile['domains'][number];

/** The inputs indexed by id; duplicate ids and an unlisted fallback are errors. */
interface Inputs {
  byId: Map<string, PartitionTemplate>;
  /** Templates given, duplicates included. */
  given: number;
  specs: Map<DomainId, DomainSpec>;
  fallback: DomainId | undefined;
}

type Assignment = Map<string, DomainId>;

export function certifyPartition(
  file: PartitionFile,
  templates: readonly PartitionTemplate[],
  bounds: CertificationBounds = {}
): CertifiedPartition {
  const b = checkBounds(bounds);
  const found: Findings = { repairs: [], errors: [], warnings: [] };
  const inputs = indexInputs(file, templates, found);
  const { assignment, assignedBy, unassigned } = resolveTemplates(file, inputs, found);
  const merged = mergeWeakDomains(file, inputs, assignment, b.minTemplatesPerDomain, found);
  const domains = certifyDomains(file, inputs, assignment, merged, b, found);
  checkExactlyOnce(domains, assignment, inputs.byId.size, unassigned.length, found);
  const { glosses, glossedBy } = glossTemplates(file, inputs.byId, found);

  const report = buildReport(domains, inputs.byId.size, assignedBy, glossedBy, found);
  if (!report.ok) {
    throw new PartitionError(
      `the partition is invalid after ${found.repairs.length} repair(s):\n  - ${found.errors.join('\n  - ')}`,
      report
    );
  }
  return { domains, assignment: Object.fromEntries(assignment), glosses, report };
}

function indexInputs(file: PartitionFile, templates: readonly PartitionTemplate[], found: Findings): Inputs {
  const byId = new Map<string, PartitionTemplate>();
  for (const t of templates) {
    if (byId.has(t.id)) {
      found.errors.push(`template id ${t.id} is given twice`);
    }
    byId.set(t.id, t);
  }
  if (templates.length === 0) {
    found.errors.push('there are no templates to partition');
  }
  const specs = new Map<DomainId, DomainSpec>();
  for (const d of file.domains) {
    if (specs.has(d.id)) {
      found.errors.push(`domain ${d.id} is listed twice`);
    } else {
      specs.set(d.id, d);
    }
  }
  const fallback = file.fallbackDomain;
  if (fallback !== undefined && !specs.has(fallback)) {
    found.errors.push(`fallback domain "${fallback}" is not one of the listed domains`);
  }
  return { byId, given: templates.length, specs, fallback };
}

/** Step 1, resolution: explicit ids first, then the first matching pattern, then the fallback domain. */
function resolveTemplates(file: PartitionFile, { byId, given, specs, fallback }: Inputs, found: Findings) {
  const assignedBy = { explicit: 0, pattern: 0, fallback: 0 };
  const assignment: Assignment = new Map();
  for (const d of file.domains) {
    for (const id of d.templates ?? []) {
      const first = assignment.get(id);
      if (!byId.has(id)) {
        found.warnings.push(`domain ${d.id} lists template ${id}, which is not among the ${given} templates`);
      } else if (first !== undefined) {
        if (first !== d.id) {
          found.repairs.push(`template ${id} is listed in domains ${first} and ${d.id}: kept in ${first}`);
        }
      } else {
        assignment.set(id, d.id);
        assignedBy.explicit++;
      }
    }
  }
  const compiled = compilePatterns(file, found);
  const unassigned: PartitionTemplate[] = [];
  for (const t of byId.values()) {
    if (assignment.has(t.id)) {
      continue;
    }
    const hit = compiled.find((p) => p.regex.test(t.text));
    if (hit) {
      assignment.set(t.id, hit.domain);
      assignedBy.pattern++;
    } else if (fallback !== undefined && specs.has(fallback)) {
      assignment.set(t.id, fallback);
      assignedBy.fallback++;
    } else {
      unassigned.push(t);
    }
  }
  if (unassigned.length > 0) {
    const shown = unassigned.slice(0, 20).map((t) => `${t.id} ${quote(t.text)}`);
    const more = unassigned.length > shown.length ? ` (and ${unassigned.length - shown.length} more)` : '';
    found.errors.push(
      `${unassigned.length} template(s) match no domain and there is no fallbackDomain: ${shown.join(', ')}${more}`
    );
  }
  if (assignedBy.fallback > 0 && fallback !== undefined) {
    found.warnings.push(`${assignedBy.fallback} of ${byId.size} templates matched no domain and went to ${fallback}`);
  }
  return { assignment, assignedBy, unassigned };
}

function compilePatterns(file: PartitionFile, found: Findings): Array<{ domain: DomainId; regex: RegExp }> {
  const compiled: Array<{ domain: DomainId; regex: RegExp }> = [];
  for (const d of file.domains) {
    for (const source of d.patterns ?? []) {
      const problem = regexProblem(source);
      if (problem) {
        found.errors.push(`domain ${d.id}: invalid pattern ${quote(source)}: ${problem}`);
      } else {
        compiled.push({ domain: d.id, regex: new RegExp(source, 'i') });
      }
    }
  }
  return compiled;
}

/** Each listed domain's templates under the current assignment, in file order (empty domains included). */
function membersOf(file: PartitionFile, byId: Inputs['byId'], assignment: Assignment) {
  const m = new Map<DomainId, PartitionTemplate[]>(file.domains.map((d) => [d.id, []]));
  for (const t of byId.values()) {
    const d = assignment.get(t.id);
    if (d !== undefined) {
      m.get(d)?.push(t);
    }
  }
  return m;
}

function labelsOf(list: readonly PartitionTemplate[]) {
  return {
    anomaly: list.reduce((s, t) => s + t.labelled.anomaly, 0),
    normal: list.reduce((s, t) => s + t.labelled.normal, 0),
  };
}

/**
 * Step 2, repairs that move whole domains: undersized, then unlabelled domains go into the fallback domain (an
 * error without one). Returns the merged domains, so that step 3 does not also report them as dropped.
 */
function mergeWeakDomains(
  file: PartitionFile,
  { byId, specs, fallback }: Inputs,
  assignment: Assignment,
  minTemplatesPerDomain: number,
  found: Findings
): Set<DomainId> {
  const mergeIntoFallback = (id: DomainId, list: readonly PartitionTemplate[], why: string) => {
    if (fallback !== undefined && specs.has(fallback) && id !== fallback) {
      list.forEach((t) => assignment.set(t.id, fallback));
      found.repairs.push(`domain ${id} ${why}: merged its ${list.length} template(s) into ${fallback}`);
      return true;
    }
    return false;
  };

  const merged = new Set<DomainId>();
  for (const [id, list] of membersOf(file, byId, assignment)) {
    if (list.length > 0 && list.length < minTemplatesPerDomain && id !== fallback) {
      const why = `holds ${list.length} template(s), fewer than ${minTemplatesPerDomain}`;
      if (mergeIntoFallback(id, list, why)) {
        merged.add(id);
      } else {
        found.errors.push(`domain ${id} ${why}, and there is no fallbackDomain to take them`);
      }
    }
  }
  for (const [id, list] of membersOf(file, byId, assignment)) {
    const labels = labelsOf(list);
    if (list.length > 0 && id !== fallback && labels.anomaly + labels.normal === 0) {
      const why = 'has no labelled line, so its type is unknown';
      if (mergeIntoFallback(id, list, why)) {
        merged.add(id);
      } else {
        found.errors.push(`domain ${id} ${why} (and there is no fallbackDomain to merge it into)`);
      }
    }
  }
  return merged;
}

/** Step 3, the certified domains in file order, typed by their labels; empty ones are dropped. */
function certifyDomains(
  file: PartitionFile,
  { byId, specs, fallback }: Inputs,
  assignment: Assignment,
  merged: ReadonlySet<DomainId>,
  { minTemplatesPerDomain, maxTemplateShare, minPurityForPure }: Required<CertificationBounds>,
  found: Findings
): CertifiedDomain[] {
  const total = byId.size;
  const domains: CertifiedDomain[] = [];
  for (const [id, list] of membersOf(file, byId, assignment)) {
    if (list.length === 0) {
      if (!merged.has(id)) {
        found.repairs.push(`domain ${id} holds no template: dropped`);
      }
      continue;
    }
    const spec = specs.get(id)!;
    const labelled = labelsOf(list);
    const lines = labelled.anomaly + labelled.normal;
    if (lines === 0 && id === fallback) {
      found.errors.push(`fallback domain ${id} has no labelled line, so its type is unknown`);
    }
    const purity = lines === 0 ? 0 : Math.max(labelled.anomaly, labelled.normal) / lines;
    let type: DomainType = 'mixed';
    if (lines > 0 && purity >= minPurityForPure) {
      type = labelled.anomaly > labelled.normal ? 'pure-anomaly' : 'pure-normal';
    }
    if (id === fallback && list.length < minTemplatesPerDomain) {
      found.warnings.push(
        `fallback domain ${id} holds ${list.length} template(s), fewer than ${minTemplatesPerDomain}`
      );
    }
    if (total > 0 && list.length > maxTemplateShare * total) {
      const share = ((100 * list.length) / total).toFixed(1);
      found.warnings.push(
        `domain ${id} holds ${list.length} of ${total} templates (${share}% > ${100 * maxTemplateShare}%)`
      );
    }
    domains.push({
      id,
      description: spec.description,
      typicalCauses: [...spec.typicalCauses],
      type,
      templates: list.map((t) => t.id),
      labelled,
      purity,
    });
  }
  return domains;
}

/** Step 4, exactly once: every template in one certified domain, and the assignment says the same. */
function checkExactlyOnce(
  domains: readonly CertifiedDomain[],
  assignment: Assignment,
  total: number,
  unassigned: number,
  found: Findings
): void {
  const seen = new Map<string, DomainId>();
  for (const d of domains) {
    for (const id of d.templates) {
      if (seen.has(id)) {
        found.errors.push(`internal: template ${id} is in domains ${seen.get(id)} and ${d.id}`);
      }
      seen.set(id, d.id);
    }
  }
  if (unassigned === 0 && (seen.size !== total || [...seen].some(([id, d]) => assignment.get(id) !== d))) {
    found.errors.push(`internal: ${seen.size} of ${total} templates are assigned consistently`);
  }
}

/** Step 5, a gloss per template: explicit, else the first matching gloss pattern, else the default. */
function glossTemplates(file: PartitionFile, byId: Inputs['byId'], found: Findings) {
  const glossedBy = { explicit: 0, pattern: 0, default: 0 };
  const rules: GlossRule[] = [];
  for (const { pattern, gloss } of file.glossPatterns ?? []) {
    const problem = regexProblem(pattern);
    if (problem) {
      found.errors.push(`invalid gloss pattern ${quote(pattern)}: ${problem}`);
    } else {
      rules.push({ regex: new RegExp(pattern, 'i'), gloss });
    }
  }
  const unknownGlosses = Object.keys(file.glosses ?? {}).filter((id) => !byId.has(id));
  if (unknownGlosses.length > 0) {
    found.warnings.push(
      `${unknownGlosses.length} gloss(es) name templates that do not exist: ${unknownGlosses.slice(0, 10).join(', ')}`
    );
  }
  const glosses: Record<string, string> = {};
  for (const t of byId.values()) {
    const { gloss, by } = glossFor(t, file.glosses, rules);
    glosses[t.id] = gloss;
    glossedBy[by]++;
  }
  return { glosses, glossedBy };
}

function buildReport(
  domains: readonly CertifiedDomain[],
  total: number,
  assignedBy: CertificationReport['stats']['assignedBy'],
  glossedBy: CertificationReport['stats']['glossedBy'],
  { repairs, errors, warnings }: Findings
): CertificationReport {
  const byType: Record<DomainType, number> = { 'pure-anomaly': 0, 'pure-normal': 0, mixed: 0 };
  domains.forEach((d) => byType[d.type]++);
  return {
    ok: errors.length === 0,
    repairs,
    errors,
    warnings,
    stats: {
      templates: total,
      domains: domains.length,
      byType,
      assignedBy,
      glossedBy,
      perDomain: domains.map((d) => ({
        id: d.id,
        type: d.type,
        templates: d.templates.length,
        labelled: d.labelled,
        purity: d.purity,
      })),
    },
  };
}

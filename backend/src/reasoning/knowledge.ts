/**
 * What the reasoning words things with: a gloss per template and a description with typical causes per failure
 * domain, written once offline at training time. A small lookup interface so that any store (the bundle, a test
 * table) can provide it.
 */
import type { DomainId } from '../contract';

export interface TemplateKnowledge {
  /** One plain-language sentence saying what the template means. */
  gloss: string;
}

export interface DomainKnowledge {
  description: string;
  typicalCauses: readonly string[];
}

export interface ReasoningKnowledge {
  template(templateId: string): TemplateKnowledge | undefined;
  domain(domainId: DomainId): DomainKnowledge | undefined;
}

export const EMPTY_KNOWLEDGE: ReasoningKnowledge = Object.freeze({
  template: () => undefined,
  domain: () => undefined,
});

type Table<V> = ReadonlyMap<string, V> | Readonly<Record<string, V>> | ReadonlyArray<V & { id: string }>;

function toMap<V>(table: Table<V> | undefined): ReadonlyMap<string, V> {
  if (table === undefined) {
    return new Map();
  }
  if (table instanceof Map) {
    return table;
  }
  if (Array.isArray(table)) {
    return new Map(table.map((v) => [v.id, v]));
  }
  return new Map(Object.entries(table as Record<string, V>));
}

/** Knowledge from plain tables keyed by id (maps, records, or arrays of objects with an `id`). */
export function knowledgeFromTables(
  templates: Table<TemplateKnowledge> | undefined,
  domains: Table<DomainKnowledge> | undefined
): ReasoningKnowledge {
  const t = toMap(templates);
  const d = toMap(domains);
  return { template: (id) => t.get(id), domain: (id) => d.get(id) };
}

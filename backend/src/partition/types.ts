/** Shapes of the failure-domain partition (FAME step 2): the file a human or an LLM writes, and its certified form. */
import type { DomainId } from '../contract';

export type DomainType = 'pure-anomaly' | 'pure-normal' | 'mixed';

/** A mined template as the trainer sees it: K-shot labelled counts and a few sample lines. */
export interface PartitionTemplate {
  id: string;
  text: string;
  count: number;
  labelled: { anomaly: number; normal: number };
  samples: string[];
}

/** One domain of a partition file. */
export interface PartitionDomainSpec {
  id: DomainId;
  description: string;
  typicalCauses: string[];
  /** Template ids assigned explicitly; they win over every pattern. */
  templates?: string[];
  /** JS regex sources matched case-insensitively against the template text. */
  patterns?: string[];
}

/** A partition file (reviewed by a human, or proposed by an LLM): zod schema `partitionFileSchema`. */
export interface PartitionFile {
  version: 1;
  source: 'reviewed' | 'llm';
  domains: PartitionDomainSpec[];
  /** Domain for templates nothing matches (must be one of `domains`); without it an unassigned template is a certification error. */
  fallbackDomain?: DomainId;
  /** Template id -> one-line gloss. */
  glosses?: Record<string, string>;
  /** First match wins, for templates without an explicit gloss. */
  glossPatterns?: Array<{ pattern: string; gloss: string }>;
  /** Recorded so that a rebuild needs no LLM: one prompt (a message list) per request, and its raw answer. */
  llm?: {
    model: string;
    baseUrl?: string;
    prompts: Array<Array<{ role: string; content: string }>>;
    answers: string[];
  };
}

export interface CertifiedDomain {
  id: DomainId;
  description: string;
  typicalCauses: string[];
  type: DomainType;
  /** Template ids, in the order of the templates given to certification. */
  templates: string[];
  labelled: { anomaly: number; normal: number };
  /** Majority share of the labelled lines (1 for a domain whose lines all carry one label). */
  purity: number;
}

export interface CertifiedPartition {
  domains: CertifiedDomain[];
  /** Template id -> domain; holds every template exactly once. */
  assignment: Record<string, DomainId>;
  /** Template id -> one-line gloss; holds every template. */
  glosses: Record<string, string>;
  report: CertificationReport;
}

export interface CertificationReport {
  ok: boolean;
  repairs: string[];
  errors: string[];
  warnings: string[];
  stats: {
    templates: number;
    domains: number;
    byType: Record<DomainType, number>;
    /** How templates got their domain. */
    assignedBy: { explicit: number; pattern: number; fallback: number };
    /** Where glosses came from. */
    glossedBy: { explicit: number; pattern: number; default: number };
    /** One row per certified domain, for the CLI table. */
    perDomain: Array<{
      id: DomainId;
      type: DomainType;
      templates: number;
      labelled: { anomaly: number; normal: number };
      purity: number;
    }>;
  };
}

/** A partition that is invalid after repairs; `report` says why (every error is also in the message). */
export class PartitionError extends Error {
  constructor(
    message: string,
    readonly report: CertificationReport
  ) {
    super(message);
    this.name = 'PartitionError';
  }
}

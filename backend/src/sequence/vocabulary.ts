/**
 * What a template says about failure, from the featuriser's error lexicon: a template the normal sessions never
 * showed is strong evidence only when its words speak of failure (`exception`, `could not`, …); a quiet one
 * (`ask … to replicate`) is routine work the fitting period happened not to contain.
 */
import { DEFAULT_FEATURIZER, featureStrings } from '../features/hash';
import type { NormalizedLine } from '../normalize';

const LEXICON_ONLY = { ...DEFAULT_FEATURIZER, bigrams: false, params: false, header: false, lexicon: true };
/** The lexicon's one class of good news; every other class is failure vocabulary. */
const BENIGN_CLASS = 'ok';

/** The failure-vocabulary classes (`fail`, `exception`, `missing`, …) of a template's text, sorted. */
export function failureClasses(text: string): string[] {
  const line: NormalizedLine = {
    format: 'unknown',
    message: text,
    tokens: text.split(/\s+/).filter((t) => t.length > 0),
    params: [],
    truncated: false,
    timestamp: null,
    level: null,
    component: null,
    host: null,
  };
  return featureStrings(line, LEXICON_ONLY)
    .filter((f) => f.startsWith('k:'))
    .map((f) => f.slice(2))
    .filter((c) => c !== BENIGN_CLASS)
    .sort();
}

/** A template's text by id; undefined where the caller does not know it. */
export type TemplateText = (templateId: string) => string | undefined;

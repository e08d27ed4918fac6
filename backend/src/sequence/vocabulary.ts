/**
 * What a template says about failure, from the featuriser's error lexicon: a template the normal sessions never
 * showed is strong evidence only when its words speak of failure (`exception`, `could not`, …); a quiet one
 * (`ask … to replicate`) is routine work the fitting period happened not to contain.
 */
import { failureClasses as classesOf } from '../features/lexicon';

/** The failure-vocabulary classes (`fail`, `exception`, `missing`, …) of a template's text, sorted. */
export function failureClasses(text: string): string[] {
  return classesOf(text.split(/\s+/).filter((t) => t.length > 0)).sort();
}

/** A template's text by id; undefined where the caller does not know it. */
export type TemplateText = (templateId: string) => string | undefined;

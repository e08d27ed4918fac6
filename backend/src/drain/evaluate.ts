/**
 * Parser accuracy metrics of the log-parsing benchmark (Zhu et al., ICSE-SEIP 2019), pure functions.
 * - GA (grouping accuracy): a line is correct iff the set of lines in its predicted group equals the set of
 *   lines in its ground-truth group.
 * - PA (parsing accuracy): a line is correct iff its predicted template text equals the ground-truth template
 *   after every placeholder (`<NUM>`, `<*>` …) is mapped to `<*>` and whitespace is normalised.
 */

export function groupingAccuracy(truth: readonly string[], predicted: readonly string[]): number {
  if (truth.length !== predicted.length) {
    throw new Error(`GA needs one prediction per line: ${predicted.length} predictions for ${truth.length} lines`);
  }
  if (truth.length === 0) {
    return 0;
  }
  const truthSize = new Map<string, number>();
  for (const t of truth) {
    truthSize.set(t, (truthSize.get(t) ?? 0) + 1);
  }
  const groups = new Map<string, number[]>();
  predicted.forEach((p, i) => {
    const list = groups.get(p);
    if (list) {
      list.push(i);
    } else {
      groups.set(p, [i]);
    }
  });
  let correct = 0;
  for (const lines of groups.values()) {
    const t = truth[lines[0]];
    if (truthSize.get(t) === lines.length && lines.every((i) => truth[i] === t)) {
      correct += lines.length;
    }
  }
  return correct / truth.length;
}

/** Placeholders of any kind → `<*>`, whitespace runs → one space, trimmed. */
export function canonicalTemplate(text: string): string {
  return text
    .replace(/<(?:\*|[A-Z]+)>/g, '<*>')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parsingAccuracy(truth: readonly string[], predicted: readonly string[]): number {
  if (truth.length !== predicted.length) {
    throw new Error(`PA needs one template per line: ${predicted.length} templates for ${truth.length} lines`);
  }
  if (truth.length === 0) {
    return 0;
  }
  let correct = 0;
  for (let i = 0; i < truth.length; i++) {
    if (canonicalTemplate(truth[i]) === canonicalTemplate(predicted[i])) {
      correct++;
    }
  }
  return correct / truth.length;
}

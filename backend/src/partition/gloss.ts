/** Glosses: the one-line wording of a template that the reasoning engine uses. */

/** How each typed placeholder (see normalize/mask.ts) and Drain's `<*>` read in prose. */
const PLACEHOLDER_WORDS: Record<string, string> = {
  NUM: 'a number',
  HEX: 'a hex value',
  IP: 'an IP address',
  UUID: 'a UUID',
  PATH: 'a path',
  URL: 'a URL',
  EMAIL: 'an e-mail address',
  BLK: 'a block id',
  NODE: 'a node id',
  DURATION: 'a duration',
  SIZE: 'a size',
  TIME: 'a time',
  ID: 'an id',
  '*': 'a value',
};

/** A run of one placeholder reads as its plural ("An id an id an id an id" said nothing four times). */
const PLACEHOLDER_PLURALS: Record<string, string> = {
  NUM: 'numbers',
  HEX: 'hex values',
  IP: 'IP addresses',
  UUID: 'UUIDs',
  PATH: 'paths',
  URL: 'URLs',
  EMAIL: 'e-mail addresses',
  BLK: 'block ids',
  NODE: 'node ids',
  DURATION: 'durations',
  SIZE: 'sizes',
  TIME: 'times',
  ID: 'ids',
};

const MAX_GLOSS_LENGTH = 200;

/**
 * A readable one-liner from the template text when no gloss is given: placeholders become words
 * (`<NUM>` -> "a number"), runs of wildcards collapse to "some values", and the result starts with a capital.
 * Never empty.
 */
export function defaultGloss(templateText: string): string {
  let s = templateText.replace(/\s+/g, ' ').trim();
  // A prefix that only announces the placeholder's type says it twice (`blk_<BLK>`, `/<IP>`).
  s = s.replace(/\bblk_<BLK>/gi, '<BLK>').replace(/\/<IP>/g, '<IP>');
  s = s.replace(/<IP>:<NUM>/g, 'an IP address and port');
  s = s.replace(/<\*>(?:[ ,]+<\*>)+/g, 'some values');
  s = s.replace(/<([A-Z]+)>(?:[ ,]+<\1>)+/g, (whole, type: string) =>
    PLACEHOLDER_PLURALS[type] ? `some ${PLACEHOLDER_PLURALS[type]}` : whole
  );
  // Glued to a word (`core.<NUM>`, `attempt_<ID>`), the value reads as an aside: "core (a number)".
  s = s.replace(/(\w)[._-]?<([A-Z]+|\*)>/g, (whole, before: string, type: string) =>
    PLACEHOLDER_WORDS[type] ? `${before} (${PLACEHOLDER_WORDS[type]})` : whole
  );
  s = s.replace(/<([A-Z]+|\*)>/g, (whole, type: string) => PLACEHOLDER_WORDS[type] ?? whole);
  s = s.replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(s)) {
    return 'A log event with no fixed words';
  }
  if (s.length > MAX_GLOSS_LENGTH) {
    s = `${s.slice(0, MAX_GLOSS_LENGTH - 1).trimEnd()}…`;
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface GlossRule {
  regex: RegExp;
  gloss: string;
}

/** The gloss of one template and where it came from: explicit id, first matching pattern, or the default. */
export function glossFor(
  template: { id: string; text: string },
  explicit: Readonly<Record<string, string>> | undefined,
  rules: readonly GlossRule[]
): { gloss: string; by: 'explicit' | 'pattern' | 'default' } {
  const own = explicit && Object.hasOwn(explicit, template.id) ? explicit[template.id].trim() : '';
  if (own) {
    return { gloss: own, by: 'explicit' };
  }
  const rule = rules.find((r) => r.regex.test(template.text));
  if (rule) {
    return { gloss: rule.gloss, by: 'pattern' };
  }
  return { gloss: defaultGloss(template.text), by: 'default' };
}

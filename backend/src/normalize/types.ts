/**
 * What the normaliser hands to everything downstream (miner, featuriser, sequences, reasoning).
 * Owned by the normaliser module; other modules depend on this shape only.
 */

/** Typed placeholders that replace variable parts of a message. Rendered as `<TYPE>` in templates. */
export type MaskType =
  'NUM' | 'HEX' | 'IP' | 'UUID' | 'PATH' | 'URL' | 'EMAIL' | 'BLK' | 'NODE' | 'DURATION' | 'SIZE' | 'TIME' | 'ID';

/** A raw value that a mask replaced; experts featurise these so parameter-dependent anomalies stay visible. */
export interface MaskedParam {
  type: MaskType;
  value: string;
  /** Index into `NormalizedLine.tokens` of the placeholder token. */
  tokenIndex: number;
}

export interface LogHeader {
  timestamp: string | null;
  level: string | null;
  component: string | null;
  host: string | null;
}

export interface NormalizedLine extends LogHeader {
  /** Id of the format that parsed the header ('unknown' when none did: the whole line is the message). */
  format: string;
  /** The message after the header, control characters replaced, possibly truncated. */
  message: string;
  /** Message tokens with variables replaced by `<TYPE>` placeholders: the miner's input. */
  tokens: string[];
  params: MaskedParam[];
  /** The line exceeded the length limit and was cut (see the normaliser's documented limit). */
  truncated: boolean;
  /**
   * Lines after the first of a multi-line entry (stack trace, continuation), `\r` removed, control characters
   * replaced; not tokenised, so a varying trace does not split the template. Absent for single-line entries.
   */
  continuation?: string;
}

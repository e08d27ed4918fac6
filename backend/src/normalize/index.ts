/** Public API of the normaliser. */
export { createNormalizer, resolveFormat, type Normalizer, type NormalizerOptions } from './normalizer';
export { detectFormat, type Detection, DETECTION_SAMPLE_LIMIT, MIN_MATCH_RATE } from './detect';
export { maskMessage, maskWord, placeholder, type MaskResult } from './mask';
export { BUILTIN_FORMATS, builtinFormat, type LogFormat } from './formats';
export { compileLoghubFormat } from './loghubFormat';
export { DEFAULT_MAX_LINE_LENGTH } from './sanitize';
export type { LogHeader, MaskType, MaskedParam, NormalizedLine } from './types';

import { BUILTIN_FORMATS } from './formats';

/** Ids and descriptions of the built-in formats. */
export function listFormats(): Array<{ id: string; description: string }> {
  return BUILTIN_FORMATS.map((f) => ({ id: f.id, description: f.description }));
}
export { WRAPPERS, wrapLine, type WrapContext, type Wrapper } from './wrappers';

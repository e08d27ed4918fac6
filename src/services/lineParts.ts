/**
 * What a log line shows besides its text: its message without the header, and its detected fields (level,
 * component, host). Parsed by the service's own header parser (`parseAuto`, format `auto`), so the page and the
 * scores agree on where a BGL or HDFS header ends; Loki's labels (level, detected_level) win where they exist.
 */
import { LogLevel } from '@grafana/data';
import { parseAuto } from '@anomalylens/backend/parse';
import type { LogLine } from './frames';

export interface LineParts {
  /** The message after the header; the whole line when no format parsed it. */
  message: string;
  /** Id of the header format that parsed the line, or null. */
  format: string | null;
  level: LogLevel;
  /** The level as the line or its labels wrote it (e.g. "FATAL"), or null. */
  levelText: string | null;
  component: string | null;
  host: string | null;
}

const LEVEL_LABELS = ['level', 'detected_level', 'severity', 'lvl'];

export function toLogLevel(text: string | null | undefined): LogLevel {
  if (!text) {
    return LogLevel.unknown;
  }
  const key = text.trim().toLowerCase() as keyof typeof LogLevel;
  // `unspecified` maps to '' (falsy): unknown, like a word that is no level.
  const level: string | undefined = Object.prototype.hasOwnProperty.call(LogLevel, key) ? LogLevel[key] : undefined;
  return level ? (level as LogLevel) : LogLevel.unknown;
}

export function lineParts(line: Pick<LogLine, 'line' | 'labels'>): LineParts {
  const parsed = parseAuto(line.line);
  const labelLevel = LEVEL_LABELS.map((k) => line.labels[k]).find((v) => typeof v === 'string' && v !== '');
  const levelText = labelLevel ?? parsed?.parsed.level ?? null;
  const message = parsed?.parsed.message;
  return {
    // An empty message (a header alone) shows the whole line rather than nothing.
    message: message && message.trim() !== '' ? message : line.line,
    format: parsed?.format.id ?? null,
    level: toLogLevel(levelText),
    levelText,
    component: parsed?.parsed.component ?? null,
    host: parsed?.parsed.host ?? line.labels.host ?? line.labels.node ?? null,
  };
}

/** Parts of many lines, cached by line index: parsing 10,000 lines once costs a few ms, re-rendering nothing. */
export function linePartsCache() {
  const cache = new Map<number, LineParts>();
  return (line: LogLine): LineParts => {
    let p = cache.get(line.index);
    if (!p) {
      p = lineParts(line);
      cache.set(line.index, p);
    }
    return p;
  };
}

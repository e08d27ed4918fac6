/**
 * Stream-baseline evidence on a scored line (issue 19): whether its template is new, bursting, rare, routine or a
 * chronic error on this stream. The one place the UI reads it: the contract gains the field when the baseline
 * branch lands; until then results without it simply show no marker.
 */
import type { LineResult } from './contract';

export type BaselineState = 'new' | 'burst' | 'rare' | 'routine' | 'chronic';

export interface BaselineEvidence {
  state: BaselineState;
  /** Times the template was seen on this stream over the window. */
  seen: number;
  /** ISO time the stream first showed the template. */
  firstSeen: string;
  expectedPerHour: number;
  observedPerHour: number;
}

const STATES: readonly BaselineState[] = ['new', 'burst', 'rare', 'routine', 'chronic'];

export function baselineOf(result: LineResult): BaselineEvidence | undefined {
  const b = (result as LineResult & { baseline?: unknown }).baseline as Partial<BaselineEvidence> | undefined;
  return b && typeof b === 'object' && STATES.includes(b.state as BaselineState) ? (b as BaselineEvidence) : undefined;
}

/** A short phrase for a marker's tooltip: "12× its usual rate", "new on this stream since …". */
export function describeBaseline(b: BaselineEvidence): string {
  switch (b.state) {
    case 'new':
      return `new on this stream since ${b.firstSeen}`;
    case 'burst':
      return `${b.expectedPerHour > 0 ? Math.round(b.observedPerHour / b.expectedPerHour) : '∞'}× its usual rate (${b.observedPerHour.toFixed(1)}/h, usually ${b.expectedPerHour.toFixed(1)}/h)`;
    case 'rare':
      return `rare on this stream: ${b.seen.toLocaleString()} times since ${b.firstSeen}`;
    case 'routine':
      return `routine: ${b.seen.toLocaleString()} times since ${b.firstSeen}, about ${b.expectedPerHour.toFixed(1)}/h`;
    case 'chronic':
      return `chronic error: routine on this stream (${b.seen.toLocaleString()} times since ${b.firstSeen}); label it to decide`;
  }
}

/**
 * Stream-baseline evidence on a scored line (issue 19): whether its template is new, bursting, rare, routine or a
 * chronic error on this stream. The contract's field, read in one place; results without it show no marker.
 */
import type { BaselineEvidence, BaselineState, LineResult } from './contract';

export type { BaselineEvidence, BaselineState };

export function baselineOf(result: LineResult): BaselineEvidence | undefined {
  return result.baseline;
}

/** A short phrase for a marker's tooltip: "12× its usual rate", "new on this stream since …". */
export function describeBaseline(b: BaselineEvidence): string {
  switch (b.state) {
    case 'new':
      return `new on this stream since ${b.firstSeen}`;
    case 'burst':
      return `${b.expectedPerHour > 0 ? Math.round(b.observedPerHour / b.expectedPerHour) : '∞'}× its usual rate (${b.observedPerHour.toFixed(1)}/h, usually ${b.expectedPerHour.toFixed(1)}/h)`;
    case 'rare':
      return `rare on this stream: ${b.seen.toLocaleString('en-US')} times since ${b.firstSeen}`;
    case 'routine':
      return `routine: ${b.seen.toLocaleString('en-US')} times since ${b.firstSeen}, about ${b.expectedPerHour.toFixed(1)}/h`;
    case 'chronic':
      return `chronic error: routine on this stream (${b.seen.toLocaleString('en-US')} times since ${b.firstSeen}), the model calls it anomalous; label it to decide`;
  }
}

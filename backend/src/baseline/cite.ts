/**
 * How the reasoning cites a line's baseline evidence, in words an SRE reads at a glance:
 * "new on this stream since 14:02 UTC", "12× its usual rate", "routine: 1,240 times over 7 days". Pure.
 */
import type { BaselineEvidence } from '../contract';

const count = (n: number) => Math.round(n).toLocaleString('en-US');

function over(windowHours: number): string {
  return windowHours % 24 === 0 ? `${windowHours / 24} days` : `${windowHours} hours`;
}

export function citeBaseline(e: BaselineEvidence, windowHours = 168): string {
  switch (e.state) {
    case 'new': {
      const t = new Date(e.firstSeen);
      const hhmm = Number.isNaN(t.getTime()) ? e.firstSeen : t.toISOString().slice(11, 16);
      return `new on this stream since ${hhmm} UTC`;
    }
    case 'burst': {
      const usual = e.expectedPerHour;
      return usual >= 0.05
        ? `${count(e.observedPerHour / usual)}× its usual rate (${count(e.observedPerHour)} in the hour, usually ${usual.toFixed(1)}/h)`
        : `burst: ${count(e.observedPerHour)} in the hour, usually under 0.1/h`;
    }
    case 'routine':
      return `routine: ${count(e.seen)} times over ${over(windowHours)}`;
    case 'chronic':
      return `chronic error: routine on this stream (${count(e.seen)} times over ${over(windowHours)}), reported, not an anomaly`;
    case 'rare':
      return `rare on this stream: ${count(e.seen)} time${e.seen === 1 ? '' : 's'} over ${over(windowHours)}`;
  }
}

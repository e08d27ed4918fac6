/** Level 1: every event, consecutive events of the same template and verdict collapsed into one item. */
import { citeBaseline } from '../baseline/cite';
import type { EventWiseItem, LineResult, Severity } from '../contract';
import type { ReasoningKnowledge } from './knowledge';
import type { ReasoningEvent } from './types';
import { describeTemplate, errorKeyword, eventLabel } from './wording';

export interface EventGroup {
  events: number[];
  /** The first event's result and event (templates inside a group may differ). */
  result: LineResult;
  event: ReasoningEvent;
  anomalous: boolean;
  maxScore: number;
  /** Distinct templates of the group in first-occurrence order, with their counts. */
  templates: Array<{ result: LineResult; count: number }>;
}

export function groupEvents(
  events: readonly ReasoningEvent[],
  results: readonly LineResult[],
  cited: ReadonlySet<number> = new Set()
): EventGroup[] {
  const groups: EventGroup[] = [];
  events.forEach((event, i) => {
    const result = results[i];
    const anomalous = result.verdict === 'anomaly';
    const last = groups[groups.length - 1];
    // Similar = same component, level, verdict, domain, novelty and sequence-finding status: a run of routine lines of one component reads as one
    // step, while any change of status, component or domain starts a new item.
    if (
      last &&
      last.anomalous === anomalous &&
      last.event.component === event.component &&
      last.event.level === event.level &&
      last.result.domain === result.domain &&
      last.result.novel === result.novel &&
      cited.has(last.events[last.events.length - 1]) === cited.has(event.number)
    ) {
      last.events.push(event.number);
      last.maxScore = Math.max(last.maxScore, result.score);
      const t = last.templates.find((x) => x.result.template.id === result.template.id);
      if (t) {
        t.count++;
      } else {
        last.templates.push({ result, count: 1 });
      }
    } else {
      groups.push({
        events: [event.number],
        result,
        event,
        anomalous,
        maxScore: result.score,
        templates: [{ result, count: 1 }],
      });
    }
  });
  return groups;
}

export function severityOf(group: EventGroup, cited: ReadonlySet<number>): Severity {
  const level = (group.event.level ?? '').toUpperCase();
  const fatal = /^(FATAL|CRIT|CRITICAL|EMERG|ALERT|PANIC|SEVERE)/.test(level);
  const errorLevel = fatal || /^(ERROR|ERR)/.test(level);
  if (group.anomalous) {
    return fatal || group.maxScore >= 0.95 ? 'critical' : 'error';
  }
  if (
    errorLevel ||
    /^WARN/.test(level) ||
    group.events.some((e) => cited.has(e)) ||
    errorKeyword(group.event.message)
  ) {
    return 'warning';
  }
  return 'info';
}

function changeFrom(prev: EventGroup | undefined, group: EventGroup): string | null {
  if (!prev) {
    return null;
  }
  const changes: string[] = [];
  if (prev.anomalous !== group.anomalous) {
    changes.push(group.anomalous ? 'becomes anomalous' : 'returns to normal');
  }
  if (prev.event.component !== group.event.component) {
    changes.push(`component ${prev.event.component ?? 'unknown'} → ${group.event.component ?? 'unknown'}`);
  }
  if (prev.result.domain !== group.result.domain) {
    changes.push(`domain ${prev.result.domain} → ${group.result.domain}`);
  }
  if (prev.result.novel !== group.result.novel) {
    changes.push(group.result.novel ? 'template never seen in training' : 'known templates again');
  }
  if (prev.event.level !== group.event.level && group.event.level !== null) {
    changes.push(`level ${prev.event.level ?? 'none'} → ${group.event.level}`);
  }
  if (changes.length === 0) {
    changes.push('next event type');
  }
  return changes.join('; ');
}

export function buildEventWise(
  groups: readonly EventGroup[],
  knowledge: ReasoningKnowledge,
  cited: ReadonlySet<number>
): EventWiseItem[] {
  return groups.map((group, i) => {
    const what = describeGroup(group, knowledge);
    const times = group.templates.length === 1 && group.events.length > 1 ? ` (${group.events.length} times)` : '';
    const flags = [
      group.anomalous ? `anomalous line, score ${group.maxScore.toFixed(2)}` : null,
      group.result.novel ? 'template never seen in training' : null,
      group.result.baseline ? citeBaseline(group.result.baseline) : null,
    ].filter((f): f is string => f !== null);
    return {
      events: group.events,
      label: eventLabel(group.events),
      description: `${what}${times}${flags.length ? ` — ${flags.join('; ')}` : ''}`,
      severity: severityOf(group, cited),
      component: group.event.component,
      domain: group.result.domain,
      anomalous: group.anomalous,
      change: changeFrom(groups[i - 1], group),
    };
  });
}

/** One template: its gloss; several: each with its count, at most three named. */
export function describeGroup(group: EventGroup, knowledge: ReasoningKnowledge): string {
  if (group.templates.length === 1) {
    return describeTemplate(group.result, knowledge);
  }
  const named = group.templates
    .slice(0, 3)
    .map((t) => `${describeTemplate(t.result, knowledge)} (×${t.count})`)
    .join('; ');
  const more = group.templates.length - 3;
  return more > 0 ? `${named}; and ${more} more event type${more > 1 ? 's' : ''}` : named;
}

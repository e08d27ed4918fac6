/** Level 1: every event, consecutive events of the same template and verdict collapsed into one item. */
import type { EventWiseItem, LineResult, Severity } from '../contract';
import type { ReasoningKnowledge } from './knowledge';
import type { ReasoningEvent } from './types';
import { describeTemplate, errorKeyword, eventLabel } from './wording';

export interface EventGroup {
  events: number[];
  result: LineResult;
  event: ReasoningEvent;
  anomalous: boolean;
  maxScore: number;
}

export function groupEvents(events: readonly ReasoningEvent[], results: readonly LineResult[]): EventGroup[] {
  const groups: EventGroup[] = [];
  events.forEach((event, i) => {
    const result = results[i];
    const anomalous = result.verdict === 'anomaly';
    const last = groups[groups.length - 1];
    if (
      last &&
      last.result.template.id === result.template.id &&
      last.anomalous === anomalous &&
      last.event.component === event.component
    ) {
      last.events.push(event.number);
      last.maxScore = Math.max(last.maxScore, result.score);
    } else {
      groups.push({ events: [event.number], result, event, anomalous, maxScore: result.score });
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
    const what = describeTemplate(group.result, knowledge);
    const times = group.events.length > 1 ? ` (${group.events.length} times)` : '';
    const flags = [
      group.anomalous ? `anomalous line, score ${group.maxScore.toFixed(2)}` : null,
      group.result.novel ? 'template never seen in training' : null,
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

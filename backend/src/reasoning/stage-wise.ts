/**
 * Level 2: the sequence partitioned into stages. A stage is a maximal run of event groups sharing a failure domain
 * and a status (anomalous when it holds an anomalous line or an event a sequence finding cites).
 */
import type { StageWiseItem } from '../contract';
import type { EventGroup } from './event-wise';
import type { ReasoningKnowledge } from './knowledge';
import { describeTemplate, eventLabel, unique } from './wording';

export function buildStageWise(
  groups: readonly EventGroup[],
  knowledge: ReasoningKnowledge,
  suspicious: ReadonlySet<number>,
  /** The detector's root-cause event and the later events it explains as consequences (cold start, mostly). */
  cause: { root: number; consequences: ReadonlySet<number> } | null = null
): StageWiseItem[] {
  const stages: Array<{ groups: EventGroup[]; anomalous: boolean }> = [];
  for (const group of groups) {
    const anomalous = group.anomalous || group.events.some((e) => suspicious.has(e));
    const last = stages[stages.length - 1];
    if (last && last.anomalous === anomalous && last.groups[0].result.domain === group.result.domain) {
      last.groups.push(group);
    } else {
      stages.push({ groups: [group], anomalous });
    }
  }
  return stages.map((stage, i) => {
    const events = stage.groups.flatMap((g) => g.events);
    const domain = stage.groups[0].result.domain;
    const components = unique(stage.groups.map((g) => shortComponent(g.event.component)).filter(isString));
    const first = describeTemplate(stage.groups[0].result, knowledge);
    const lastGroup = stage.groups[stage.groups.length - 1];
    const anomalies = stage.groups.filter((g) => g.anomalous).flatMap((g) => g.events);
    const cited = events.filter((e) => suspicious.has(e));
    const parts = [
      `${eventLabel(events)}: ${events.length} event${events.length === 1 ? '' : 's'} in ${domain}`,
      components.length ? ` (${components.slice(0, 3).join(', ')})` : '',
      `, from "${first}"`,
      stage.groups.length > 1 ? ` to "${describeTemplate(lastGroup.result, knowledge)}"` : '',
      '.',
      anomalies.length ? ` Anomalous lines: ${eventLabel(anomalies).replace(/^Events? /, '')}.` : '',
      cause && events.includes(cause.root) ? ` Root cause: event ${cause.root}.` : '',
      cause && events.every((e) => cause.consequences.has(e))
        ? ` ${events.length === 1 ? 'A consequence' : 'Consequences'} of the failure at event ${cause.root}.`
        : cited.length && !anomalies.length
          ? ` Cited by the sequence model: ${eventLabel(cited).replace(/^Events? /, '')}.`
          : '',
    ];
    return {
      events,
      name: `Stage ${i + 1}: ${domain}${components.length ? ` — ${components.slice(0, 2).join(', ')}` : ''}`,
      status: stage.anomalous ? 'anomalous' : 'normal',
      description: parts.join(''),
    };
  });
}

/** `dfs.DataNode$PacketResponder` → `PacketResponder`; `nova.compute.manager` → `compute.manager`. */
export function shortComponent(component: string | null): string | null {
  if (!component) {
    return null;
  }
  const dollar = component.lastIndexOf('$');
  if (dollar >= 0) {
    return component.slice(dollar + 1);
  }
  const parts = component.split('.');
  return parts.length > 2 ? parts.slice(-2).join('.') : component;
}

function isString(v: string | null): v is string {
  return v !== null;
}

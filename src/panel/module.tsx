import { PanelPlugin } from '@grafana/data';
import { DOMAIN_TAXONOMY, type DomainId } from '../services/contract';
import { ExplainPanel } from './ExplainPanel';
import { DEFAULT_PANEL_OPTIONS, type ExplainPanelOptions } from './types';

export const plugin = new PanelPlugin<ExplainPanelOptions>(ExplainPanel).setPanelOptions((builder) =>
  builder
    .addBooleanSwitch({
      path: 'anomaliesOnly',
      name: 'Anomalies only',
      description: 'List only the lines the service calls anomalous',
      defaultValue: DEFAULT_PANEL_OPTIONS.anomaliesOnly,
    })
    .addMultiSelect({
      path: 'domains',
      name: 'Failure domains',
      description: 'List only lines routed to these domains (none: all)',
      defaultValue: DEFAULT_PANEL_OPTIONS.domains as unknown as DomainId,
      // The multi-select stores an array of the option values.
      settings: { options: DOMAIN_TAXONOMY.map((d) => ({ value: d.id, label: d.title, description: d.scope })) },
    })
    .addNumberInput({
      path: 'maxLines',
      name: 'Max lines',
      description: "Most recent lines to score; also set the query's line limit at least this high",
      defaultValue: DEFAULT_PANEL_OPTIONS.maxLines,
      settings: { min: 1, max: 50000, integer: true },
    })
);

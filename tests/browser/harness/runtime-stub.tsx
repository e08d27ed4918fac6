/**
 * Stands in for @grafana/runtime in the browser harness: Grafana's backend answers from the recorded fixtures,
 * so the page runs its real api, Loki and scoring code. PanelRenderer draws the time series panel's frames with
 * @grafana/ui's TimeSeries (the uPlot chart under Grafana's panel) after applying the field config as Grafana
 * does, so the screenshots show the chart a user gets.
 */
import React from 'react';
import { of } from 'rxjs';
import {
  applyFieldOverrides,
  getFieldDisplayName,
  type DataFrame,
  type FieldConfigSource,
  type PanelData,
} from '@grafana/data';
import { TimeSeries, useTheme2 } from '@grafana/ui';
import { fakeFetch, LOKI_SETTINGS, PROM_SETTINGS, VERDICT_SETTINGS } from '../../../src/__fixtures__/fakeGrafana';
import { labelStats } from '../../../src/__fixtures__/labelStats';
import { modelInfoWithDecision } from '../../../src/__fixtures__/modelDecision';

const ok = (data: unknown) => of({ data, status: 200, ok: true });
const fake = fakeFetch((req) => {
  if (req.url.endsWith('/api/v1/model')) {
    return ok(modelInfoWithDecision);
  }
  if (req.url.endsWith('/api/v1/labels/stats')) {
    return ok(labelStats);
  }
  return undefined;
});
(window as unknown as { __annotations: unknown[] }).__annotations = fake.annotations;

export const getBackendSrv = () => ({ fetch: fake.fetch });
export const config = {
  appSubUrl: '',
  datasources: Object.fromEntries([LOKI_SETTINGS, PROM_SETTINGS, VERDICT_SETTINGS].map((d) => [d.name, d])),
};
export const getTemplateSrv = () => ({ replace: (s: string) => s });
export const PluginPage = ({ children }: { children: React.ReactNode }) => <>{children}</>;

interface StubPanelProps {
  title: string;
  pluginId: string;
  data?: PanelData;
  width: number;
  height: number;
  options?: { legend?: Record<string, unknown> };
  fieldConfig?: FieldConfigSource;
  timeZone?: string;
}

export function PanelRenderer({
  title,
  pluginId,
  data,
  width,
  height,
  options,
  fieldConfig,
  timeZone,
}: StubPanelProps) {
  const theme = useTheme2();
  if (pluginId !== 'timeseries' || !data) {
    return <div aria-label={title}>{title}</div>;
  }
  const config = fieldConfig ?? { defaults: {}, overrides: [] };
  const frames = withCustomConfig(
    applyFieldOverrides({
      data: data.series,
      fieldConfig: config,
      replaceVariables: (s: string) => s,
      theme,
      timeZone,
    }),
    config
  );
  return (
    <div aria-label={title} data-panel-plugin={pluginId}>
      <TimeSeries
        frames={frames}
        width={width}
        height={height}
        timeRange={data.timeRange}
        timeZone={timeZone ?? 'utc'}
        legend={{ showLegend: true, displayMode: 'list', placement: 'bottom', calcs: [], ...options?.legend } as never}
      />
    </div>
  );
}

/**
 * The panel's custom options (drawStyle, stacking, fillOpacity…) and colour overrides as Grafana's registries
 * would set them: outside Grafana those registries are empty, so applyFieldOverrides skips them. Only byName
 * overrides are used by the plugin's charts.
 */
function withCustomConfig(frames: DataFrame[], config: FieldConfigSource): DataFrame[] {
  return frames.map((frame) => ({
    ...frame,
    fields: frame.fields.map((field) => {
      // Defaults, then the field's own (a frame's hideFrom), then the overrides, as Grafana layers them.
      const custom: Record<string, unknown> = { ...(config.defaults.custom as object), ...field.config.custom };
      // Grafana's default colour scheme when the panel sets none.
      const fieldConfig: Record<string, unknown> = { color: { mode: 'palette-classic' }, ...field.config };
      const name = getFieldDisplayName(field, frame, frames);
      for (const o of config.overrides) {
        if (o.matcher.id === 'byName' && o.matcher.options === name) {
          for (const p of o.properties) {
            if (p.id.startsWith('custom.')) {
              custom[p.id.slice('custom.'.length)] = p.value;
            } else {
              fieldConfig[p.id] = p.value;
            }
          }
        }
      }
      return { ...field, config: { ...fieldConfig, custom } };
    }),
  }));
}

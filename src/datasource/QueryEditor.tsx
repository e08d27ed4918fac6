import React, { useMemo } from 'react';
import type { QueryEditorProps } from '@grafana/data';
import { Combobox, InlineField, InlineFieldRow, InlineSwitch, Input, RadioButtonGroup, Stack } from '@grafana/ui';
import { lokiDataSources } from '../services/loki';
import type { VerdictDataSource } from './datasource';
import { DEFAULT_QUERY, type VerdictOptions, type VerdictQuery, type VerdictQueryType } from './types';

type Props = QueryEditorProps<VerdictDataSource, VerdictQuery, VerdictOptions>;

const QUERY_TYPES: Array<{ label: string; value: VerdictQueryType; description: string }> = [
  { label: 'Scored lines', value: 'lines', description: 'Log lines with verdict, score and domain' },
  { label: 'Anomaly rate', value: 'rate', description: 'Anomaly rate per failure domain over time' },
  { label: 'Annotations', value: 'annotations', description: 'Anomalous sequences as time regions' },
];

export function QueryEditor({ query, onChange, onRunQuery, datasource }: Props) {
  const options = useMemo(() => lokiDataSources().map((d) => ({ label: d.name, value: d.uid })), []);
  const type = query.queryType ?? 'lines';
  const set = (patch: Partial<VerdictQuery>, run = false) => {
    onChange({ ...query, ...patch });
    if (run) {
      onRunQuery();
    }
  };
  return (
    <Stack direction="column" gap={0}>
      <InlineFieldRow>
        <InlineField label="Query type">
          <RadioButtonGroup options={QUERY_TYPES} value={type} onChange={(v) => set({ queryType: v }, true)} />
        </InlineField>
        <InlineField label="Loki" tooltip="Loki data source the lines come from">
          <Combobox
            width={24}
            options={options}
            value={query.lokiUid ?? datasource.defaultLokiUid ?? null}
            placeholder="Loki data source"
            onChange={(o) => set({ lokiUid: o.value }, true)}
          />
        </InlineField>
      </InlineFieldRow>
      <InlineFieldRow>
        <InlineField label="LogQL" grow>
          <Input
            aria-label="LogQL query"
            value={query.expr ?? ''}
            placeholder='{job="bgl"}'
            onChange={(e) => set({ expr: e.currentTarget.value })}
            onBlur={onRunQuery}
          />
        </InlineField>
      </InlineFieldRow>
      <InlineFieldRow>
        <InlineField label="Max lines" tooltip="Most recent lines read from Loki and scored">
          <Input
            type="number"
            width={12}
            min={1}
            max={50000}
            value={query.maxLines ?? DEFAULT_QUERY.maxLines}
            onChange={(e) => set({ maxLines: Number(e.currentTarget.value) || undefined })}
            onBlur={onRunQuery}
          />
        </InlineField>
        {type === 'lines' && (
          <InlineField label="Anomalies only">
            <InlineSwitch
              value={Boolean(query.anomaliesOnly)}
              onChange={(e) => set({ anomaliesOnly: e.currentTarget.checked }, true)}
            />
          </InlineField>
        )}
        {type === 'rate' && (
          <InlineField label="Interval" tooltip="Bucket width such as 1m; empty: the panel's interval">
            <Input
              width={10}
              value={query.interval ?? ''}
              placeholder="auto"
              onChange={(e) => set({ interval: e.currentTarget.value })}
              onBlur={onRunQuery}
            />
          </InlineField>
        )}
        {type === 'annotations' && (
          <InlineField
            label="Max sequences"
            tooltip="Highest-ranked anomalous sequences to annotate, each with its root cause (one service call for all)"
          >
            <Input
              type="number"
              width={10}
              min={1}
              max={100}
              value={query.maxSequences ?? DEFAULT_QUERY.maxSequences}
              onChange={(e) => set({ maxSequences: Number(e.currentTarget.value) || undefined })}
              onBlur={onRunQuery}
            />
          </InlineField>
        )}
      </InlineFieldRow>
    </Stack>
  );
}

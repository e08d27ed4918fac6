import React, { type ChangeEvent } from 'react';
import type { DataSourcePluginOptionsEditorProps } from '@grafana/data';
import { Alert, Field, FieldSet, Input, SecretInput } from '@grafana/ui';
import type { VerdictOptions, VerdictSecureOptions } from './types';

type Props = DataSourcePluginOptionsEditorProps<VerdictOptions, VerdictSecureOptions>;

export function ConfigEditor({ options, onOptionsChange }: Props) {
  const { jsonData, secureJsonFields, secureJsonData } = options;
  const setJson = (key: keyof VerdictOptions) => (e: ChangeEvent<HTMLInputElement>) =>
    onOptionsChange({ ...options, jsonData: { ...jsonData, [key]: e.currentTarget.value.trim() } });
  return (
    <>
      <Alert severity="info" title="Not for alert rules">
        This data source runs in the browser, so Grafana alert rules cannot use it. Alert on the Anomaly Lens
        watcher&apos;s Prometheus metrics (anomalylens_lines_scored_total) instead.
      </Alert>
      <FieldSet label="Anomaly Lens service">
        <Field label="Service URL" description="As Grafana's server reaches it, e.g. http://anomaly-lens:8080">
          <Input
            id="verdict-service-url"
            width={50}
            value={jsonData.serviceUrl ?? ''}
            onChange={setJson('serviceUrl')}
          />
        </Field>
        <Field
          label="API key"
          description="Sent by Grafana's data source proxy as a bearer token; never reaches the browser"
        >
          <SecretInput
            id="verdict-api-key"
            width={50}
            isConfigured={Boolean(secureJsonFields?.apiKey)}
            value={secureJsonData?.apiKey ?? ''}
            onChange={(e) => onOptionsChange({ ...options, secureJsonData: { apiKey: e.currentTarget.value } })}
            onReset={() =>
              onOptionsChange({
                ...options,
                secureJsonFields: { ...secureJsonFields, apiKey: false },
                secureJsonData: { ...secureJsonData, apiKey: '' },
              })
            }
          />
        </Field>
        <Field label="Default Loki data source UID" description="Used by queries that pick no Loki data source">
          <Input
            id="verdict-loki-uid"
            width={30}
            value={jsonData.lokiDatasourceUid ?? ''}
            onChange={setJson('lokiDatasourceUid')}
          />
        </Field>
      </FieldSet>
    </>
  );
}

import React, { type ChangeEvent } from 'react';
import type { DataSourcePluginOptionsEditorProps } from '@grafana/data';
import { Alert, Field, FieldSet, Input, RadioButtonGroup, SecretInput } from '@grafana/ui';
import type { LokiAuthType, VerdictOptions, VerdictSecureOptions } from './types';

type Props = DataSourcePluginOptionsEditorProps<VerdictOptions, VerdictSecureOptions>;

const AUTH_OPTIONS: Array<{ label: string; value: LokiAuthType }> = [
  { label: 'None', value: 'none' },
  { label: 'Basic', value: 'basic' },
  { label: 'Bearer token', value: 'bearer' },
];

export function ConfigEditor({ options, onOptionsChange }: Props) {
  const { jsonData, secureJsonFields, secureJsonData } = options;
  const setJson = (key: keyof VerdictOptions) => (e: ChangeEvent<HTMLInputElement>) =>
    onOptionsChange({ ...options, jsonData: { ...jsonData, [key]: e.currentTarget.value.trim() } });
  // Secrets are write-only: Grafana encrypts them and hands them to the backend only, never back to the browser.
  const secret = (key: keyof VerdictSecureOptions, id: string, width = 50) => (
    <SecretInput
      id={id}
      width={width}
      isConfigured={Boolean(secureJsonFields?.[key])}
      value={secureJsonData?.[key] ?? ''}
      onChange={(e) =>
        onOptionsChange({ ...options, secureJsonData: { ...secureJsonData, [key]: e.currentTarget.value } })
      }
      onReset={() =>
        onOptionsChange({
          ...options,
          secureJsonFields: { ...secureJsonFields, [key]: false },
          secureJsonData: { ...secureJsonData, [key]: '' },
        })
      }
    />
  );
  const auth = jsonData.lokiAuth ?? 'none';
  return (
    <>
      <Alert severity="info" title="Alert rules">
        Grafana evaluates alert rules on this data source server-side: its backend asks the Anomaly Lens service to
        query the Loki below, score each line once and compute the anomaly rate per domain. Dashboards query through the
        Loki data source chosen in the query editor.
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
        <Field label="API key" description="Sent by Grafana's server as a bearer token; never reaches the browser">
          {secret('apiKey', 'verdict-api-key')}
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
      <FieldSet label="Loki for alert rules and server-side queries">
        <Field label="Loki URL" description="As the Anomaly Lens service reaches it, e.g. http://loki:3100">
          <Input id="verdict-loki-url" width={50} value={jsonData.lokiUrl ?? ''} onChange={setJson('lokiUrl')} />
        </Field>
        <Field label="Tenant" description="Sent as X-Scope-OrgID (multi-tenant Loki); empty: none">
          <Input
            id="verdict-loki-tenant"
            width={30}
            value={jsonData.lokiTenant ?? ''}
            onChange={setJson('lokiTenant')}
          />
        </Field>
        <Field label="Authentication">
          <RadioButtonGroup
            options={AUTH_OPTIONS}
            value={auth}
            onChange={(value) => onOptionsChange({ ...options, jsonData: { ...jsonData, lokiAuth: value } })}
          />
        </Field>
        {auth === 'basic' && (
          <>
            <Field label="User">
              <Input id="verdict-loki-user" width={30} value={jsonData.lokiUser ?? ''} onChange={setJson('lokiUser')} />
            </Field>
            <Field label="Password">{secret('lokiPassword', 'verdict-loki-password', 30)}</Field>
          </>
        )}
        {auth === 'bearer' && <Field label="Token">{secret('lokiToken', 'verdict-loki-token')}</Field>}
      </FieldSet>
    </>
  );
}

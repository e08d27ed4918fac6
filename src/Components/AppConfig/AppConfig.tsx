import React, { ChangeEvent, useState } from 'react';
import { lastValueFrom } from 'rxjs';
import { css } from '@emotion/css';
import { AppPluginMeta, GrafanaTheme2, PluginConfigPageProps, PluginMeta } from '@grafana/data';
import { getBackendSrv } from '@grafana/runtime';
import { Button, Field, FieldSet, Input, SecretInput, useStyles2 } from '@grafana/ui';
import { testIds } from '../testIds';
import { ConnectionTest } from './ConnectionTest';

type AppPluginSettings = {
  serviceUrl?: string;
};

export type State = {
  // The URL to reach our custom API.
  serviceUrl: string;
  // Tells us if the API key secret is set.
  isApiKeySet: boolean;
  // A secret key for our custom API.
  apiKey: string;
  // Tells us if the admin key secret is set.
  isAdminKeySet: boolean;
  // The service's admin key: reload, rollback and retrain need it besides the API key.
  adminKey: string;
};

export interface AppConfigProps extends PluginConfigPageProps<AppPluginMeta<AppPluginSettings>> {}

const AppConfig = ({ plugin }: AppConfigProps) => {
  const s = useStyles2(getStyles);
  const { enabled, pinned, jsonData, secureJsonFields } = plugin.meta;
  const [state, setState] = useState<State>({
    serviceUrl: jsonData?.serviceUrl || '',
    apiKey: '',
    isApiKeySet: Boolean(secureJsonFields?.apiKey),
    adminKey: '',
    isAdminKeySet: Boolean(secureJsonFields?.adminKey),
  });

  const isSubmitDisabled = Boolean(!state.serviceUrl || (!state.isApiKeySet && !state.apiKey));

  const onResetApiKey = () =>
    setState({
      ...state,
      apiKey: '',
      isApiKeySet: false,
    });

  const onResetAdminKey = () =>
    setState({
      ...state,
      adminKey: '',
      isAdminKeySet: false,
    });

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    setState({
      ...state,
      [event.target.name]: event.target.value.trim(),
    });
  };

  const onSubmit = (event?: React.FormEvent) => {
    // The settings go through the POST below; a native form submit would navigate away first.
    event?.preventDefault();
    if (isSubmitDisabled) {
      return;
    }

    updatePluginAndReload(plugin.meta.id, {
      enabled,
      pinned,
      jsonData: {
        serviceUrl: state.serviceUrl,
      },
      // Secrets cannot be read back by the frontend: send only those typed (or reset) now, so a key set earlier
      // and left untouched is kept (Grafana merges secureJsonData with what it stores).
      secureJsonData: changedSecrets(state),
    });
  };

  return (
    <form onSubmit={onSubmit}>
      <FieldSet label="API Settings">
        <Field
          label="API key"
          description="Bearer token of the Anomaly Lens service. Stored encrypted; Grafana’s proxy adds it to requests and it never reaches the browser."
        >
          <SecretInput
            width={60}
            id="config-api-key"
            data-testid={testIds.appConfig.apiKey}
            name="apiKey"
            value={state.apiKey}
            isConfigured={state.isApiKeySet}
            placeholder="API key"
            onChange={onChange}
            onReset={onResetApiKey}
          />
        </Field>

        <Field
          label="Admin key"
          description="The service's admin key (ANOMALYLENS_ADMIN_KEY, at least 16 characters, not the API key). Reload, rollback and retrain send it as X-Anomaly-Lens-Admin-Key; without it they answer 403. Only Grafana editors (retrain) and admins (reload, rollback) reach those routes. Leave empty if you never change the model from Grafana."
          className={s.marginTop}
        >
          <SecretInput
            width={60}
            id="config-admin-key"
            data-testid={testIds.appConfig.adminKey}
            name="adminKey"
            value={state.adminKey}
            isConfigured={state.isAdminKeySet}
            placeholder="Admin key (optional)"
            onChange={onChange}
            onReset={onResetAdminKey}
          />
        </Field>

        <Field
          label="Service URL"
          description="Base URL of the Anomaly Lens service as Grafana’s server reaches it"
          className={s.marginTop}
        >
          <Input
            width={60}
            name="serviceUrl"
            id="config-api-url"
            data-testid={testIds.appConfig.serviceUrl}
            value={state.serviceUrl}
            placeholder="http://anomaly-lens:8080"
            onChange={onChange}
          />
        </Field>

        <div className={s.marginTop}>
          <Button type="submit" data-testid={testIds.appConfig.submit} disabled={isSubmitDisabled}>
            Save API settings
          </Button>
        </div>
      </FieldSet>
      <FieldSet label="Connection" className={s.marginTop}>
        <p className={s.colorWeak}>
          Calls /readyz and /api/v1/model through Grafana&apos;s plugin proxy with the saved settings: save first.
        </p>
        <ConnectionTest disabled={!jsonData?.serviceUrl} />
      </FieldSet>
    </form>
  );
};

export default AppConfig;

/** The secrets to send: the ones not shown as configured (typed now, or reset to be cleared). */
export function changedSecrets(state: State): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  if (!state.isApiKeySet) {
    out.apiKey = state.apiKey;
  }
  if (!state.isAdminKeySet) {
    out.adminKey = state.adminKey;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

const getStyles = (theme: GrafanaTheme2) => ({
  colorWeak: css`
    color: ${theme.colors.text.secondary};
  `,
  marginTop: css`
    margin-top: ${theme.spacing(3)};
  `,
});

const updatePluginAndReload = async (pluginId: string, data: Partial<PluginMeta<AppPluginSettings>>) => {
  try {
    await updatePlugin(pluginId, data);

    // Reloading the page as the changes made here wouldn't be propagated to the actual plugin otherwise.
    // This is not ideal, however unfortunately currently there is no supported way for updating the plugin state.
    window.location.reload();
  } catch (e) {
    console.error('Error while updating the plugin', e);
  }
};

const updatePlugin = async (pluginId: string, data: Partial<PluginMeta>) => {
  const response = await getBackendSrv().fetch({
    url: `/api/plugins/${pluginId}/settings`,
    method: 'POST',
    data,
  });

  return lastValueFrom(response);
};

import React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { of } from 'rxjs';
import { PluginType } from '@grafana/data';
import { getBackendSrv } from '@grafana/runtime';
import AppConfig, { AppConfigProps, changedSecrets } from './AppConfig';
import { testIds } from 'Components/testIds';

jest.mock('@grafana/runtime', () => ({ ...jest.requireActual('@grafana/runtime'), getBackendSrv: jest.fn() }));

describe('Components/AppConfig', () => {
  let props: AppConfigProps;

  beforeEach(() => {
    jest.resetAllMocks();

    props = {
      plugin: {
        meta: {
          id: 'sample-app',
          name: 'Sample App',
          type: PluginType.app,
          enabled: true,
          jsonData: {},
        },
      },
      query: {},
    } as unknown as AppConfigProps;
  });

  test('renders the "API Settings" fieldset with API key, API url inputs and button', () => {
    const plugin = { meta: { ...props.plugin.meta, enabled: false } };

    // @ts-ignore - We don't need to provide `addConfigPage()` and `setChannelSupport()` for these tests
    render(<AppConfig plugin={plugin} query={props.query} />);

    expect(screen.queryByRole('group', { name: /api settings/i })).toBeInTheDocument();
    expect(screen.queryByTestId(testIds.appConfig.apiKey)).toBeInTheDocument();
    expect(screen.queryByTestId(testIds.appConfig.serviceUrl)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /save api settings/i })).toBeInTheDocument();
  });
});

describe('admin key', () => {
  const plugin = (secureJsonFields: Record<string, boolean>) =>
    ({
      meta: {
        id: 'anomalylens-explain-app',
        name: 'Anomaly Lens',
        type: PluginType.app,
        enabled: true,
        jsonData: { serviceUrl: 'http://svc:8080' },
        secureJsonFields,
      },
    }) as unknown as AppConfigProps['plugin'];

  function renderWith(secureJsonFields: Record<string, boolean>) {
    // Saving reloads the page, which jsdom reports as "not implemented" on the console.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const fetch = jest.fn(() => of({ data: {} }));
    jest.mocked(getBackendSrv).mockReturnValue({ fetch } as unknown as ReturnType<typeof getBackendSrv>);
    render(<AppConfig plugin={plugin(secureJsonFields)} query={{} as AppConfigProps['query']} />);
    return fetch;
  }

  test('is a secret field that says what it is for', () => {
    renderWith({});
    expect(screen.getByTestId(testIds.appConfig.adminKey)).toHaveAttribute('type', 'password');
    expect(screen.getByText(/Reload, rollback and retrain send it as X-Anomaly-Lens-Admin-Key/)).toBeInTheDocument();
  });

  test('a typed admin key is sent; the configured API key is left untouched', async () => {
    const fetch = renderWith({ apiKey: true });
    fireEvent.change(screen.getByTestId(testIds.appConfig.adminKey), { target: { value: ' admin-key-0123456789 ' } });
    fireEvent.click(screen.getByRole('button', { name: /save api settings/i }));
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(fetch.mock.calls[0]).toEqual([
      expect.objectContaining({
        url: '/api/plugins/anomalylens-explain-app/settings',
        method: 'POST',
        data: expect.objectContaining({
          jsonData: { serviceUrl: 'http://svc:8080' },
          secureJsonData: { adminKey: 'admin-key-0123456789' },
        }),
      }),
    ]);
  });

  test('shows as configured, and reset clears it on save', async () => {
    const fetch = renderWith({ apiKey: true, adminKey: true });
    const field = screen.getByTestId(testIds.appConfig.adminKey);
    expect(field).toHaveValue('configured');
    expect(field).toBeDisabled();
    fireEvent.click(screen.getAllByRole('button', { name: /reset/i })[1]!);
    fireEvent.click(screen.getByRole('button', { name: /save api settings/i }));
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    expect((fetch.mock.calls[0] as unknown as [{ data: { secureJsonData: unknown } }])[0].data.secureJsonData).toEqual({
      adminKey: '',
    });
  });

  test('with both keys configured and untouched, no secret is sent', () => {
    expect(
      changedSecrets({ serviceUrl: 'u', apiKey: '', isApiKeySet: true, adminKey: '', isAdminKeySet: true })
    ).toBeUndefined();
  });
});

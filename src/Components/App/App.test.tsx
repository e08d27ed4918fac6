import React from 'react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { AppRootProps } from '@grafana/data';
import { getBackendSrv, config } from '@grafana/runtime';
import { setFakeDataSources, fakeFetch } from '../../__fixtures__/fakeGrafana';
import { modelInfo } from '../../__fixtures__/modelInfo';
import App from './App';

jest.mock('@grafana/runtime', () => ({
  getBackendSrv: jest.fn(),
  config: { datasources: {} },
  PluginPage: ({ children }: { children: React.ReactNode }) => <div data-testid="plugin-page">{children}</div>,
  PanelRenderer: () => null,
}));

beforeEach(() => {
  jest
    .mocked(getBackendSrv)
    .mockReturnValue({ fetch: fakeFetch().fetch } as unknown as ReturnType<typeof getBackendSrv>);
  setFakeDataSources(config);
});

const renderAt = (path: string, jsonData: { serviceUrl?: string } = { serviceUrl: 'http://anomaly-lens:8080' }) =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <App {...({ meta: { jsonData } } as unknown as AppRootProps)} />
    </MemoryRouter>
  );

describe('App routes', () => {
  it('opens Explain by default', async () => {
    renderAt('/');
    expect(await screen.findByText('Pick a Loki data source and a LogQL query')).toBeInTheDocument();
    expect(screen.queryByText('Anomaly Lens is not configured')).not.toBeInTheDocument();
    expect(screen.getByTestId('plugin-page')).toBeInTheDocument();
  });

  it('lazy-loads the Failure domains and Model pages', async () => {
    renderAt('/failure-domains');
    expect(await screen.findByText(/anomaly rate per failure domain is computed/)).toBeInTheDocument();
  });

  it('points to the configuration page while the service URL is unset', async () => {
    renderAt('/explain', {});
    expect(await screen.findByText('Anomaly Lens is not configured')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'configuration page' })).toHaveAttribute(
      'href',
      '/plugins/anomalylens-explain-app'
    );
  });

  it('shows the model page', async () => {
    renderAt('/model');
    expect(await screen.findByText(modelInfo.id)).toBeInTheDocument();
  });
});

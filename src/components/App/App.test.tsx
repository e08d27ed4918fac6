import React from 'react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { AppRootProps } from '@grafana/data';
import { getBackendSrv, getDataSourceSrv } from '@grafana/runtime';
import { fakeDataSourceSrv, fakeFetch } from '../../__fixtures__/fakeGrafana';
import App from './App';

jest.mock('@grafana/runtime', () => ({
  getBackendSrv: jest.fn(),
  getDataSourceSrv: jest.fn(),
  PluginPage: ({ children }: { children: React.ReactNode }) => <div data-testid="plugin-page">{children}</div>,
  PanelRenderer: () => null,
}));

beforeEach(() => {
  jest
    .mocked(getBackendSrv)
    .mockReturnValue({ fetch: fakeFetch().fetch } as unknown as ReturnType<typeof getBackendSrv>);
  jest.mocked(getDataSourceSrv).mockReturnValue(fakeDataSourceSrv() as unknown as ReturnType<typeof getDataSourceSrv>);
});

const renderAt = (path: string) =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <App {...({} as AppRootProps)} />
    </MemoryRouter>
  );

describe('App routes', () => {
  it('opens Explain by default', async () => {
    renderAt('/');
    expect(await screen.findByText('Pick a Loki data source and a LogQL query')).toBeInTheDocument();
    expect(screen.getByTestId('plugin-page')).toBeInTheDocument();
  });

  it('lazy-loads the Failure domains and Model pages', async () => {
    renderAt('/failure-domains');
    expect(await screen.findByText(/anomaly rate per failure domain is computed/)).toBeInTheDocument();
  });

  it('shows the model page', async () => {
    renderAt('/model');
    expect(await screen.findByText('loghub-bgl-hdfs')).toBeInTheDocument();
  });
});

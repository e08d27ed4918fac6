import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { throwError } from 'rxjs';
import { getBackendSrv } from '@grafana/runtime';
import { fakeFetch, type FakeOverride } from '../../__fixtures__/fakeGrafana';
import { modelInfo } from '../../__fixtures__/modelInfo';
import { ConnectionTest } from './ConnectionTest';

jest.mock('@grafana/runtime', () => ({ getBackendSrv: jest.fn() }));

function setup(override?: FakeOverride) {
  const fetch = jest.fn(fakeFetch(override).fetch);
  jest.mocked(getBackendSrv).mockReturnValue({ fetch } as unknown as ReturnType<typeof getBackendSrv>);
  render(<ConnectionTest />);
  fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
  return fetch;
}

describe('ConnectionTest', () => {
  it('checks /readyz and /api/v1/model through the plugin proxy and shows the bundle', async () => {
    const fetch = setup();
    expect(await screen.findByText(`Connected: model ${modelInfo.id} ${modelInfo.version}`)).toBeInTheDocument();
    const titles = modelInfo.domains.map((d) => d.id[0].toUpperCase() + d.id.slice(1));
    expect(screen.getByText(new RegExp(`domains: ${titles.join(', ')}`))).toBeInTheDocument();
    expect(fetch.mock.calls.map((c) => c[0].url)).toEqual([
      '/api/plugin-proxy/anomalylens-explain-app/api/readyz',
      '/api/plugin-proxy/anomalylens-explain-app/api/api/v1/model',
    ]);
  });

  it('names the failing step and the fix', async () => {
    setup((req) =>
      req.url.endsWith('/api/v1/model')
        ? throwError(() => ({ status: 401, data: { error: { code: 'unauthorized', message: 'bad token' } } }))
        : undefined
    );
    expect(
      await screen.findByText('Model (/api/v1/model) failed: Anomaly Lens rejected the API key')
    ).toBeInTheDocument();
    expect(screen.getByText(/Check the API key in the Anomaly Lens app configuration/)).toBeInTheDocument();
  });

  it('reports an unreachable service at the readiness step', async () => {
    setup((req) =>
      req.url.endsWith('/readyz') ? throwError(() => ({ status: 502, data: { message: 'Bad Gateway' } })) : undefined
    );
    expect(
      await screen.findByText(/Readiness check \(\/readyz\) failed: Anomaly Lens service unreachable/)
    ).toBeInTheDocument();
  });
});

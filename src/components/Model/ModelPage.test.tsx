import React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { throwError } from 'rxjs';
import { getBackendSrv } from '@grafana/runtime';
import { fakeFetch, type FakeOverride } from '../../__fixtures__/fakeGrafana';
import { modelTemplatesPage1 } from '../../__fixtures__/modelTemplatesPage1';
import { modelTemplatesPage2 } from '../../__fixtures__/modelTemplatesPage2';
import { ModelPage } from './ModelPage';

jest.mock('@grafana/runtime', () => ({ getBackendSrv: jest.fn() }));

function setup(override?: FakeOverride) {
  const fetch = jest.fn(fakeFetch(override).fetch);
  jest.mocked(getBackendSrv).mockReturnValue({ fetch } as unknown as ReturnType<typeof getBackendSrv>);
  render(<ModelPage />);
  return fetch;
}

describe('ModelPage', () => {
  it('shows the bundle, its domains and flattened metrics', async () => {
    setup();
    expect(await screen.findByText('loghub-bgl-hdfs')).toBeInTheDocument();
    const domains = screen.getByRole('region', { name: 'Failure domains' });
    expect(within(domains).getByText('HDFS block writes, replication and storage interrupts')).toBeInTheDocument();
    expect(
      within(domains).getByText('a datanode lost its connection mid-write; disk full or failing')
    ).toBeInTheDocument();
    const metrics = screen.getByRole('region', { name: 'Evaluation metrics' });
    expect(within(metrics).getByText('hdfs.f1')).toBeInTheDocument();
    expect(within(metrics).getByText('0.972')).toBeInTheDocument();
  });

  it('pages through templates and filters them by domain', async () => {
    const fetch = setup();
    const table = await screen.findByRole('table', { name: 'Model templates' });
    expect(within(table).getAllByRole('row')).toHaveLength(modelTemplatesPage1.templates.length + 1);
    expect(screen.getByText(`1–20 of ${modelTemplatesPage1.total}`)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '2' }));
    expect(await screen.findByText(`21–36 of ${modelTemplatesPage2.total}`)).toBeInTheDocument();
    expect(screen.getByText(modelTemplatesPage2.templates[0].text)).toBeInTheDocument();
    fireEvent.change(screen.getByRole('combobox', { name: /Domain/ }), { target: { value: 'memory' } });
    await screen.findByText(`1–20 of ${modelTemplatesPage1.total}`);
    const last = fetch.mock.calls[fetch.mock.calls.length - 1][0];
    expect(last.params).toEqual({ offset: 0, limit: 20, domain: 'memory' });
  });

  it('explains why the model cannot be read', async () => {
    setup((req) =>
      req.url.endsWith('/api/v1/model')
        ? throwError(() => ({ status: 502, data: { message: 'Bad Gateway' } }))
        : undefined
    );
    expect(await screen.findByText('Anomaly Lens service unreachable')).toBeInTheDocument();
  });
});

import React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { of, throwError } from 'rxjs';
import { getBackendSrv } from '@grafana/runtime';
import manifest from '../../../models/default/manifest.json';
import { fakeFetch, type FakeOverride } from '../../__fixtures__/fakeGrafana';
import { modelInfo } from '../../__fixtures__/modelInfo';
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
    expect(await screen.findByText(modelInfo.id)).toBeInTheDocument();
    const domains = screen.getByRole('region', { name: 'Failure domains' });
    expect(within(domains).getAllByRole('row')).toHaveLength(modelInfo.domains.length + 1);
    const storage = modelInfo.domains.find((d) => d.id === 'storage')!;
    expect(within(domains).getByText(storage.description)).toBeInTheDocument();
    expect(within(domains).getByText(storage.typicalCauses[0], { exact: false })).toBeInTheDocument();
    const metrics = screen.getByRole('region', { name: 'Evaluation metrics' });
    const validation = modelInfo.metrics.validation as { f1: number };
    expect(within(metrics).getByText('validation.f1').nextElementSibling).toHaveTextContent(validation.f1.toFixed(3));
  });

  it("shows the shipped bundle's test period: headline, the twin that measured it, figures per domain", async () => {
    setup((req) =>
      req.url.endsWith('/api/v1/model')
        ? of({ data: { ...modelInfo, metrics: manifest.metrics }, status: 200, ok: true })
        : undefined
    );
    const metrics = await screen.findByRole('region', { name: 'Evaluation metrics' });
    const test = manifest.metrics.test;
    expect(within(metrics).getByText(test.data)).toBeInTheDocument();
    const headline = within(metrics).getByText(/^Test period:/);
    expect(headline).toHaveTextContent(
      `${test.lines.toLocaleString()} lines (${test.anomalies} anomalies) — precision ${test.precision.toFixed(3)}, recall ${test.recall.toFixed(3)}, F1 ${test.f1.toFixed(3)}`
    );
    expect(within(metrics).getByText(/Measured on the evaluation twin/)).toHaveTextContent(
      'Measured on the evaluation twin default-eval: the same recipe trained without the test period'
    );
    const perDomain = within(metrics).getByRole('table', { name: 'Test figures per domain' });
    expect(within(perDomain).getAllByRole('row')).toHaveLength(test.perDomain.length + 1);
    // The rest is flattened below it, without repeating the test report or printing objects.
    expect(within(metrics).getByText('validation.f1')).toBeInTheDocument();
    expect(within(metrics).queryByText('test.f1')).toBeNull();
    expect(within(metrics).queryByText(/\[object Object\]/)).toBeNull();
  });

  it('pages through templates and filters them by domain', async () => {
    // Combobox virtualises its options by the size of a scroller that jsdom does not lay out.
    jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      bottom: 300,
      right: 500,
      width: 500,
      height: 300,
      toJSON: () => ({}),
    });
    for (const prop of ['offsetHeight', 'clientHeight'] as const) {
      jest.spyOn(HTMLElement.prototype, prop, 'get').mockImplementation(function (this: HTMLElement) {
        return parseFloat(this.style.height) || 300;
      });
    }
    const fetch = setup();
    const table = await screen.findByRole('table', { name: 'Model templates' });
    expect(within(table).getAllByRole('row')).toHaveLength(modelTemplatesPage1.templates.length + 1);
    expect(screen.getByText(`1–20 of ${modelTemplatesPage1.total}`)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '2' }));
    expect(
      await screen.findByText(`21–${20 + modelTemplatesPage2.templates.length} of ${modelTemplatesPage2.total}`)
    ).toBeInTheDocument();
    expect(screen.getByText(modelTemplatesPage2.templates[0].text)).toBeInTheDocument();
    // Grafana's Combobox, not a native select.
    const combo = screen.getByRole('combobox', { name: /Domain/ });
    act(() => combo.focus());
    fireEvent.click(combo);
    fireEvent.change(combo, { target: { value: 'Mem' } });
    fireEvent.click(await screen.findByRole('option', { name: /Memory/ }));
    await screen.findByText(`1–20 of ${modelTemplatesPage1.total}`);
    const last = fetch.mock.calls[fetch.mock.calls.length - 1][0];
    expect(last.params).toEqual({ offset: 0, limit: 20, domain: 'memory' });
    jest.restoreAllMocks();
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

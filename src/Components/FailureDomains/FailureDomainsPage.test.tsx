import { scoreBgl } from '../../__fixtures__/scoreBgl';
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { PanelData } from '@grafana/data';
import { getBackendSrv, config } from '@grafana/runtime';
import { setFakeDataSources, fakeFetch } from '../../__fixtures__/fakeGrafana';
import { bglLokiRows } from '../../__fixtures__/bglLokiRows';
import { FailureDomainsPage } from './FailureDomainsPage';

const panels: Array<{ data?: PanelData; pluginId: string }> = [];
jest.mock('@grafana/runtime', () => ({
  getBackendSrv: jest.fn(),
  config: { datasources: {} },
  PanelRenderer: (props: { data?: PanelData; pluginId: string; title: string }) => {
    panels.push(props);
    return <div>{props.title}</div>;
  },
}));

const FROM = Number(bglLokiRows[0].tsNs.slice(0, -6));
const TO = Number(bglLokiRows[bglLokiRows.length - 1].tsNs.slice(0, -6)) + 1000;

describe('FailureDomainsPage', () => {
  beforeEach(() => {
    panels.length = 0;
    jest
      .mocked(getBackendSrv)
      .mockReturnValue({ fetch: fakeFetch().fetch } as unknown as ReturnType<typeof getBackendSrv>);
    setFakeDataSources(config);
  });

  it('charts the anomaly rate per domain and ranks templates for a BGL query', async () => {
    render(
      <MemoryRouter
        initialEntries={[`/failure-domains?ds=loki&query=${encodeURIComponent('{job="bgl"}')}&from=${FROM}&to=${TO}`]}
      >
        <FailureDomainsPage />
      </MemoryRouter>
    );
    expect(await screen.findByRole('region', { name: 'Anomaly rate per failure domain' })).toBeInTheDocument();
    const chart = panels[panels.length - 1];
    expect(chart.pluginId).toBe('timeseries');
    const names = chart.data!.series.map((f) => f.name);
    // One series per domain the recorded BGL lines were routed to, the domain with most anomalies first.
    const anomaliesBy = new Map<string, number>();
    for (const r of scoreBgl.results) {
      anomaliesBy.set(r.domain, (anomaliesBy.get(r.domain) ?? 0) + (r.verdict === 'anomaly' ? 1 : 0));
    }
    const most = [...anomaliesBy.entries()].sort((a, b) => b[1] - a[1])[0][0];
    expect(names[0]).toBe(most);
    expect([...names].sort()).toEqual([...anomaliesBy.keys()].sort());

    const top = screen.getByRole('table', { name: 'Top anomalous templates' });
    const rows = within(top).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows[0]).toHaveTextContent(/data TLB error interrupt/);
    const link = within(rows[0]).getByRole('link', { name: 'Explain' });
    expect(link.getAttribute('href')).toMatch(/^\/a\/anomalylens-explain-app\/explain\?ds=loki&query=.*&focus=\d{19}$/);
    // The shipped bundle knows every template of the recorded BGL stream, so no novel-templates table.
    const novel = screen.queryByRole('table', { name: 'Novel templates (never seen in training)' });
    expect(Boolean(novel)).toBe(scoreBgl.results.some((r) => r.novel));
  });
});

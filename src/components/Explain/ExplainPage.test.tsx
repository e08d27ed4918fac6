import React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { throwError } from 'rxjs';
import { getBackendSrv, getDataSourceSrv } from '@grafana/runtime';
import { fakeDataSourceSrv, fakeFetch, type FakeOverride } from '../../__fixtures__/fakeGrafana';
import { hdfsLokiRows } from '../../__fixtures__/hdfsLokiRows';
import { testIds } from '../testIds';
import { ExplainPage } from './ExplainPage';

jest.mock('@grafana/runtime', () => ({
  getBackendSrv: jest.fn(),
  getDataSourceSrv: jest.fn(),
}));

// The first render of Grafana's Drawer loads a large module graph.
jest.setTimeout(30_000);

let fake: ReturnType<typeof fakeFetch>;
function setup(search: string, override?: FakeOverride) {
  fake = fakeFetch(override);
  const fetch = jest.fn(fake.fetch);
  jest.mocked(getBackendSrv).mockReturnValue({ fetch } as unknown as ReturnType<typeof getBackendSrv>);
  jest.mocked(getDataSourceSrv).mockReturnValue(fakeDataSourceSrv() as unknown as ReturnType<typeof getDataSourceSrv>);
  let location = '';
  function Loc() {
    location = useLocation().search;
    return null;
  }
  render(
    <MemoryRouter initialEntries={[`/a/anomalylens-explain-app/explain?${search}`]}>
      <ExplainPage listHeight={800} />
      <Loc />
    </MemoryRouter>
  );
  return { fetch, location: () => location };
}

const HDFS = `ds=loki&query=${encodeURIComponent('{job="hdfs"}')}&from=1226260000000&to=1226270000000`;

describe('ExplainPage', () => {
  it('asks for a data source and a query first', () => {
    setup('');
    expect(screen.getByText('Pick a Loki data source and a LogQL query')).toBeInTheDocument();
  });

  it('lists scored lines with verdict, domain and score, and filters anomalies only', async () => {
    const { location } = setup(HDFS);
    const summary = await screen.findByTestId(testIds.explain.summary);
    expect(summary).toHaveTextContent('148 lines · 2 anomalies');
    const list = screen.getByRole('listbox', { name: 'Scored log lines' });
    expect(within(list).getAllByRole('option').length).toBeGreaterThan(10);
    expect(within(list).getAllByRole('option')[0]).toHaveTextContent(/Normal.*Storage.*0\.\d\d.*Receiving block/);
    fireEvent.click(screen.getByLabelText('Anomalies only'));
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    expect(location()).toContain('anomalies=1');
    for (const row of within(list).getAllByRole('option')) {
      expect(row).toHaveTextContent(/^[\d-]+ [\d:.]+Anomaly(Storage|Filesystem)0\.9\d/);
    }
  });

  it('opens the reasoning of a line on Enter and scrolls to a cited event', async () => {
    setup(HDFS);
    const list = await screen.findByRole('listbox', { name: 'Scored log lines' });
    const writeBlock = hdfsLokiRows.findIndex((r) => r.line.includes('writeBlock'));
    // Move the active row to the writeBlock line with the keyboard, then Enter.
    list.focus();
    for (let i = 0; i < writeBlock; i++) {
      fireEvent.keyDown(list, { key: 'ArrowDown' });
    }
    fireEvent.keyDown(list, { key: 'Enter' });
    const reasoning = await screen.findByTestId(testIds.explain.reasoning);
    expect(reasoning).toHaveTextContent(/Anomaly in storage: 1 of 4 events are anomalous lines/);
    for (const level of ['1. Event-wise', '2. Stage-wise', '3. Pattern', '4. Indicators', '5. Summary']) {
      expect(within(reasoning).getByText(new RegExp(`^${level.replace('.', '\\.')}`))).toBeInTheDocument();
    }
    // The sequence's lines are highlighted; citing event 4 selects the writeBlock line.
    fireEvent.click(within(reasoning).getAllByRole('button', { name: 'Show event 4 in the log lines' })[0]);
    await waitFor(() => expect(list.getAttribute('aria-activedescendant')).toBe(`anomalylens-line-${writeBlock}`));
    // Closing the drawer gives the keyboard back to the list.
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByTestId(testIds.explain.reasoning)).not.toBeInTheDocument());
    expect(list).toHaveFocus();
  });

  it('adds the summary as an annotation over the sequence', async () => {
    setup(HDFS);
    const list = await screen.findByRole('listbox', { name: 'Scored log lines' });
    fireEvent.click(screen.getByLabelText('Anomalies only'));
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    fireEvent.click(within(list).getByText(/writeBlock/));
    const reasoning = await screen.findByTestId(testIds.explain.reasoning);
    await act(async () => {
      fireEvent.click(within(reasoning).getByRole('button', { name: 'Add annotation' }));
    });
    expect(await within(reasoning).findByText(/Annotation 1 added/)).toBeInTheDocument();
    expect(fake.annotations[0]).toEqual({
      time: 1226263168000,
      timeEnd: 1226263172000,
      text: expect.stringMatching(/^Anomaly in storage/),
      tags: ['anomaly-lens', 'storage'],
    });
  });

  it('opens the line named by focus (the provisioned derived-field link)', async () => {
    const writeBlock = hdfsLokiRows.find((r) => r.line.includes('writeBlock'))!;
    setup(`${HDFS}&focus=${writeBlock.tsNs}`);
    expect(await screen.findByTestId(testIds.explain.reasoning)).toHaveTextContent(/Anomaly in storage/);
  });

  it('shows the service error in the drawer for a line without an explanation', async () => {
    setup(HDFS);
    const list = await screen.findByRole('listbox', { name: 'Scored log lines' });
    fireEvent.click(within(list).getAllByRole('option')[0]);
    expect(await screen.findByText('Not available in this service build')).toBeInTheDocument();
    expect(screen.getByText('no recorded explanation for this line')).toBeInTheDocument();
  });

  it('retries a rate-limited explanation', async () => {
    let calls = 0;
    setup(HDFS, (req) =>
      req.url.endsWith('/explain') && ++calls === 1
        ? throwError(() => ({ status: 429, data: { error: { code: 'overloaded', message: 'queue full' } } }))
        : undefined
    );
    const list = await screen.findByRole('listbox', { name: 'Scored log lines' });
    fireEvent.click(screen.getByLabelText('Anomalies only'));
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    fireEvent.click(within(list).getByText(/writeBlock/));
    expect(await screen.findByText(/Retry after 5 s/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId(testIds.explain.reasoning)).toHaveTextContent(/Anomaly in storage/);
    expect(calls).toBe(2);
  });

  it.each([
    ['a non-Loki data source', 'ds=prometheus&query=up', /"Prometheus" is a prometheus data source/],
    ['an empty result', `ds=loki&query=${encodeURIComponent('{job="none"}')}`, /No log lines for \{job="none"\}/],
  ])('explains %s', async (_name, search, message) => {
    setup(search);
    expect(await screen.findByText(message)).toBeInTheDocument();
  });

  it('caps a huge result with a visible message', async () => {
    setup('ds=loki&query=synthetic:1500&from=1117838570000&to=1117900000000&maxLines=1000');
    expect(await screen.findByText('Showing the 1,000 most recent lines')).toBeInTheDocument();
  });

  it.each([
    [502, { message: 'Bad Gateway' }, /could not be reached/],
    [401, { error: { code: 'unauthorized', message: 'missing or invalid bearer token' } }, /Check the API key/],
    [429, { error: { code: 'overloaded', message: 'scoring queue is full' } }, /Retry after 5 s/],
  ])('shows a specific message when scoring fails with %s', async (status, data, message) => {
    setup(HDFS, (req) => (req.url.endsWith('/api/v1/score') ? throwError(() => ({ status, data })) : undefined));
    expect(await screen.findByText(message)).toBeInTheDocument();
  });
});

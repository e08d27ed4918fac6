import React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { of, throwError } from 'rxjs';
import type { AbsoluteTimeRange, PanelData } from '@grafana/data';
import { getBackendSrv, config } from '@grafana/runtime';
import { setFakeDataSources, fakeFetch, type FakeOverride } from '../../__fixtures__/fakeGrafana';
import { hdfsLokiRows } from '../../__fixtures__/hdfsLokiRows';
import { modelInfoWithDecision } from '../../__fixtures__/modelDecision';
import { explainHdfs } from '../../__fixtures__/explainHdfs';
import { scoreHdfs } from '../../__fixtures__/scoreHdfs';
import { sequencesHdfs } from '../../__fixtures__/sequencesHdfs';
import { testIds } from '../testIds';
import { ExplainPage } from './ExplainPage';

// jsdom has no canvas for uPlot: the pattern sparklines render their values instead.
jest.mock('@grafana/ui', () => ({
  ...jest.requireActual('@grafana/ui'),
  Sparkline: ({ sparkline }: { sparkline: { y: { values: number[] } } }) => (
    <span data-testid="sparkline">{sparkline.y.values.join(',')}</span>
  ),
}));

// The timeline's panel, as Grafana's PanelRenderer receives it: its frames and its zoom callback.
const panel: { data?: PanelData; pluginId?: string; onChangeTimeRange?: (r: AbsoluteTimeRange) => void } = {};
jest.mock('@grafana/runtime', () => ({
  getBackendSrv: jest.fn(),
  config: { datasources: {} },
  PanelRenderer: (props: typeof panel & { title: string }) => {
    Object.assign(panel, props);
    return <div aria-label={`panel ${props.title}`} />;
  },
}));

// The LogQL editor (CodeMirror) has its own tests; here a plain field keeps the page's many renders light on
// loaded CI machines.
jest.mock('../LogQLEditor/LogQLEditor', () => ({
  LogQLEditor: ({ value, 'data-testid': testId }: { value: string; 'data-testid'?: string }) => (
    <input aria-label="LogQL query" data-testid={testId} value={value} readOnly />
  ),
}));

// The first render of Grafana's Drawer loads a large module graph.
jest.setTimeout(60_000);

let fake: ReturnType<typeof fakeFetch>;
function setup(search: string, override?: FakeOverride) {
  // /api/v1/model with the decision rule the service now publishes.
  fake = fakeFetch(
    (req) =>
      override?.(req) ??
      (req.url.endsWith('/api/v1/model') ? of({ data: modelInfoWithDecision, status: 200, ok: true }) : undefined)
  );
  const fetch = jest.fn(fake.fetch);
  jest.mocked(getBackendSrv).mockReturnValue({ fetch } as unknown as ReturnType<typeof getBackendSrv>);
  setFakeDataSources(config);
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

// Line by line the shipped bundle finds no HDFS line anomalous; "Anomalies only" keeps the anomalous lines and the
// events of the stream's anomalous blocks (sequencesHdfs).
const ANOMALOUS_LINES = scoreHdfs.results.filter((r) => r.verdict === 'anomaly').length;
const ANOMALOUS_SEQUENCE_LINES = new Set([
  ...scoreHdfs.results.flatMap((r, i) => (r.verdict === 'anomaly' ? [i] : [])),
  ...sequencesHdfs.sequences.filter((q) => q.verdict === 'anomaly').flatMap((q) => q.lineIndices),
]).size;
const INCIDENTS = sequencesHdfs.sequences.filter((q) => q.verdict === 'anomaly');

// The recorded HDFS rows span 9–10 November 2008.
const HDFS = `ds=loki&query=${encodeURIComponent('{job="hdfs"}')}&from=1226262000000&to=1226315000000`;

describe('ExplainPage', () => {
  it('asks for a data source and a query first', () => {
    setup('');
    expect(screen.getByText('Pick a Loki data source and a LogQL query')).toBeInTheDocument();
  });

  it('lists scored lines with verdict, domain and score, and filters anomalies only', async () => {
    const { location } = setup(HDFS);
    const summary = await screen.findByTestId(testIds.explain.summary);
    expect(summary).toHaveTextContent(`${hdfsLokiRows.length} lines · ${ANOMALOUS_LINES} anomalies`);
    const list = screen.getByRole('listbox', { name: 'Scored log lines' });
    expect(within(list).getAllByRole('option').length).toBeGreaterThan(10);
    expect(within(list).getAllByRole('option')[0]).toHaveTextContent(/Normal.*Storage.*0\.\d\d.*Receiving block/);
    fireEvent.click(screen.getByLabelText('Anomalies only'));
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(ANOMALOUS_SEQUENCE_LINES));
    expect(location()).toContain('anomalies=1');
    const anomalous = within(list)
      .getAllByRole('option')
      .filter((row) => /Anomaly/.test(row.textContent ?? ''));
    expect(anomalous).toHaveLength(ANOMALOUS_LINES);
    for (const row of anomalous) {
      expect(row).toHaveTextContent(/^[\d-]+ [\d:.]+Anomaly(Storage|Filesystem)0\.9\d/);
    }
  });

  it('offers an alert rule on the current query, for the one domain picked', async () => {
    setup(HDFS);
    await screen.findByTestId(testIds.explain.summary);
    const model = () =>
      JSON.parse(
        new URL(
          screen.getByRole('link', { name: /Create alert rule/ }).getAttribute('href')!,
          'http://g'
        ).searchParams.get('defaults')!
      ).queries[0].model;
    expect(model()).toMatchObject({ queryType: 'rate', expr: '{job="hdfs"}' });
    expect(model()).not.toHaveProperty('domain');
    fireEvent.click(screen.getByRole('button', { name: /^Storage \d+\/\d+/ }));
    await waitFor(() => expect(model()).toMatchObject({ expr: '{job="hdfs"}', domain: 'storage' }));
  });

  it("lists the incidents ranked and opens one's reasoning", async () => {
    const { location } = setup(HDFS);
    await screen.findByTestId(testIds.explain.summary);
    fireEvent.click(await screen.findByRole('tab', { name: /Incidents.*2/ }));
    const list = await screen.findByRole('list', { name: 'Incidents' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(INCIDENTS.length);
    expect(items[0]).toHaveTextContent(
      new RegExp(`score ${INCIDENTS[0].score.toFixed(2)}.*hdfs-block ${INCIDENTS[0].key}`)
    );
    expect(items[0]).toHaveTextContent(/Root cause, event 4 \[INFO\]: writeBlock blk_<BLK> received exception/);
    fireEvent.click(within(items[0]).getByRole('button', { name: /Open reasoning/ }));
    const writeBlock = hdfsLokiRows.find((r) => r.line.includes('writeBlock'))!;
    await waitFor(() => expect(location()).toContain(`focus=${writeBlock.tsNs}`));
    expect(await screen.findByTestId(testIds.explain.reasoning)).toHaveTextContent(/Anomaly in storage/);
  });

  it("draws the timeline with Grafana's time series panel, anomalies stacked by domain, and zooms on a brush", async () => {
    const { location } = setup(HDFS);
    await screen.findByTestId(testIds.explain.summary);
    expect(panel.pluginId).toBe('timeseries');
    const frame = panel.data!.series[0];
    const names = frame.fields.map((f) => f.config.displayName ?? f.name);
    const anomalyDomains = [
      ...new Set(scoreHdfs.results.filter((r) => r.verdict === 'anomaly').map((r) => r.domain)),
    ].sort();
    const title = (d: string) => `${d[0].toUpperCase()}${d.slice(1)} anomalies`;
    expect(names).toEqual(['Time', 'Normal', ...anomalyDomains.map(title)]);
    const sum = (i: number) => (frame.fields[i].values as number[]).reduce((a, b) => a + b, 0);
    // Lines outside the range are not counted: all recorded lines fall in it.
    expect(names.slice(1).reduce((a, _n, i) => a + sum(i + 1), 0)).toBe(hdfsLokiRows.length);
    expect(sum(1)).toBe(hdfsLokiRows.length - ANOMALOUS_LINES);
    act(() => panel.onChangeTimeRange!({ from: 1226262000000, to: 1226263000000 }));
    await waitFor(() => expect(location()).toContain('from=1226262000000&to=1226263000000'));
  });

  it('shows each score with the cut it was compared with', async () => {
    setup(HDFS);
    const list = await screen.findByRole('listbox', { name: 'Scored log lines' });
    // Each row shows its score against the cut of its domain; the recorded HDFS lines are all below theirs.
    const first = scoreHdfs.results[0];
    await waitFor(() =>
      expect(within(list).getAllByRole('option')[0]).toHaveTextContent(
        new RegExp(`${first.score.toFixed(2)} < 0\\.\\d\\d`)
      )
    );
    const cut = Number(/ < (0\.\d\d)/.exec(within(list).getAllByRole('option')[0].textContent!)![1]);
    expect(first.score).toBeLessThan(cut);
    fireEvent.click(screen.getByLabelText('Anomalies only'));
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(ANOMALOUS_SEQUENCE_LINES));
    const writeBlock = scoreHdfs.results[hdfsLokiRows.findIndex((r) => r.line.includes('writeBlock'))];
    expect(
      within(list)
        .getByText(/writeBlock/)
        .closest('[role="option"]')
    ).toHaveTextContent(
      new RegExp(`${writeBlock.score.toFixed(2)} ${writeBlock.verdict === 'anomaly' ? '≥' : '<'} 0\\.\\d\\d`)
    );
  });

  it('hides the header, wraps lines and keeps the choice', async () => {
    setup(HDFS);
    const list = await screen.findByRole('listbox', { name: 'Scored log lines' });
    const first = () => within(list).getAllByRole('option')[0];
    expect(first()).toHaveTextContent(/081109 2035\d\d \d+ INFO dfs\./);
    fireEvent.click(screen.getByLabelText('Hide header'));
    await waitFor(() => expect(first()).not.toHaveTextContent(/081109/));
    expect(first()).toHaveTextContent(/Receiving block blk_/);
    fireEvent.click(screen.getByLabelText('Wrap lines'));
    await waitFor(() => expect(first().style.height).toBe(''));
    expect(JSON.parse(window.localStorage.getItem('grafana.plugins.anomalylens.display')!)).toEqual({
      wrap: true,
      hideHeader: true,
    });
    window.localStorage.clear();
  });

  it('filters the lines to the patterns picked in the Patterns tab', async () => {
    const { location } = setup(HDFS);
    await screen.findByTestId(testIds.explain.summary);
    fireEvent.click(screen.getByRole('tab', { name: /Patterns/ }));
    const table = await screen.findByRole('table', { name: 'Patterns' });
    const rows = within(table).getAllByRole('row').slice(1);
    // No HDFS line is anomalous on its own, so no share of anomalies ("—"); the pattern's sparkline counts its lines.
    const first = scoreHdfs.results.find((r) => rows[0].textContent!.includes(r.template.text))!;
    const count = scoreHdfs.results.filter((r) => r.template.id === first.template.id).length;
    expect(count).toBeLessThan(hdfsLokiRows.length);
    expect(rows[0]).toHaveTextContent(ANOMALOUS_LINES ? /%/ : /—/);
    const spark = within(rows[0]).getByTestId('sparkline').textContent!.split(',').map(Number);
    expect(spark.reduce((a, b) => a + b, 0)).toBe(count);
    fireEvent.click(rows[0]);
    fireEvent.click(screen.getByRole('button', { name: /Show the lines of 1 pattern/ }));
    const list = await screen.findByRole('listbox', { name: 'Scored log lines' });
    // The list is virtualised: every rendered row is a line of the picked pattern, and the first is its first line.
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('option')
          .every((o) => scoreHdfs.results[Number(o.dataset.lineIndex)].template.id === first.template.id)
      ).toBe(true)
    );
    expect(Number(within(list).getAllByRole('option')[0].dataset.lineIndex)).toBe(
      scoreHdfs.results.findIndex((r) => r.template.id === first.template.id)
    );
    expect(location()).toMatch(/template=[0-9a-f]+/);
  });

  it('includes a field value from the Fields tab by editing the LogQL', async () => {
    const { location } = setup(HDFS);
    await screen.findByTestId(testIds.explain.summary);
    fireEvent.click(screen.getByRole('tab', { name: /Fields/ }));
    const level = await screen.findByRole('region', { name: 'Breakdown by component' });
    fireEvent.click(within(level).getByRole('button', { name: 'Include component dfs.DataNode$DataXceiver' }));
    await waitFor(() =>
      expect(new URLSearchParams(location()).get('query')).toBe('{job="hdfs"} |= "dfs.DataNode$DataXceiver"')
    );
  });

  it("offers Open in Explore and a link to the line, and the line's details", async () => {
    setup(HDFS);
    const list = await screen.findByRole('listbox', { name: 'Scored log lines' });
    fireEvent.click(screen.getByLabelText('Anomalies only'));
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(ANOMALOUS_SEQUENCE_LINES));
    fireEvent.click(within(list).getByText(/writeBlock/));
    await screen.findByTestId(testIds.explain.reasoning);
    const explore = screen.getByRole('link', { name: /Open in Explore/ });
    const panes = JSON.parse(new URL(explore.getAttribute('href')!, 'http://x').searchParams.get('panes')!);
    expect(panes.al.queries[0]).toMatchObject({ expr: '{job="hdfs"}', datasource: { uid: 'loki' } });
    const writeBlock = hdfsLokiRows.find((r) => r.line.includes('writeBlock'))!;
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link to this line' }));
    });
    expect(writeText.mock.calls[0][0]).toContain(`focus=${writeBlock.tsNs}`);
    const toggle = screen.getByRole('button', { name: 'Log details' });
    if (toggle.getAttribute('aria-expanded') !== 'true') {
      fireEvent.click(toggle);
    }
    const details = await screen.findByLabelText('Log details', { selector: 'div' });
    expect(details).toHaveTextContent(/job\s*hdfs/);
    expect(details).toHaveTextContent(/componentdfs\.DataNode\$DataXceiver/);
    const scored = scoreHdfs.results[hdfsLokiRows.indexOf(writeBlock)];
    expect(details).toHaveTextContent(
      new RegExp(`score${scored.score.toFixed(2)} ${scored.verdict === 'anomaly' ? '≥' : '<'} 0\\.\\d\\d`)
    );
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
    const seq = explainHdfs.sequence;
    expect(reasoning).toHaveTextContent(
      `Anomaly in storage: ${seq.lineIndices.filter((i) => scoreHdfs.results[i].verdict === 'anomaly').length} of ${seq.lineIndices.length} events are anomalous lines`
    );
    for (const level of ['1. Event-wise', '2. Stage-wise', '3. Pattern', '4. Indicators', '5. Summary']) {
      expect(within(reasoning).getByText(new RegExp(`^${level.replace('.', '\\.')}`))).toBeInTheDocument();
    }
    // Events 2–4 are INFO lines the sequence model cites: the reasoning rates them warning and says their level
    // apart; event 1, not cited, stays info.
    const cited = within(reasoning).getByText('Events 2–4').closest('li')!;
    expect(cited).toHaveTextContent(/rated warning/);
    expect(cited).toHaveTextContent(/level INFO/);
    expect(within(reasoning).getByText('Event 1').closest('li')!).toHaveTextContent(/rated info/);
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
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(ANOMALOUS_SEQUENCE_LINES));
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
    // The drawer's first render loads a large module graph.
    expect(await screen.findByTestId(testIds.explain.reasoning, {}, { timeout: 15_000 })).toHaveTextContent(
      /Anomaly in storage/
    );
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
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(ANOMALOUS_SEQUENCE_LINES));
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

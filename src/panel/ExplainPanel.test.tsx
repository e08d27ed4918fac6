import React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { throwError } from 'rxjs';
import {
  createDataFrame,
  dataFrameFromJSON,
  FieldType,
  getDefaultTimeRange,
  LoadingState,
  type DataFrame,
  type PanelProps,
} from '@grafana/data';
import { getBackendSrv } from '@grafana/runtime';
import { fakeFetch, type FakeOverride } from '../__fixtures__/fakeGrafana';
import { bglLokiRows } from '../__fixtures__/bglLokiRows';
import { hdfsLokiRows } from '../__fixtures__/hdfsLokiRows';
import { scoreBgl } from '../__fixtures__/scoreBgl';
import { scoreHdfs } from '../__fixtures__/scoreHdfs';
import { sequencesHdfs } from '../__fixtures__/sequencesHdfs';
import { lokiFrameJSON } from '../__fixtures__/lokiFrames';
import { testIds } from '../Components/testIds';
import { ExplainPanel } from './ExplainPanel';
import { DEFAULT_PANEL_OPTIONS, type ExplainPanelOptions } from './types';

jest.mock('@grafana/runtime', () => ({ getBackendSrv: jest.fn() }));
jest.setTimeout(30_000);

function renderPanel(series: DataFrame[], options: Partial<ExplainPanelOptions> = {}, override?: FakeOverride) {
  const fetch = jest.fn(fakeFetch(override).fetch);
  jest.mocked(getBackendSrv).mockReturnValue({ fetch } as unknown as ReturnType<typeof getBackendSrv>);
  const props = {
    id: 1,
    data: { state: LoadingState.Done, series, timeRange: getDefaultTimeRange() },
    options: { ...DEFAULT_PANEL_OPTIONS, ...options },
    width: 900,
    height: 400,
    timeZone: 'utc',
  } as unknown as PanelProps<ExplainPanelOptions>;
  render(<ExplainPanel {...props} />);
  return fetch;
}

const hdfs = () => [dataFrameFromJSON(lokiFrameJSON(hdfsLokiRows))];
const bgl = () => [dataFrameFromJSON(lokiFrameJSON(bglLokiRows))];
const anomalous = (results: ReadonlyArray<{ verdict: string }>) =>
  results.filter((r) => r.verdict === 'anomaly').length;

describe('ExplainPanel', () => {
  it("scores the panel's Loki frames and lists anomalies only when asked", async () => {
    const fetch = renderPanel(hdfs(), { anomaliesOnly: true });
    // Line by line the shipped bundle finds every HDFS line normal; "anomalies only" still shows the events of the
    // anomalous block sequences (sequencesHdfs), and nothing else.
    const shown = new Set(scoreHdfs.results.flatMap((r, i) => (r.verdict === 'anomaly' ? [i] : [])));
    sequencesHdfs.sequences
      .filter((q) => q.verdict === 'anomaly')
      .forEach((q) => q.lineIndices.forEach((i) => shown.add(i)));
    expect(shown.size).toBeGreaterThan(0);
    expect(shown.size).toBeLessThan(hdfsLokiRows.length);
    expect(
      await screen.findByText(
        `${hdfsLokiRows.length} lines · ${anomalous(scoreHdfs.results)} anomalies · ${shown.size} shown`
      )
    ).toBeInTheDocument();
    const urls = fetch.mock.calls.map((c) => c[0].url);
    expect(urls).toContain('/api/plugin-proxy/anomalylens-explain-app/api/api/v1/score');
    expect(urls).toContain('/api/plugin-proxy/anomalylens-explain-app/api/api/v1/sequences');
  });

  it('lists the incidents and opens one in the lines', async () => {
    renderPanel(hdfs());
    fireEvent.click(await screen.findByRole('radio', { name: 'Incidents (2)' }));
    const items = within(await screen.findByRole('list', { name: 'Incidents' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/hdfs-block blk_7648436334209344608/);
    fireEvent.click(within(items[0]).getByRole('button', { name: /Open reasoning/ }));
    expect(await screen.findByTestId(testIds.explain.reasoning, {}, { timeout: 15_000 })).toHaveTextContent(
      /Anomaly in storage/
    );
  });

  it('filters by domain and caps at max lines', async () => {
    // BGL, whose lines the bundle routes to several domains; the newest 100 rows are kept.
    const kept = scoreBgl.results.slice(-100);
    const memory = kept.filter((r) => r.domain === 'memory').length;
    expect(memory).toBeGreaterThan(0);
    expect(memory).toBeLessThan(kept.length);
    renderPanel(bgl(), { maxLines: 100, domains: ['memory'] });
    expect(
      await screen.findByText(
        new RegExp(`^100 lines · ${anomalous(kept)} anomalies · ${memory} shown · capped at 100 most recent`)
      )
    ).toBeInTheDocument();
  });

  it('opens the reasoning drawer on a line', async () => {
    renderPanel(hdfs(), { anomaliesOnly: true });
    const list = await screen.findByRole('listbox');
    fireEvent.click(within(list).getByText(/writeBlock/));
    expect(await screen.findByTestId(testIds.explain.reasoning)).toHaveTextContent(/Anomaly in storage/);
  });

  it('asks for a log query when the frames are metrics', () => {
    const metric = createDataFrame({
      fields: [
        { name: 'Time', type: FieldType.time, values: [1] },
        { name: 'Value', type: FieldType.number, values: [1] },
      ],
    });
    renderPanel([metric]);
    expect(screen.getByText('Not log lines')).toBeInTheDocument();
  });

  it('says when there are no lines', () => {
    renderPanel([]);
    expect(screen.getByText('No log lines')).toBeInTheDocument();
  });

  it('shows the service error', async () => {
    renderPanel(hdfs(), {}, (req) =>
      req.url.endsWith('/score')
        ? throwError(() => ({
            status: 503,
            data: { error: { code: 'unavailable', message: 'no model is loaded yet (see /readyz)' } },
          }))
        : undefined
    );
    expect(await screen.findByText('Anomaly Lens is not ready')).toBeInTheDocument();
  });
});

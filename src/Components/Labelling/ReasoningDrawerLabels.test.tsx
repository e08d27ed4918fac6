import React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { of } from 'rxjs';
import { getBackendSrv } from '@grafana/runtime';
import { hdfsLokiRows } from '../../__fixtures__/hdfsLokiRows';
import { feedbackSingle } from '../../__fixtures__/labelStats';
import { scoreHdfs } from '../../__fixtures__/scoreHdfs';
import type { ScoredLine } from '../../services/analysis';
import { ReasoningDrawer } from '../Reasoning/ReasoningDrawer';

jest.mock('@grafana/runtime', () => ({ getBackendSrv: jest.fn() }));

// The first render of Grafana's Drawer loads a large module graph.
jest.setTimeout(30_000);

it('labels the drawer’s line with its template: the drawer gets the scored line typed as a LogLine', async () => {
  const fetch = jest.fn(() => of({ data: feedbackSingle, status: 201, ok: true }));
  jest.mocked(getBackendSrv).mockReturnValue({ fetch } as unknown as ReturnType<typeof getBackendSrv>);
  const i = hdfsLokiRows.findIndex((r) => r.line.includes('writeBlock'));
  const row = hdfsLokiRows[i];
  const line: ScoredLine = {
    index: i,
    tsNs: row.tsNs,
    timeMs: Number(BigInt(row.tsNs) / BigInt(1_000_000)),
    line: row.line,
    labels: row.labels,
    id: row.id,
    result: scoreHdfs.results[i],
  };
  render(
    <ReasoningDrawer
      line={line}
      state={{ status: 'loading' }}
      lineByIndex={() => undefined}
      onCite={() => undefined}
      onRetry={() => undefined}
      onClose={() => undefined}
    />
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Mark anomalous' }));
  await waitFor(() => expect(fetch).toHaveBeenCalled());
  expect(fetch.mock.calls[0]).toEqual([
    expect.objectContaining({
      data: expect.objectContaining({ verdict: 'anomaly', templateId: scoreHdfs.results[i].template.id }),
    }),
  ]);
  expect(await screen.findByText(/Label saved: marked anomalous/)).toBeInTheDocument();
});

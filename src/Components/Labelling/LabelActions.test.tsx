import React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { of, throwError } from 'rxjs';
import { getBackendSrv } from '@grafana/runtime';
import { hdfsLokiRows } from '../../__fixtures__/hdfsLokiRows';
import { feedbackSingle } from '../../__fixtures__/labelStats';
import { scoreHdfs } from '../../__fixtures__/scoreHdfs';
import type { ScoredLine } from '../../services/analysis';
import { APP_PROXY_BASE } from '../../services/api';
import { LabelInputSchema } from '../../services/labels';
import { LabelActions } from './LabelActions';

jest.mock('@grafana/runtime', () => ({ getBackendSrv: jest.fn() }));

// Combobox virtualises its options by the size of a scroller that jsdom neither styles nor lays out.
const rect = { x: 0, y: 0, top: 0, left: 0, bottom: 300, right: 500, width: 500, height: 300, toJSON: () => ({}) };
beforeAll(() => {
  jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(rect);
  for (const prop of ['offsetHeight', 'clientHeight'] as const) {
    jest.spyOn(HTMLElement.prototype, prop, 'get').mockImplementation(function (this: HTMLElement) {
      return parseFloat(this.style.height) || 300;
    });
  }
});
afterAll(() => jest.restoreAllMocks());

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  jest.mocked(getBackendSrv).mockReturnValue({ fetch: fetchMock } as unknown as ReturnType<typeof getBackendSrv>);
});

const writeBlockAt = hdfsLokiRows.findIndex((r) => r.line.includes('writeBlock'));
const row = hdfsLokiRows[writeBlockAt];
const line: ScoredLine = {
  index: writeBlockAt,
  tsNs: row.tsNs,
  timeMs: Number(BigInt(row.tsNs) / BigInt(1_000_000)),
  line: row.line,
  labels: row.labels,
  id: row.id,
  result: scoreHdfs.results[writeBlockAt],
};

describe('LabelActions', () => {
  it('posts the line with its template and the verdict, and says it is saved', async () => {
    fetchMock.mockReturnValue(of({ data: feedbackSingle, status: 201, ok: true }));
    const onLabelled = jest.fn();
    render(<LabelActions line={line} onLabelled={onLabelled} />);
    fireEvent.click(screen.getByRole('button', { name: 'Mark normal' }));
    expect(await screen.findByText(/Label saved: marked normal/)).toBeInTheDocument();
    const req = fetchMock.mock.calls[0][0];
    expect(req).toMatchObject({ url: `${APP_PROXY_BASE}/api/v1/feedback`, method: 'POST' });
    expect(req.data).toEqual({
      line: row.line,
      verdict: 'normal',
      templateId: line.result.template.id,
      template: line.result.template.text,
      timestamp: row.tsNs,
      labels: row.labels,
      idempotencyKey: expect.stringMatching(/^grafana:\d+:[0-9a-f]{8}:normal:-$/),
    });
    expect(LabelInputSchema.safeParse(req.data).success).toBe(true);
    expect(onLabelled).toHaveBeenCalledWith(req.data, feedbackSingle);
    expect(screen.getByRole('button', { name: 'Mark normal' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('changes the domain with a domain-only label', async () => {
    fetchMock.mockReturnValue(of({ data: feedbackSingle, status: 201, ok: true }));
    render(<LabelActions line={line} />);
    const combo = screen.getByRole('combobox', { name: 'Change domain' });
    act(() => combo.focus());
    fireEvent.click(combo);
    fireEvent.change(combo, { target: { value: 'Netw' } });
    fireEvent.click(await screen.findByRole('option', { name: /Network/ }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(fetchMock.mock.calls[0][0].data).toMatchObject({ domain: 'network', templateId: line.result.template.id });
    expect(fetchMock.mock.calls[0][0].data).not.toHaveProperty('verdict');
    expect(await screen.findByText(/Label saved: domain Network/)).toBeInTheDocument();
  });

  it.each([
    [401, { error: { code: 'unauthorized', message: 'missing or invalid bearer token' } }, /Check the API key/],
    [
      429,
      { error: { code: 'overloaded', message: 'label writes are queued' } },
      /label writes are queued.*Retry after/,
    ],
    [
      503,
      { error: { code: 'unavailable', message: 'the label store is not configured on this service' } },
      /the label store is not configured on this service/,
    ],
  ])('shows the service message when the POST fails with %s', async (status, data, message) => {
    fetchMock.mockReturnValue(throwError(() => ({ status, data })));
    const onLabelled = jest.fn();
    render(<LabelActions line={line} onLabelled={onLabelled} />);
    fireEvent.click(screen.getByRole('button', { name: 'Mark anomalous' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(onLabelled).not.toHaveBeenCalled();
    // The buttons are usable again for a retry.
    expect(screen.getByRole('button', { name: 'Mark anomalous' })).toBeEnabled();
  });

  it('announces the Labelling page shortcuts when asked to', () => {
    render(<LabelActions line={line} shortcuts />);
    expect(screen.getByRole('button', { name: 'Mark normal' })).toHaveAttribute('aria-keyshortcuts', 'n');
    expect(screen.getByRole('button', { name: 'Mark anomalous' })).toHaveAttribute('aria-keyshortcuts', 'a');
    expect(screen.getByRole('combobox', { name: 'Change domain' })).toHaveAttribute('aria-keyshortcuts', 'd');
  });
});

import React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { bglLokiRows } from '../../__fixtures__/bglLokiRows';
import { scoreBgl } from '../../__fixtures__/scoreBgl';
import type { ScoredLine } from '../../services/analysis';
import { ScoredLinesList } from './ScoredLinesList';

function synthetic(n: number): ScoredLine[] {
  return Array.from({ length: n }, (_, i) => {
    const r = bglLokiRows[i % bglLokiRows.length];
    return {
      index: i,
      tsNs: r.tsNs,
      timeMs: Number(r.tsNs.slice(0, -6)),
      line: r.line,
      labels: r.labels,
      id: `${r.id}~${i}`,
      result: { ...scoreBgl.results[i % bglLokiRows.length], index: i },
    };
  });
}

describe('ScoredLinesList', () => {
  it('renders only a window of 10,000 lines', () => {
    const lines = synthetic(10_000);
    const t0 = performance.now();
    render(<ScoredLinesList lines={lines} onSelect={() => undefined} height={640} />);
    const elapsed = performance.now() - t0;
    const options = screen.getAllByRole('option');
    expect(options.length).toBeLessThan(60);
    expect(options[0]).toHaveAttribute('id', 'anomalylens-line-0');
    // Generous bound for CI; a full render would take seconds in jsdom.
    expect(elapsed).toBeLessThan(2000);
  });

  it('moves with the keyboard and opens a line with Enter or a click', () => {
    const lines = synthetic(100);
    const onSelect = jest.fn();
    render(<ScoredLinesList lines={lines} onSelect={onSelect} height={320} selected={3} />);
    const list = screen.getByRole('listbox', { name: 'Scored log lines' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(list).toHaveAttribute('aria-activedescendant', 'anomalylens-line-2');
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith(lines[2]);
    fireEvent.keyDown(list, { key: 'End' });
    expect(list).toHaveAttribute('aria-activedescendant', 'anomalylens-line-99');
    fireEvent.keyDown(list, { key: 'Home' });
    fireEvent.click(within(list).getAllByRole('option')[1]);
    expect(onSelect).toHaveBeenLastCalledWith(lines[1]);
    expect(within(list).getAllByRole('option')[3]).toHaveAttribute('aria-selected', 'true');
  });
});

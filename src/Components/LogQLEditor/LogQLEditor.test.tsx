import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { syntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { getBackendSrv } from '@grafana/runtime';
import { fakeFetch } from '../../__fixtures__/fakeGrafana';
import { cachedLabels, lokiLabelNames, lokiLabelValues } from '../../services/lokiLabels';
import { LogQLEditor } from './LogQLEditor';
import { logqlCompletionSource, logqlLanguage } from './logqlLanguage';

jest.mock('@grafana/runtime', () => ({ ...jest.requireActual('@grafana/runtime'), getBackendSrv: jest.fn() }));

const RANGE = { fromMs: 1226262000000, toMs: 1226315000000 };

function withFake() {
  const fetch = jest.fn(fakeFetch().fetch);
  jest.mocked(getBackendSrv).mockReturnValue({ fetch } as unknown as ReturnType<typeof getBackendSrv>);
  return fetch;
}

/** Runs the completion source at § in the query, as CodeMirror does (explicit: Ctrl+Space). */
async function complete(query: string, uid: string | null = 'loki'): Promise<CompletionResult | null> {
  const doc = query.replace('§', '');
  const state = EditorState.create({ doc, extensions: [logqlLanguage] });
  const source = logqlCompletionSource(() => ({ uid: uid ?? undefined, range: RANGE }), cachedLabels());
  return source(new CompletionContext(state, query.indexOf('§'), true));
}

describe('LogQL completion', () => {
  beforeEach(() => withFake());

  it("completes label names from the Loki data source's label API", async () => {
    const res = await complete('{§');
    expect(res?.from).toBe(1);
    expect(res?.options.map((o) => o.label)).toEqual(expect.arrayContaining(['job']));
  });

  it("completes the matcher's label values, escaped for the quote", async () => {
    const res = await complete('{job="§');
    expect(res?.from).toBe(6);
    expect(res?.options.map((o) => o.label).sort()).toEqual(['bgl', 'hdfs']);
  });

  it('completes pipeline stages without a data source, labels only with one', async () => {
    expect((await complete('{job="bgl"} | lo§', null))?.options.map((o) => o.label)).toContain('logfmt');
    expect(await complete('{§', null)).toBeNull();
    expect(await complete('{job="bgl"} |= "x§')).toBeNull();
  });

  it('completes nothing when Loki refuses the label API', async () => {
    jest.mocked(getBackendSrv).mockReturnValue({
      fetch: () => {
        throw { status: 403, data: { message: 'forbidden' } };
      },
    } as unknown as ReturnType<typeof getBackendSrv>);
    expect(await complete('{§')).toBeNull();
  });

  it('asks Loki once per label and range, over the range in nanoseconds', async () => {
    const fetch = withFake();
    const labels = cachedLabels();
    await labels.values('loki', 'job', RANGE);
    await labels.values('loki', 'job', RANGE);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0]).toMatchObject({
      url: '/api/datasources/uid/loki/resources/label/job/values',
      params: { start: '1226262000000000000', end: '1226315000000000000' },
    });
    await expect(lokiLabelNames('loki', RANGE)).resolves.toContain('job');
    await expect(lokiLabelValues('loki', 'job', RANGE)).resolves.toEqual(['bgl', 'hdfs']);
  });
});

describe('LogQL highlighting', () => {
  it("parses with Grafana's LogQL grammar", () => {
    const state = EditorState.create({ doc: '{job="bgl"} |= "x" | json', extensions: [logqlLanguage] });
    const names: string[] = [];
    syntaxTree(state).iterate({ enter: (n) => void names.push(n.name) });
    expect(names).toEqual(
      expect.arrayContaining(['Selector', 'Matcher', 'Identifier', 'String', 'LineFilter', 'Json'])
    );
    expect(names).not.toContain('⚠');
  });
});

describe('LogQLEditor', () => {
  function setup(value = '{job="hdfs"}') {
    withFake();
    const onChange = jest.fn();
    const onCommit = jest.fn();
    const utils = render(
      <LogQLEditor
        value={value}
        onChange={onChange}
        onCommit={onCommit}
        lokiUid="loki"
        range={RANGE}
        data-testid="editor"
      />
    );
    const content = screen.getByTestId('editor');
    const view = EditorView.findFromDOM(content)!;
    return { ...utils, content, view, onChange, onCommit };
  }

  it('shows the query highlighted, reports edits and commits on Enter', () => {
    const { content, view, onChange, onCommit } = setup();
    expect(content).toHaveAttribute('aria-label', 'LogQL query');
    expect(content).toHaveTextContent('{job="hdfs"}');
    // The string and the label name are in highlighted spans of their own.
    expect(Array.from(content.querySelectorAll('span')).map((e) => e.textContent)).toEqual(
      expect.arrayContaining(['job', '"hdfs"'])
    );
    view.dispatch({ changes: { from: view.state.doc.length, insert: ' |= "error"' } });
    expect(onChange).toHaveBeenLastCalledWith('{job="hdfs"} |= "error"');
    fireEvent.keyDown(content, { key: 'Enter', code: 'Enter', keyCode: 13 });
    expect(onCommit).toHaveBeenLastCalledWith('{job="hdfs"} |= "error"', 'enter');
  });

  it('takes a new query from outside', () => {
    const { view, rerender, onChange, onCommit } = setup();
    rerender(<LogQLEditor value='{job="bgl"}' onChange={onChange} onCommit={onCommit} range={RANGE} />);
    expect(view.state.doc.toString()).toBe('{job="bgl"}');
  });
});

/**
 * A one-line LogQL editor: CodeMirror 6 with Grafana's LogQL grammar for highlighting and completion of the picked
 * Loki data source's label names and values (see logqlLanguage). Enter runs (or, with a completion open, accepts
 * it), Shift+Enter breaks the line. The document is the draft: `onChange` on every edit, `onCommit` on Enter and blur.
 */
import React, { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { css, cx } from '@emotion/css';
import { autocompletion, closeBrackets } from '@codemirror/autocomplete';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder as placeholderText } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { cachedLabels, type LabelRange } from '../../services/lokiLabels';
import { logqlCompletionSource, logqlLanguage, type LabelSource } from './logqlLanguage';

export interface LogQLEditorProps {
  value: string;
  onChange: (draft: string) => void;
  /** Enter (no completion open) and blur: the draft is the query now. */
  onCommit: (draft: string, how: 'enter' | 'blur') => void;
  /** The Loki data source whose labels complete; none: only pipeline stages complete. */
  lokiUid?: string;
  range: LabelRange;
  placeholder?: string;
  'aria-label'?: string;
  'data-testid'?: string;
  /** Injected in tests; by default the data source's resource API, cached per label and range. */
  labels?: LabelSource;
}

export function LogQLEditor(props: LogQLEditorProps) {
  const { value, lokiUid, range, placeholder, labels } = props;
  const s = useStyles2(getStyles);
  const theme = useTheme2();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The view is built once; it reads the latest props through this ref.
  const latest = useRef(props);
  const context = useRef({ uid: lokiUid, range });
  useLayoutEffect(() => {
    latest.current = props;
    context.current = { uid: lokiUid, range };
  });
  const source = useMemo(() => labels ?? cachedLabels(), [labels]);
  const highlight = useMemo(() => highlightStyle(theme), [theme]);

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: latest.current.value,
        extensions: [
          logqlLanguage,
          syntaxHighlighting(highlight),
          closeBrackets(),
          autocompletion({ override: [logqlCompletionSource(() => context.current, source)], icons: false }),
          keymap.of([
            {
              key: 'Enter',
              run: (v) => {
                latest.current.onCommit(v.state.doc.toString(), 'enter');
                return true;
              },
              shift: (v) => {
                v.dispatch(v.state.replaceSelection('\n'));
                return true;
              },
            },
          ]),
          placeholderText(placeholder ?? ''),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({
            'aria-label': latest.current['aria-label'] ?? 'LogQL query',
            ...(latest.current['data-testid'] ? { 'data-testid': latest.current['data-testid'] } : {}),
          }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) {
              latest.current.onChange(u.state.doc.toString());
            }
          }),
          EditorView.domEventHandlers({
            blur: (_e, v) => {
              latest.current.onCommit(v.state.doc.toString(), 'blur');
            },
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [highlight, source, placeholder]);

  // A query from outside (URL, include/exclude buttons) replaces the document.
  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value) {
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div ref={host} className={cx(s.editor, 'anomalylens-logql')} />;
}

function highlightStyle(theme: GrafanaTheme2) {
  const c = (name: string) => theme.visualization.getColorByName(name);
  return HighlightStyle.define([
    { tag: t.keyword, color: c('purple') },
    { tag: t.function(t.variableName), color: c('blue') },
    { tag: t.labelName, color: c('orange') },
    { tag: t.string, color: c('green') },
    { tag: t.number, color: c('yellow') },
    { tag: t.operator, color: theme.colors.text.secondary },
    { tag: t.lineComment, color: theme.colors.text.disabled, fontStyle: 'italic' },
  ]);
}

const getStyles = (theme: GrafanaTheme2) => ({
  editor: css({
    '.cm-editor': {
      minHeight: theme.spacing(theme.components.height.md),
      background: theme.components.input.background,
      border: `1px solid ${theme.components.input.borderColor}`,
      borderRadius: theme.shape.radius.default,
      color: theme.components.input.text,
    },
    '.cm-editor.cm-focused': {
      outline: `2px solid ${theme.colors.primary.main}`,
      outlineOffset: -1,
    },
    '.cm-content': {
      fontFamily: theme.typography.fontFamilyMonospace,
      fontSize: theme.typography.bodySmall.fontSize,
      padding: theme.spacing(0.75, 1),
      caretColor: theme.colors.text.primary,
    },
    '.cm-placeholder': { color: theme.colors.text.disabled },
    '.cm-tooltip-autocomplete': {
      background: theme.colors.background.elevated,
      border: `1px solid ${theme.colors.border.weak}`,
      boxShadow: theme.shadows.z3,
      fontFamily: theme.typography.fontFamilyMonospace,
    },
    '.cm-tooltip-autocomplete ul li[aria-selected]': {
      background: theme.colors.action.selected,
      color: theme.colors.text.primary,
    },
  }),
});

/**
 * Scored lines with the reasoning drawer: shared by the Explain page and the Explain anomaly panel.
 * Selecting a line asks the service for its sequence's reasoning; cited events scroll to and highlight lines.
 */
import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiClient } from '../../services/api';
import type { ScoredLine } from '../../services/analysis';
import { annotationFor, postAnnotation } from '../../services/annotations';
import { eventLineIndex, mapExplainIndices, prepareExplain } from '../../services/explainRequest';
import { toServiceError } from '../../services/errors';
import type { ModelInfo } from '../../services/contract';
import type { LogLine } from '../../services/frames';
import type { LineParts } from '../../services/lineParts';
import type { LinkContext } from '../../services/links';
import { ReasoningDrawer, type ExplainState } from '../Reasoning/ReasoningDrawer';
import { ScoredLinesList, type ScoredLinesListHandle } from '../ScoredLines/ScoredLinesList';

export interface ExplainViewProps {
  client: ApiClient;
  /** All loaded lines, time-ordered (the explain window is cut from these). */
  all: LogLine[];
  /** The scored lines to list (after filters). */
  visible: ScoredLine[];
  height: number;
  timeZone?: string;
  /** Open the reasoning of this line on load (LogLine.index). */
  initialFocus?: number;
  /** Whether "Add annotation" is offered. */
  annotations?: boolean;
  /** A cited line is hidden by the filters: the owner may clear them; the view scrolls once it is listed. */
  onRevealLine?: (lineIndex: number) => void;
  /** Extra annotation fields, e.g. the panel's dashboard. */
  annotationScope?: { dashboardUID?: string; panelId?: number };
  /** The model's decision rule (scores with their cut). */
  model?: ModelInfo | null;
  /** Where row and drawer links point. */
  links?: LinkContext;
  wrap?: boolean;
  hideHeader?: boolean;
  partsOf?: (line: ScoredLine) => LineParts;
}

export function ExplainView({
  client,
  all,
  visible,
  height,
  timeZone,
  initialFocus,
  annotations = true,
  annotationScope,
  onRevealLine,
  model,
  links,
  wrap,
  hideHeader,
  partsOf,
}: ExplainViewProps) {
  const listRef = useRef<ScoredLinesListHandle>(null);
  const byIndex = useMemo(() => new Map(all.map((l) => [l.index, l])), [all]);
  const lineByIndex = useCallback((i: number) => byIndex.get(i), [byIndex]);
  // A link with focus (the provisioned derived field) opens that line's reasoning on load.
  const [selected, setSelected] = useState<LogLine | null>(() =>
    initialFocus === undefined ? null : (byIndex.get(initialFocus) ?? null)
  );
  const [highlighted, setHighlighted] = useState<ReadonlySet<number>>(new Set());
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string; state: ExplainState } | null>(null);
  const key = selected ? `${selected.index}:${attempt}` : '';
  const state: ExplainState = result && result.key === key ? result.state : { status: 'loading' };

  useEffect(() => {
    if (!selected) {
      return;
    }
    let cancelled = false;
    const position = all.findIndex((l) => l.index === selected.index);
    const prepared = prepareExplain(all, position);
    client
      .explain(prepared.request)
      .then((response) => {
        if (cancelled) {
          return;
        }
        const explanation = mapExplainIndices(response, prepared.lineIndexOf);
        setResult({ key, state: { status: 'done', explanation } });
        setHighlighted(new Set(explanation.sequence.lineIndices));
      })
      .catch((e: unknown) => {
        if (!cancelled) {
          setResult({ key, state: { status: 'error', error: toServiceError(e, 'explaining the sequence') } });
        }
      });
    return () => {
      cancelled = true;
    };
  }, [selected, all, client, key]);

  useEffect(() => {
    if (initialFocus !== undefined) {
      // After the list has measured itself.
      const id = requestAnimationFrame(() => listRef.current?.scrollToLine(initialFocus));
      return () => cancelAnimationFrame(id);
    }
    return undefined;
  }, [initialFocus]);

  // Scroll to a cited line once the owner's filters let it through.
  const pendingScroll = useRef<number | null>(null);
  useEffect(() => {
    const pending = pendingScroll.current;
    if (pending !== null && listRef.current?.scrollToLine(pending)) {
      pendingScroll.current = null;
    }
  }, [visible]);

  const onCite = (event: number) => {
    if (state.status !== 'done') {
      return;
    }
    const lineIndex = eventLineIndex(state.explanation, event);
    if (lineIndex === undefined || lineIndex < 0) {
      return;
    }
    setHighlighted(new Set([lineIndex]));
    if (!listRef.current?.scrollToLine(lineIndex) && onRevealLine) {
      pendingScroll.current = lineIndex;
      onRevealLine(lineIndex);
    }
  };

  const onAnnotate = async () => {
    if (state.status !== 'done') {
      throw new Error('no explanation to annotate');
    }
    const times = state.explanation.sequence.lineIndices.flatMap((i) => byIndex.get(i)?.timeMs ?? []);
    const body = { ...annotationFor(state.explanation, times), ...annotationScope };
    try {
      const { id } = await postAnnotation(body);
      return `Annotation ${id} added (tags: ${body.tags.join(', ')})`;
    } catch (e) {
      const status = (e as { status?: number }).status;
      throw new Error(
        status === 403
          ? 'Your Grafana role may not write annotations (403). Ask an editor or admin.'
          : `Grafana did not save the annotation${status ? ` (HTTP ${status})` : ''}: ${
              (e as { data?: { message?: string } }).data?.message ?? (e as Error).message ?? 'unknown error'
            }`
      );
    }
  };

  return (
    <>
      <ScoredLinesList
        ref={listRef}
        lines={visible}
        selected={selected?.index}
        highlighted={highlighted}
        onSelect={(l) => setSelected(l)}
        height={height}
        timeZone={timeZone}
        model={model}
        links={links}
        wrap={wrap}
        hideHeader={hideHeader}
        partsOf={partsOf}
      />
      {selected && (
        <ReasoningDrawer
          line={selected}
          result={'result' in selected ? (selected as ScoredLine).result : undefined}
          model={model}
          links={links}
          state={state}
          lineByIndex={lineByIndex}
          onCite={onCite}
          onAnnotate={annotations ? onAnnotate : undefined}
          onRetry={() => setAttempt((a) => a + 1)}
          onClose={() => {
            setSelected(null);
            setHighlighted(new Set());
            listRef.current?.focus();
          }}
          timeZone={timeZone}
        />
      )}
    </>
  );
}

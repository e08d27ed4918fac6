/**
 * The scored lines, virtualised so 10,000+ rows stay fast. A listbox: arrow keys move the active row, Enter or a
 * click opens its reasoning. Cited events from the reasoning are highlighted and scrolled into view.
 * Rows are coloured by log level as in Grafana's logs panel; wrapped rows are measured (variable heights);
 * "hide header" shows the message after the header the service's parser found.
 */
import React, { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { css, cx } from '@emotion/css';
import { useVirtualizer } from '@tanstack/react-virtual';
import { dateTimeFormat, type GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import type { ScoredLine } from '../../services/analysis';
import type { ModelInfo } from '../../services/contract';
import { lineParts, type LineParts } from '../../services/lineParts';
import type { LinkContext } from '../../services/links';
import { formatScoreWithCut, scoreCut } from '../../services/scoreCut';
import { baselineOf } from '../../services/baseline';
import { BaselineMarker } from '../Patterns/BaselineMarker';
import { DomainChip, VerdictBadge } from '../Domain/DomainChip';
import { testIds } from '../testIds';
import { levelColour } from './levelColours';
import { RowActions } from './RowActions';

export const ROW_HEIGHT = 32;

export interface ScoredLinesListProps {
  lines: ScoredLine[];
  /** Line index (LogLine.index) of the line whose reasoning is open. */
  selected?: number;
  /** Line indices cited by the reasoning. */
  highlighted?: ReadonlySet<number>;
  onSelect: (line: ScoredLine) => void;
  height?: number;
  timeZone?: string;
  /** Initial viewport before the browser measures it (jsdom measures nothing). */
  initialWidth?: number;
  /** Wrap long lines (rows grow) instead of cutting them with an ellipsis. */
  wrap?: boolean;
  /** Show the message without its header (timestamp, node, level…). */
  hideHeader?: boolean;
  /** The model's decision rule, to show each score with the cut it was compared with. */
  model?: ModelInfo | null;
  /** Where "Open in Explore" and "copy link" point; no row actions without it. */
  links?: LinkContext;
  /** Parsed parts of a line (cached by the owner); parsed here when absent. */
  partsOf?: (line: ScoredLine) => LineParts;
}

export interface ScoredLinesListHandle {
  /** Scrolls to a line by its LogLine.index; false when the line is filtered out. */
  scrollToLine(lineIndex: number): boolean;
  /** Gives the keyboard focus back to the list (after the drawer closes). */
  focus(): void;
}

export const ScoredLinesList = forwardRef<ScoredLinesListHandle, ScoredLinesListProps>(function ScoredLinesList(
  {
    lines,
    selected,
    highlighted,
    onSelect,
    height = 600,
    timeZone,
    initialWidth = 1000,
    wrap = false,
    hideHeader = false,
    model,
    links,
    partsOf = lineParts,
  },
  ref
) {
  const s = useStyles2(getStyles);
  const theme = useTheme2();
  const parentRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: initialWidth, height },
    getItemKey: (i) => lines[i]?.index ?? i,
  });
  // Wrapped rows have their own heights: measure again when wrapping or the text shown changes.
  useEffect(() => {
    virtualizer.measure();
  }, [virtualizer, wrap, hideHeader]);

  const positionOf = useCallback((lineIndex: number) => lines.findIndex((l) => l.index === lineIndex), [lines]);

  useImperativeHandle(
    ref,
    () => ({
      scrollToLine(lineIndex: number) {
        const pos = positionOf(lineIndex);
        if (pos < 0) {
          return false;
        }
        setActive(pos);
        virtualizer.scrollToIndex(pos, { align: 'center' });
        return true;
      },
      focus() {
        parentRef.current?.focus();
      },
    }),
    [positionOf, virtualizer]
  );

  useEffect(() => {
    if (active >= lines.length) {
      setActive(Math.max(0, lines.length - 1));
    }
  }, [active, lines.length]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (lines.length === 0) {
      return;
    }
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: page,
      PageUp: -page,
      Home: -lines.length,
      End: lines.length,
    };
    if (e.key in moves) {
      e.preventDefault();
      const next = Math.min(lines.length - 1, Math.max(0, active + moves[e.key]));
      setActive(next);
      virtualizer.scrollToIndex(next);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(lines[active]);
    }
  };

  const activeLine = lines[active];
  return (
    <div
      ref={parentRef}
      className={s.scroller}
      style={{ height }}
      role="listbox"
      tabIndex={0}
      aria-label="Scored log lines"
      aria-activedescendant={activeLine ? rowId(activeLine.index) : undefined}
      onKeyDown={onKeyDown}
      data-testid={testIds.explain.lines}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const line = lines[item.index];
          const r = line.result;
          const parts = partsOf(line);
          const cut = scoreCut(r, model);
          const baseline = baselineOf(r);
          const text = hideHeader ? parts.message : line.line;
          return (
            <div
              key={line.index}
              id={rowId(line.index)}
              role="option"
              aria-selected={selected === line.index}
              data-line-index={line.index}
              data-index={item.index}
              data-level={parts.level}
              ref={wrap ? virtualizer.measureElement : undefined}
              className={cx(
                s.row,
                wrap && s.wrapped,
                item.index === active && s.active,
                highlighted?.has(line.index) && s.highlighted,
                selected === line.index && s.selected
              )}
              style={{
                transform: `translateY(${item.start}px)`,
                height: wrap ? undefined : ROW_HEIGHT,
                minHeight: ROW_HEIGHT,
                borderLeftColor: levelColour(theme, parts.level),
              }}
              onClick={() => {
                setActive(item.index);
                onSelect(line);
              }}
            >
              <span className={s.time}>
                {dateTimeFormat(line.timeMs, { format: 'YYYY-MM-DD HH:mm:ss.SSS', timeZone })}
              </span>
              <span className={s.badge}>
                <VerdictBadge verdict={r.verdict} />
              </span>
              <span className={s.domain}>
                <DomainChip domain={r.domain} />
              </span>
              <span
                className={s.score}
                aria-label={`score ${r.score.toFixed(2)}${cut?.cut != null ? `, cut ${cut.cut.toFixed(2)}` : ''}`}
                title={
                  cut
                    ? `Calibrated probability of an anomaly ${r.score.toFixed(3)}; ${
                        cut.cut === null ? 'decided by routing' : `anomaly at ≥ ${cut.cut.toFixed(3)}`
                      } (${cut.rule})`
                    : `Calibrated probability of an anomaly ${r.score.toFixed(3)}`
                }
              >
                {formatScoreWithCut(r.score, cut)}
              </span>
              <span className={s.marker}>{baseline && <BaselineMarker baseline={baseline} />}</span>
              <span className={cx(s.text, wrap && s.textWrapped)} title={wrap ? undefined : line.line}>
                {text}
              </span>
              {links && (
                <span className={s.actions} data-row-actions>
                  <RowActions links={links} line={line} />
                </span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
});

export const rowId = (lineIndex: number) => `anomalylens-line-${lineIndex}`;

const getStyles = (theme: GrafanaTheme2) => ({
  scroller: css({
    overflow: 'auto',
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.primary,
    '&:focus-visible': {
      outline: `2px solid ${theme.colors.primary.main}`,
      outlineOffset: 1,
    },
  }),
  row: css({
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: theme.spacing(0, 1),
    cursor: 'pointer',
    borderLeft: '3px solid transparent',
    fontFamily: theme.typography.fontFamilyMonospace,
    fontSize: theme.typography.bodySmall.fontSize,
    '&:hover': { background: theme.colors.action.hover },
    '&:hover [data-row-actions], &:focus-within [data-row-actions]': { visibility: 'visible' },
  }),
  wrapped: css({ alignItems: 'flex-start', padding: theme.spacing(0.5, 1) }),
  active: css({ background: theme.colors.action.hover }),
  highlighted: css({ background: theme.colors.warning.transparent }),
  selected: css({
    background: theme.colors.action.selected,
    boxShadow: `inset 0 0 0 1px ${theme.colors.primary.border}`,
  }),
  time: css({ flex: '0 0 170px', color: theme.colors.text.secondary }),
  badge: css({ flex: '0 0 86px' }),
  domain: css({ flex: '0 0 108px', overflow: 'hidden' }),
  score: css({ flex: '0 0 96px', textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }),
  marker: css({ flex: '0 0 64px' }),
  text: css({ flex: 1, minWidth: 0, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }),
  textWrapped: css({ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: '20px' }),
  actions: css({ flex: '0 0 auto', visibility: 'hidden' }),
});

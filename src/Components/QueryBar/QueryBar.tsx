/** Loki data source, LogQL query and time range, bound to the URL by the page. */
import React, { useMemo, useState } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2, TimeRange } from '@grafana/data';
import { Button, Combobox, Field, TimeRangePicker, useStyles2 } from '@grafana/ui';
import { lokiDataSources } from '../../services/loki';
import { LogQLEditor } from '../LogQLEditor/LogQLEditor';
import { toTimeRange } from '../../services/urlState';
import { testIds } from '../testIds';

export interface QueryBarProps {
  ds?: string;
  query: string;
  range: TimeRange;
  onChange: (next: { ds?: string; query?: string; range?: TimeRange }) => void;
  onRun: () => void;
  running?: boolean;
  timeZone?: string;
}

export function QueryBar({ ds, query, range, onChange, onRun, running, timeZone }: QueryBarProps) {
  const s = useStyles2(getStyles);
  const options = useMemo(() => lokiDataSources().map((d) => ({ label: d.name, value: d.uid })), []);
  const [draft, setDraft] = useState(query);
  const [shown, setShown] = useState(query);
  // A new query from the URL (back button, link) replaces the draft.
  if (shown !== query) {
    setShown(query);
    setDraft(query);
  }
  // The current value may be a non-Loki uid from a hand-written link; keep it visible so the error makes sense.
  const value = ds && !options.some((o) => o.value === ds) ? { label: ds, value: ds } : ds;
  const allOptions = ds && !options.some((o) => o.value === ds) ? [...options, { label: ds, value: ds }] : options;

  const span = range.to.valueOf() - range.from.valueOf();
  const shift = (direction: -1 | 1) =>
    onChange({
      range: toTimeRange(
        String(range.from.valueOf() + direction * span),
        String(range.to.valueOf() + direction * span)
      ),
    });
  const zoomOut = () =>
    onChange({
      range: toTimeRange(
        String(Math.round(range.from.valueOf() - span / 2)),
        String(Math.round(range.to.valueOf() + span / 2))
      ),
    });

  return (
    <div className={s.bar}>
      <Field label="Loki data source" className={s.field} noMargin>
        <Combobox
          id="anomalylens-ds"
          width={28}
          options={allOptions}
          value={typeof value === 'string' ? value : value?.value}
          placeholder="Pick a Loki data source"
          onChange={(o) => onChange({ ds: o.value })}
        />
      </Field>
      <Field label="LogQL query" className={s.grow} noMargin>
        <LogQLEditor
          data-testid={testIds.explain.query}
          value={draft}
          placeholder='{job="bgl"}'
          lokiUid={ds}
          range={{ fromMs: range.from.valueOf(), toMs: range.to.valueOf() }}
          onChange={setDraft}
          onCommit={(text, how) => {
            if (text !== query) {
              onChange({ query: text });
            } else if (how === 'enter') {
              onRun();
            }
          }}
        />
      </Field>
      <div className={s.picker}>
        <TimeRangePicker
          value={range}
          timeZone={timeZone}
          onChange={(r) => onChange({ range: r })}
          onChangeTimeZone={() => undefined}
          onMoveBackward={() => shift(-1)}
          onMoveForward={() => shift(1)}
          onZoom={zoomOut}
        />
      </div>
      <Button icon={running ? 'spinner' : 'sync'} onClick={onRun} disabled={running} data-testid={testIds.explain.run}>
        Run
      </Button>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  bar: css({
    display: 'flex',
    gap: theme.spacing(1),
    alignItems: 'flex-end',
    flexWrap: 'wrap',
    marginBottom: theme.spacing(2),
  }),
  field: css({ marginBottom: 0 }),
  grow: css({ flex: '1 1 320px', marginBottom: 0 }),
  picker: css({ display: 'flex' }),
});

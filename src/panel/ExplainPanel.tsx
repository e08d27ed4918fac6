/**
 * "Explain anomaly" panel: the panel's Loki log frames, scored by the Anomaly Lens app's service, with the
 * reasoning drawer. Scoring goes through the app's plugin proxy, so the app must be enabled and configured.
 */
import React, { useEffect, useMemo, useState } from 'react';
import { css } from '@emotion/css';
import { LoadingState, type GrafanaTheme2, type PanelProps } from '@grafana/data';
import { Alert, LoadingPlaceholder, RadioButtonGroup, Text, useStyles2 } from '@grafana/ui';
import { ExplainView } from '../components/Explain/ExplainView';
import { useIncidents } from '../components/Explain/useIncidents';
import { useModelInfo } from '../components/Explain/useModelInfo';
import { IncidentsView } from '../components/Incidents/IncidentsView';
import { createApiClient, type ApiClient } from '../services/api';
import { filterLines, joinResults, type ScoredLine } from '../services/analysis';
import { toServiceError, type ServiceError } from '../services/errors';
import { framesToLines, isLogsFrame } from '../services/frames';
import { scoreInBatches } from '../services/scoring';
import { DEFAULT_PANEL_OPTIONS, type ExplainPanelOptions } from './types';

export interface ExplainPanelProps extends PanelProps<ExplainPanelOptions> {
  client?: ApiClient;
}

type Scored = { key: unknown; scored?: ScoredLine[]; error?: ServiceError };

export function ExplainPanel({ data, options: raw, width, height, timeZone, client: injected }: ExplainPanelProps) {
  // Provisioned dashboards may store partial options.
  const options = useMemo(() => ({ ...DEFAULT_PANEL_OPTIONS, ...raw }), [raw]);
  const s = useStyles2(getStyles);
  const client = useMemo(() => injected ?? createApiClient(), [injected]);
  const logsFrames = useMemo(() => data.series.filter(isLogsFrame), [data.series]);
  const converted = useMemo(() => framesToLines(logsFrames, options.maxLines), [logsFrames, options.maxLines]);
  const [result, setResult] = useState<Scored | null>(null);
  const [view, setView] = useState<{ tab: 'lines' | 'incidents'; focus?: number }>({ tab: 'lines' });
  const model = useModelInfo(client);
  // Row and drawer links ("Open in Explore", "copy link") use the panel's first Loki query.
  const links = useMemo(() => {
    const target = data.request?.targets?.find((t) => typeof (t as { expr?: unknown }).expr === 'string');
    const expr = (target as { expr?: string } | undefined)?.expr;
    return target?.datasource?.uid && expr ? { ds: target.datasource.uid, expr } : undefined;
  }, [data.request]);

  useEffect(() => {
    if (converted.lines.length === 0) {
      return;
    }
    let cancelled = false;
    scoreInBatches(client, converted.lines)
      .then(({ results }) => !cancelled && setResult({ key: converted, scored: joinResults(converted.lines, results) }))
      .catch(
        (e: unknown) => !cancelled && setResult({ key: converted, error: toServiceError(e, 'scoring the panel lines') })
      );
    return () => {
      cancelled = true;
    };
  }, [client, converted]);

  const current = result?.key === converted ? result : null;
  const incidents = useIncidents(client, current?.scored ? converted.lines : null);
  // "Anomalies only" keeps the lines of anomalous sequences, as on the Explain page.
  const incidentLines = incidents.status === 'done' ? incidents.value.lines : undefined;
  const visible = useMemo(
    () =>
      current?.scored
        ? filterLines(current.scored, {
            anomaliesOnly: options.anomaliesOnly,
            domains: options.domains ?? [],
            alsoAnomalous: incidentLines,
          })
        : [],
    [current, options.anomaliesOnly, options.domains, incidentLines]
  );

  if (data.state === LoadingState.Loading && data.series.length === 0) {
    return <LoadingPlaceholder text="Querying…" />;
  }
  if (data.series.length > 0 && logsFrames.length === 0) {
    return (
      <Alert severity="warning" title="Not log lines">
        This panel explains log lines: use a Loki data source with a log query (not a metric query such as rate()).
      </Alert>
    );
  }
  if (converted.lines.length === 0) {
    return (
      <Alert severity="info" title="No log lines">
        The query returned no log lines in this time range.
      </Alert>
    );
  }
  if (current?.error) {
    return (
      <Alert severity="error" title={current.error.title}>
        {current.error.message}
      </Alert>
    );
  }
  if (!current?.scored) {
    return <LoadingPlaceholder text={`Scoring ${converted.lines.length.toLocaleString()} lines…`} />;
  }
  const anomalies = current.scored.filter((l) => l.result.verdict === 'anomaly').length;
  const header = 32;
  const incidentCount = incidents.status === 'done' ? incidents.value.incidents.length : null;
  return (
    <div className={s.root} style={{ width, height }}>
      <div className={s.header}>
        <Text variant="bodySmall" color="secondary">
          {current.scored.length.toLocaleString()} lines · {anomalies.toLocaleString()} anomalies
          {options.anomaliesOnly || options.domains?.length ? ` · ${visible.length.toLocaleString()} shown` : ''}
          {converted.capped ? ` · capped at ${options.maxLines.toLocaleString()} most recent (raise Max lines)` : ''}
        </Text>
        <RadioButtonGroup
          size="sm"
          value={view.tab}
          onChange={(tab) => setView({ tab: tab as 'lines' | 'incidents' })}
          options={[
            { label: 'Lines', value: 'lines' },
            { label: incidentCount === null ? 'Incidents' : `Incidents (${incidentCount})`, value: 'incidents' },
          ]}
        />
      </div>
      {view.tab === 'incidents' ? (
        <div className={s.scroll} style={{ height: Math.max(60, height - header) }}>
          <IncidentsView
            state={incidents}
            timeZone={timeZone}
            onOpen={(inc) => setView({ tab: 'lines', focus: inc.rootCause?.index })}
          />
        </div>
      ) : visible.length === 0 ? (
        <Text color="secondary">No lines match the panel&apos;s filters.</Text>
      ) : (
        <ExplainView
          client={client}
          all={converted.lines}
          visible={visible}
          height={Math.max(60, height - header)}
          timeZone={timeZone}
          model={model}
          links={links}
          initialFocus={view.focus}
        />
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({ display: 'flex', flexDirection: 'column' }),
  header: css({
    height: 32,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
  }),
  scroll: css({ overflow: 'auto' }),
});

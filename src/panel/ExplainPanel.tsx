/**
 * "Explain anomaly" panel: the panel's Loki log frames, scored by the Anomaly Lens app's service, with the
 * reasoning drawer. Scoring goes through the app's plugin proxy, so the app must be enabled and configured.
 */
import React, { useCallback, useMemo, useState } from 'react';
import { css } from '@emotion/css';
import { LoadingState, type GrafanaTheme2, type PanelProps } from '@grafana/data';
import { Alert, LoadingPlaceholder, RadioButtonGroup, Text, useStyles2 } from '@grafana/ui';
import { ExplainView } from '../Components/Explain/ExplainView';
import { IncidentsView } from '../Components/Incidents/IncidentsView';
import { Status } from '../Components/Status/Status';
import { useApiClient } from '../hooks/useApiClient';
import { useIncidents } from '../hooks/useIncidents';
import { useLoad } from '../hooks/useLoad';
import { useModelInfo } from '../hooks/useModelInfo';
import type { ApiClient } from '../services/api';
import { filterLines, joinResults } from '../services/analysis';
import { framesToLines, isLogsFrame } from '../services/frames';
import { scoreInBatches } from '../services/scoring';
import { DEFAULT_PANEL_OPTIONS, type ExplainPanelOptions } from './types';

export interface ExplainPanelProps extends PanelProps<ExplainPanelOptions> {
  client?: ApiClient;
}

export function ExplainPanel({ data, options: raw, width, height, timeZone, client: injected }: ExplainPanelProps) {
  // Provisioned dashboards may store partial options.
  const options = useMemo(() => ({ ...DEFAULT_PANEL_OPTIONS, ...raw }), [raw]);
  const s = useStyles2(getStyles);
  const client = useApiClient(injected);
  const logsFrames = useMemo(() => data.series.filter(isLogsFrame), [data.series]);
  const converted = useMemo(() => framesToLines(logsFrames, options.maxLines), [logsFrames, options.maxLines]);
  const [view, setView] = useState<{ tab: 'lines' | 'incidents'; focus?: number }>({ tab: 'lines' });
  const model = useModelInfo(client);
  // Row and drawer links ("Open in Explore", "copy link") use the panel's first Loki query.
  const links = useMemo(() => {
    const target = data.request?.targets?.find((t) => typeof (t as { expr?: unknown }).expr === 'string');
    const expr = (target as { expr?: string } | undefined)?.expr;
    return target?.datasource?.uid && expr ? { ds: target.datasource.uid, expr } : undefined;
  }, [data.request]);

  const score = useCallback(
    () => scoreInBatches(client, converted.lines).then(({ results }) => joinResults(converted.lines, results)),
    [client, converted]
  );
  const scoring = useLoad(converted.lines.length > 0 ? score : null, 'scoring the panel lines');
  const scored = scoring.status === 'done' ? scoring.value : null;
  const incidents = useIncidents(client, scored ? converted.lines : null);
  // "Anomalies only" keeps the lines of anomalous sequences, as on the Explain page.
  const incidentLines = incidents.status === 'done' ? incidents.value.lines : undefined;
  const visible = useMemo(
    () =>
      scored
        ? filterLines(scored, {
            anomaliesOnly: options.anomaliesOnly,
            domains: options.domains ?? [],
            alsoAnomalous: incidentLines,
          })
        : [],
    [scored, options.anomaliesOnly, options.domains, incidentLines]
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
  if (!scored) {
    return (
      <Status state={scoring} loading={`Scoring ${converted.lines.length.toLocaleString()} lines…`} idleIsLoading />
    );
  }
  const anomalies = scored.filter((l) => l.result.verdict === 'anomaly').length;
  const header = 32;
  const incidentCount = incidents.status === 'done' ? incidents.value.incidents.length : null;
  return (
    <div className={s.root} style={{ width, height }}>
      <div className={s.header}>
        <Text variant="bodySmall" color="secondary">
          {scored.length.toLocaleString()} lines · {anomalies.toLocaleString()} anomalies
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

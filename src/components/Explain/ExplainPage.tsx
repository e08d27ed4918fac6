/** Explain: Loki lines scored by the service, filterable, with the reasoning of any line's sequence. */
import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Alert, FilterPill, InlineField, InlineSwitch, LoadingPlaceholder, Stack, Text, useStyles2 } from '@grafana/ui';
import { createApiClient, type ApiClient } from '../../services/api';
import { domainCounts, filterLines } from '../../services/analysis';
import type { DomainId } from '../../services/contract';
import { LokiError } from '../../services/loki';
import { MAX_LINES_LIMIT } from '../../services/urlState';
import { domainTitle } from '../Domain/DomainChip';
import { QueryBar } from '../QueryBar/QueryBar';
import { testIds } from '../testIds';
import { ExplainView } from './ExplainView';
import type { useExplainUrl } from './useExplainUrl';
import { useQueriedLines } from './useQueriedLines';
import { errorTitle, type ScoredLinesState } from './useScoredLines';

export interface ExplainPageProps {
  client?: ApiClient;
  listHeight?: number;
}

export function ExplainPage({ client: injected, listHeight = 560 }: ExplainPageProps) {
  const s = useStyles2(getStyles);
  const client = useMemo(() => injected ?? createApiClient(), [injected]);
  const { url, update, range, query, data, run } = useQueriedLines(client);

  return (
    <div className={s.page}>
      <QueryBar
        ds={url.ds}
        query={url.query}
        range={range}
        running={data.status === 'loading'}
        onChange={(c) => update(c)}
        onRun={run}
      />
      {!query && (
        <Alert severity="info" title="Pick a Loki data source and a LogQL query">
          Lines in the time range are read through Grafana&apos;s Loki data source (your permissions apply), scored by
          Anomaly Lens and listed here. Select a line to see why its sequence is anomalous.
        </Alert>
      )}
      <Results data={data} url={url} update={update} client={client} listHeight={listHeight} />
    </div>
  );
}

interface ResultsProps {
  data: ScoredLinesState;
  url: ReturnType<typeof useExplainUrl>['state'];
  update: ReturnType<typeof useExplainUrl>['update'];
  client: ApiClient;
  listHeight: number;
}

function Results({ data, url, update, client, listHeight }: ResultsProps) {
  const s = useStyles2(getStyles);
  const visible = useMemo(
    () =>
      data.status === 'done'
        ? filterLines(data.scored, { anomaliesOnly: url.anomaliesOnly, domains: url.domains })
        : [],
    [data, url.anomaliesOnly, url.domains]
  );
  const counts = useMemo(() => (data.status === 'done' ? domainCounts(data.scored) : []), [data]);
  const focusIndex = useMemo(() => {
    if (data.status !== 'done' || !url.focus) {
      return undefined;
    }
    return data.all.find((l) => l.tsNs === url.focus || l.id === url.focus)?.index;
  }, [data, url.focus]);

  if (data.status === 'loading') {
    return (
      <LoadingPlaceholder
        text={data.phase === 'loki' ? 'Querying Loki…' : `Scoring ${data.lines?.toLocaleString()} lines…`}
      />
    );
  }
  if (data.status === 'error') {
    return (
      <Alert
        severity={data.error instanceof LokiError && data.error.kind === 'empty' ? 'info' : 'error'}
        title={errorTitle(data.error)}
      >
        {data.error.message}
      </Alert>
    );
  }
  if (data.status !== 'done') {
    return null;
  }
  const anomalies = data.scored.filter((l) => l.result.verdict === 'anomaly').length;
  const toggleDomain = (d: DomainId) =>
    update({ domains: url.domains.includes(d) ? url.domains.filter((x) => x !== d) : [...url.domains, d] });

  return (
    <>
      {data.capped && (
        <Alert severity="warning" title={`Showing the ${data.maxLines.toLocaleString()} most recent lines`}>
          Loki has more lines for this query and range. Narrow the query or the time range, or raise the line cap
          {data.maxLines < MAX_LINES_LIMIT ? ` (Max lines, up to ${MAX_LINES_LIMIT.toLocaleString()})` : ''}.
        </Alert>
      )}
      {url.focus && focusIndex === undefined && (
        <Alert severity="warning" title="Linked line not found">
          The line at {url.focus} is not among the loaded lines; widen the time range or raise Max lines.
        </Alert>
      )}
      <div className={s.toolbar} data-testid={testIds.explain.summary}>
        <Text color="secondary" variant="bodySmall">
          {data.scored.length.toLocaleString()} lines · <strong>{anomalies.toLocaleString()} anomalies</strong>
          {data.model ? ` · model ${data.model.id} ${data.model.version}` : ''} · Loki {Math.round(data.ms.loki)} ms,
          scoring {Math.round(data.ms.scoring)} ms
        </Text>
        <InlineField label="Anomalies only" transparent>
          <InlineSwitch
            id="anomalylens-anomalies-only"
            value={url.anomaliesOnly}
            onChange={(e) => update({ anomaliesOnly: e.currentTarget.checked })}
          />
        </InlineField>
        <InlineField label="Max lines" transparent>
          <select
            className={s.select}
            aria-label="Max lines"
            value={url.maxLines}
            onChange={(e) => update({ maxLines: Number(e.currentTarget.value) })}
          >
            {[...new Set([1000, 5000, 10000, 20000, MAX_LINES_LIMIT, url.maxLines])]
              .sort((a, b) => a - b)
              .map((n) => (
                <option key={n} value={n}>
                  {n.toLocaleString()}
                </option>
              ))}
          </select>
        </InlineField>
      </div>
      <Stack direction="row" gap={0.5} wrap="wrap" aria-label="Filter by failure domain">
        {counts.map((c) => (
          <FilterPill
            key={c.domain}
            label={`${domainTitle(c.domain)} ${c.anomalies}/${c.lines}`}
            selected={url.domains.includes(c.domain)}
            onClick={() => toggleDomain(c.domain)}
          />
        ))}
      </Stack>
      <div className={s.list}>
        {visible.length === 0 ? (
          <Alert severity="info" title="No lines match the filters">
            Turn off &quot;Anomalies only&quot; or clear the domain filters.
          </Alert>
        ) : (
          <ExplainView
            client={client}
            all={data.all}
            visible={visible}
            height={listHeight}
            initialFocus={focusIndex}
            onRevealLine={() => update({ anomaliesOnly: false, domains: [] })}
          />
        )}
      </div>
    </>
  );
}

export default ExplainPage;

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1) }),
  toolbar: css({ display: 'flex', gap: theme.spacing(2), alignItems: 'center', flexWrap: 'wrap' }),
  list: css({ marginTop: theme.spacing(1) }),
  select: css({
    background: theme.components.input.background,
    color: theme.components.input.text,
    border: `1px solid ${theme.components.input.borderColor}`,
    borderRadius: theme.shape.radius.default,
    height: theme.spacing(theme.components.height.sm),
    padding: theme.spacing(0, 1),
  }),
});

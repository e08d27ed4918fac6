/** Failure domains: anomaly rate per domain over time for a query, top anomalous and novel templates. */
import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import { LoadingState, type GrafanaTheme2, type PanelData } from '@grafana/data';
import { PanelRenderer } from '@grafana/runtime';
import { Alert, useStyles2 } from '@grafana/ui';
import type { ApiClient } from '../../services/api';
import {
  anomalyRateByDomain,
  novelTemplates,
  pickBucketMs,
  templateStats,
  topAnomalousTemplates,
  type TemplateStat,
} from '../../services/analysis';
import { rateFrames } from '../../services/rateFrames';
import { toExplainParams } from '../../services/urlState';
import { PLUGIN_BASE_URL, ROUTES } from '../../constants';
import { useApiClient } from '../../hooks/useApiClient';
import { useQueriedLines } from '../../hooks/useQueriedLines';
import { scoringProgress } from '../../hooks/useScoredLines';
import { QueryPage } from '../QueryBar/QueryPage';
import { Status } from '../Status/Status';
import { domainTitle } from '../Domain/DomainChip';
import { TemplateTable } from './TemplateTable';

export interface FailureDomainsPageProps {
  client?: ApiClient;
  chartWidth?: number;
}

export function FailureDomainsPage({ client: injected, chartWidth = 1100 }: FailureDomainsPageProps) {
  const s = useStyles2(getStyles);
  const client = useApiClient(injected);
  const queried = useQueriedLines(client);
  const { url, range, data } = queried;

  const analysis = useMemo(() => {
    if (data.status !== 'done') {
      return null;
    }
    const fromMs = range.from.valueOf();
    const toMs = range.to.valueOf();
    const buckets = anomalyRateByDomain(data.scored, fromMs, toMs, pickBucketMs(toMs - fromMs));
    const stats = templateStats(data.scored);
    const panelData: PanelData = { state: LoadingState.Done, series: rateFrames(buckets), timeRange: range };
    return { buckets, panelData, top: topAnomalousTemplates(stats), novel: novelTemplates(stats) };
  }, [data, range]);

  const linkFor = (t: TemplateStat) => {
    const line = data.status === 'done' ? data.all.find((l) => l.index === t.exampleIndex) : undefined;
    return `${PLUGIN_BASE_URL}/${ROUTES.Explain}?${toExplainParams({ ...url, focus: line?.tsNs, anomaliesOnly: false, domains: [] }).toString()}`;
  };

  return (
    <QueryPage
      queried={queried}
      className={s.page}
      intro="The anomaly rate per failure domain is computed from the scored lines of the query in the time range."
    >
      <Status state={data} loading={data.status === 'loading' ? scoringProgress(data) : undefined} />
      {data.status === 'done' && analysis && (
        <>
          {data.capped && (
            <Alert severity="warning" title={`Rates over the ${data.maxLines.toLocaleString()} most recent lines only`}>
              Loki has more lines for this query and range; older buckets are incomplete. Narrow the range or raise Max
              lines.
            </Alert>
          )}
          <section aria-label="Anomaly rate per failure domain">
            <h3 className={s.h}>Anomaly rate per failure domain</h3>
            <p className={s.sub}>
              Anomalous lines of a domain over all lines routed to it, per{' '}
              {Math.round(analysis.buckets.bucketMs / 1000)} s bucket.{' '}
              {analysis.buckets.series.map((x) => `${domainTitle(x.domain)}: ${x.totalAnomalies}`).join(' · ')}
            </p>
            <div className={s.chart}>
              <PanelRenderer
                title="Anomaly rate per failure domain"
                pluginId="timeseries"
                width={chartWidth}
                height={300}
                data={analysis.panelData}
                options={{
                  legend: { displayMode: 'table', placement: 'right', showLegend: true, calcs: ['max', 'mean'] },
                  tooltip: { mode: 'multi', sort: 'desc' },
                }}
                fieldConfig={{
                  defaults: {
                    unit: 'percentunit',
                    min: 0,
                    max: 1,
                    custom: { drawStyle: 'line', spanNulls: false, fillOpacity: 10, pointSize: 4, showPoints: 'auto' },
                  },
                  overrides: [],
                }}
              />
            </div>
          </section>
          <TemplateTableSection top={analysis.top} novel={analysis.novel} linkFor={linkFor} />
        </>
      )}
    </QueryPage>
  );
}

function TemplateTableSection({
  top,
  novel,
  linkFor,
}: {
  top: TemplateStat[];
  novel: TemplateStat[];
  linkFor: (t: TemplateStat) => string;
}) {
  return (
    <>
      <TemplateTable
        caption="Top anomalous templates"
        templates={top}
        linkFor={linkFor}
        empty="No anomalous lines in this range."
      />
      <TemplateTable
        caption="Novel templates (never seen in training)"
        templates={novel}
        linkFor={linkFor}
        empty="No novel templates in this range."
      />
    </>
  );
}

export default FailureDomainsPage;

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(2) }),
  h: css({ marginBottom: theme.spacing(0.5) }),
  sub: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
  chart: css({ border: `1px solid ${theme.colors.border.weak}`, borderRadius: theme.shape.radius.default }),
});

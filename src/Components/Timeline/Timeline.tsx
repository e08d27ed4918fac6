/**
 * The Explain page's first view: log volume over the query's range with the anomalies stacked by failure domain,
 * drawn by Grafana's own time series panel (PanelRenderer). Dragging across the chart zooms the time range.
 */
import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import {
  LoadingState,
  type AbsoluteTimeRange,
  type GrafanaTheme2,
  type PanelData,
  type TimeRange,
} from '@grafana/data';
import { PanelRenderer } from '@grafana/runtime';
import { Text, useStyles2 } from '@grafana/ui';
import { pickBucketMs, type ScoredLine } from '../../services/analysis';
import { volumeByDomain, volumeFieldConfig, volumeFrames } from '../../services/volume';
import { useElementWidth } from './useElementWidth';

export interface TimelineProps {
  lines: ScoredLine[];
  range: TimeRange;
  onZoom: (range: AbsoluteTimeRange) => void;
  height?: number;
  timeZone?: string;
}

export const TIMELINE_TITLE = 'Log volume, anomalies by failure domain';

export function Timeline({ lines, range, onZoom, height = 170, timeZone }: TimelineProps) {
  const s = useStyles2(getStyles);
  const [ref, width] = useElementWidth<HTMLDivElement>(1000);
  const { volume, data } = useMemo(() => {
    const fromMs = range.from.valueOf();
    const toMs = range.to.valueOf();
    const volume = volumeByDomain(lines, fromMs, toMs, pickBucketMs(toMs - fromMs, 100));
    const data: PanelData = { state: LoadingState.Done, series: volumeFrames(volume), timeRange: range };
    return { volume, data };
  }, [lines, range]);
  const fieldConfig = useMemo(() => volumeFieldConfig(volume), [volume]);

  return (
    <section className={s.section} aria-label={TIMELINE_TITLE}>
      <div className={s.head}>
        <Text variant="bodySmall" color="secondary">
          {TIMELINE_TITLE} · {formatBucket(volume.bucketMs)} buckets · drag across the chart to zoom
        </Text>
      </div>
      <div ref={ref} className={s.chart}>
        <PanelRenderer
          title={TIMELINE_TITLE}
          pluginId="timeseries"
          width={width}
          height={height}
          data={data}
          timeZone={timeZone}
          onChangeTimeRange={onZoom}
          options={{
            legend: { displayMode: 'list', placement: 'right', showLegend: true, calcs: ['sum'] },
            tooltip: { mode: 'multi', sort: 'desc' },
          }}
          fieldConfig={fieldConfig}
        />
      </div>
    </section>
  );
}

export function formatBucket(ms: number): string {
  if (ms < 60_000) {
    return `${Math.round(ms / 1000)} s`;
  }
  if (ms < 3_600_000) {
    return `${Math.round(ms / 60_000)} min`;
  }
  if (ms < 86_400_000) {
    return `${Math.round(ms / 3_600_000)} h`;
  }
  return `${Math.round(ms / 86_400_000)} d`;
}

const getStyles = (theme: GrafanaTheme2) => ({
  section: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(0.5) }),
  head: css({ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }),
  chart: css({
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.primary,
    overflow: 'hidden',
  }),
});

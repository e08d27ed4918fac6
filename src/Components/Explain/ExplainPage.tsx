/**
 * Explain: the query's lines scored by the service. First the timeline (volume, anomalies stacked by domain),
 * then the lines, their patterns and their label / field breakdowns, each line opening its sequence's reasoning.
 */
import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2, TimeRange } from '@grafana/data';
import {
  Alert,
  Combobox,
  FilterPill,
  InlineField,
  InlineSwitch,
  Stack,
  Tab,
  TabsBar,
  Text,
  useStyles2,
} from '@grafana/ui';
import type { ApiClient } from '../../services/api';
import { domainCounts, filterLines } from '../../services/analysis';
import { breakdowns, type Breakdown } from '../../services/breakdowns';
import type { DomainId } from '../../services/contract';
import { linePartsCache } from '../../services/lineParts';
import { withLabelMatcher, withLineFilter } from '../../services/logql';
import { patternsOf } from '../../services/patterns';
import { MAX_LINES_LIMIT, toTimeRange, type ExplainTab } from '../../services/urlState';
import { BreakdownsView } from '../Breakdowns/BreakdownsView';
import { CreateAlertRuleButton } from '../CreateAlertRule/CreateAlertRuleButton';
import { IncidentsView } from '../Incidents/IncidentsView';
import { domainTitle } from '../Domain/DomainChip';
import { PatternsView } from '../Patterns/PatternsView';
import { QueryPage } from '../QueryBar/QueryPage';
import { Status } from '../Status/Status';
import { testIds } from '../testIds';
import { Timeline } from '../Timeline/Timeline';
import { ExplainView } from './ExplainView';
import { useDisplayOptions } from './useDisplayOptions';
import { useApiClient } from '../../hooks/useApiClient';
import { useIncidents } from '../../hooks/useIncidents';
import type { useExplainUrl } from '../../hooks/useExplainUrl';
import { useModelInfo } from '../../hooks/useModelInfo';
import { useQueriedLines } from '../../hooks/useQueriedLines';
import { scoringProgress, type ScoredLinesState } from '../../hooks/useScoredLines';

export interface ExplainPageProps {
  client?: ApiClient;
  listHeight?: number;
}

export function ExplainPage({ client: injected, listHeight = 560 }: ExplainPageProps) {
  const s = useStyles2(getStyles);
  const client = useApiClient(injected);
  const queried = useQueriedLines(client);
  const { url, update, range, data } = queried;

  return (
    <QueryPage
      queried={queried}
      className={s.page}
      intro={
        <>
          Lines in the time range are read through Grafana&apos;s Loki data source (your permissions apply), scored by
          Anomaly Lens and listed here. Select a line to see why its sequence is anomalous.
        </>
      }
    >
      <Results data={data} url={url} update={update} client={client} listHeight={listHeight} range={range} />
    </QueryPage>
  );
}

interface ResultsProps {
  data: ScoredLinesState;
  url: ReturnType<typeof useExplainUrl>['state'];
  update: ReturnType<typeof useExplainUrl>['update'];
  client: ApiClient;
  listHeight: number;
  range: TimeRange;
}

const MAX_LINES_CHOICES = [1000, 5000, 10000, 20000, MAX_LINES_LIMIT];

function Results({ data, url, update, client, listHeight, range }: ResultsProps) {
  const s = useStyles2(getStyles);
  const model = useModelInfo(client);
  const [display, setDisplay] = useDisplayOptions();
  // One parse per line per result, shared by the rows, the breakdowns and the details.
  const partsOf = useMemo(() => {
    void data;
    return linePartsCache();
  }, [data]);
  const templates = useMemo(() => url.templates ?? [], [url.templates]);
  const incidents = useIncidents(client, data.status === 'done' ? data.all : null);
  // "Anomalies only" keeps the lines of anomalous sequences: an incident's normal-looking lines are part of it.
  const incidentLines = incidents.status === 'done' ? incidents.value.lines : undefined;
  const visible = useMemo(
    () =>
      data.status === 'done'
        ? filterLines(data.scored, {
            anomaliesOnly: url.anomaliesOnly,
            domains: url.domains,
            templates,
            alsoAnomalous: incidentLines,
          })
        : [],
    [data, url.anomaliesOnly, url.domains, templates, incidentLines]
  );
  const counts = useMemo(() => (data.status === 'done' ? domainCounts(data.scored) : []), [data]);
  const patterns = useMemo(
    () => (data.status === 'done' ? patternsOf(data.scored, range.from.valueOf(), range.to.valueOf()) : null),
    [data, range]
  );
  const fields = useMemo(
    () => (data.status === 'done' && url.tab === 'fields' ? breakdowns(data.scored, partsOf) : []),
    [data, partsOf, url.tab]
  );
  const focusIndex = useMemo(() => {
    if (data.status !== 'done' || !url.focus) {
      return undefined;
    }
    return data.all.find((l) => l.tsNs === url.focus || l.id === url.focus)?.index;
  }, [data, url.focus]);
  const links = useMemo(() => ({ ds: url.ds, expr: url.query, url }), [url]);

  if (data.status !== 'done') {
    return <Status state={data} loading={data.status === 'loading' ? scoringProgress(data) : undefined} />;
  }
  const anomalies = data.scored.filter((l) => l.result.verdict === 'anomaly').length;
  const toggleDomain = (d: DomainId) =>
    update({ domains: url.domains.includes(d) ? url.domains.filter((x) => x !== d) : [...url.domains, d] });
  const toggleTemplate = (id: string) =>
    update({ templates: templates.includes(id) ? templates.filter((t) => t !== id) : [...templates, id] });
  const onFieldFilter = (b: Breakdown, value: string, include: boolean) =>
    update({
      query:
        b.source === 'label'
          ? withLabelMatcher(url.query, b.field, include ? '=' : '!=', value)
          : withLineFilter(url.query, include ? '|=' : '!=', value),
      tab: 'lines',
    });
  const tab: ExplainTab = url.tab ?? 'lines';
  const tabs: Array<{ id: ExplainTab; label: string; counter?: number }> = [
    { id: 'lines', label: 'Lines', counter: visible.length },
    { id: 'patterns', label: 'Patterns', counter: patterns?.patterns.length },
    { id: 'fields', label: 'Fields' },
    {
      id: 'incidents',
      label: 'Incidents',
      counter: incidents.status === 'done' ? incidents.value.incidents.length : undefined,
    },
  ];

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
      <Timeline
        lines={data.scored}
        range={range}
        onZoom={(r) => update({ range: toTimeRange(String(Math.round(r.from)), String(Math.round(r.to))) })}
      />
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
        <InlineField label="Wrap lines" transparent>
          <InlineSwitch
            id="anomalylens-wrap"
            value={display.wrap}
            onChange={(e) => setDisplay({ wrap: e.currentTarget.checked })}
          />
        </InlineField>
        <InlineField label="Hide header" transparent tooltip="Show each line's message without its header">
          <InlineSwitch
            id="anomalylens-hide-header"
            value={display.hideHeader}
            onChange={(e) => setDisplay({ hideHeader: e.currentTarget.checked })}
          />
        </InlineField>
        <InlineField label="Max lines" transparent>
          <Combobox
            id="anomalylens-max-lines"
            aria-label="Max lines"
            width={14}
            value={url.maxLines}
            options={[...new Set([...MAX_LINES_CHOICES, url.maxLines])]
              .sort((a, b) => a - b)
              .map((n) => ({ label: n.toLocaleString(), value: n }))}
            onChange={(o) => update({ maxLines: o.value })}
          />
        </InlineField>
        {/* One domain picked: a rule on it; none or several: a rule firing per domain. */}
        <CreateAlertRuleButton expr={url.query} domain={url.domains.length === 1 ? url.domains[0] : undefined} />
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
        {templates.length > 0 && (
          <FilterPill
            label={`${templates.length} pattern${templates.length > 1 ? 's' : ''} ×`}
            selected
            onClick={() => update({ templates: [] })}
          />
        )}
      </Stack>
      <TabsBar>
        {tabs.map((t) => (
          <Tab
            key={t.id}
            label={t.label}
            counter={t.counter}
            active={tab === t.id}
            onChangeTab={() => update({ tab: t.id })}
          />
        ))}
      </TabsBar>
      <div className={s.list}>
        {tab === 'patterns' && patterns && (
          <PatternsView
            patterns={patterns}
            selected={templates}
            onToggle={toggleTemplate}
            onShowLines={() => update({ tab: 'lines' })}
          />
        )}
        {tab === 'fields' && <BreakdownsView breakdowns={fields} onFilter={onFieldFilter} />}
        {tab === 'incidents' && (
          <IncidentsView
            state={incidents}
            onOpen={(inc) => {
              const line = data.all.find((l) => l.index === inc.rootCause?.index);
              update({ focus: line?.tsNs, tab: 'lines' });
            }}
          />
        )}
        {tab === 'lines' &&
          (visible.length === 0 ? (
            <Alert severity="info" title="No lines match the filters">
              Turn off &quot;Anomalies only&quot; or clear the domain and pattern filters.
            </Alert>
          ) : (
            <ExplainView
              client={client}
              all={data.all}
              visible={visible}
              height={listHeight}
              initialFocus={focusIndex}
              model={model}
              links={links}
              wrap={display.wrap}
              hideHeader={display.hideHeader}
              partsOf={partsOf}
              onRevealLine={() => update({ anomaliesOnly: false, domains: [], templates: [], tab: 'lines' })}
            />
          ))}
      </div>
    </>
  );
}

export default ExplainPage;

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1) }),
  toolbar: css({ display: 'flex', gap: theme.spacing(2), alignItems: 'center', flexWrap: 'wrap' }),
  list: css({ marginTop: theme.spacing(1) }),
});

/** Model: the bundle in use, its failure domains, evaluation metrics and templates (paged). */
import React, { useCallback, useState } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Badge, Combobox, InlineField, Pagination, Stack, Text, useStyles2 } from '@grafana/ui';
import { useApiClient } from '../../hooks/useApiClient';
import { useLoad } from '../../hooks/useLoad';
import type { ApiClient } from '../../services/api';
import type { DomainId } from '../../services/contract';
import { flattenMetrics, testMetrics, type TestMetrics } from '../../services/metrics';
import { DomainChip, domainTitle } from '../Domain/DomainChip';
import { Status } from '../Status/Status';

export const TEMPLATES_PAGE_SIZE = 20;

export function ModelPage({ client: injected }: { client?: ApiClient }) {
  const s = useStyles2(getStyles);
  const client = useApiClient(injected);
  const [page, setPage] = useState(1);
  const [domain, setDomain] = useState<DomainId | ''>('');
  const model = useLoad(
    useCallback(() => client.model(), [client]),
    'reading the model'
  );
  // A new page or domain shows "Loading" until its own answer: never the previous page under the new pager.
  const shownTemplates = useLoad(
    useCallback(
      () =>
        client.templates({
          offset: (page - 1) * TEMPLATES_PAGE_SIZE,
          limit: TEMPLATES_PAGE_SIZE,
          domain: domain || undefined,
        }),
      [client, page, domain]
    ),
    'listing templates'
  );

  if (model.status !== 'done') {
    return <Status state={model} loading="Reading the model…" idleIsLoading />;
  }
  const m = model.value;
  const test = testMetrics(m.metrics);
  const metrics = flattenMetrics(m.metrics, '', test ? ['test'] : []);

  return (
    <div className={s.page}>
      <section aria-label="Model bundle">
        <Stack direction="row" gap={1} alignItems="center" wrap="wrap">
          <h3 className={s.h}>
            {m.id} <Text color="secondary">{m.version}</Text>
          </h3>
          <Badge color="blue" text={m.device.toUpperCase()} />
          <Text color="secondary" variant="bodySmall">
            format {m.formatVersion} · created {m.createdAt} · {m.templates.toLocaleString()} templates ·{' '}
            {m.domains.length} domains
          </Text>
        </Stack>
      </section>

      <section aria-label="Failure domains">
        <h4>Failure domains</h4>
        <table className={s.table}>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col">Description</th>
              <th scope="col">Type</th>
              <th scope="col">Typical causes</th>
              <th scope="col">Templates</th>
            </tr>
          </thead>
          <tbody>
            {m.domains.map((d) => (
              <tr key={d.id}>
                <td>
                  <DomainChip domain={d.id} />
                </td>
                <td>{d.description}</td>
                <td>
                  <Badge
                    color={d.type === 'pure-anomaly' ? 'red' : d.type === 'pure-normal' ? 'green' : 'orange'}
                    text={d.type}
                  />
                </td>
                <td>{d.typicalCauses.join('; ') || '—'}</td>
                <td className={s.num}>{d.templates}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-label="Evaluation metrics">
        <h4>Evaluation metrics</h4>
        {test && <TestPeriod test={test} />}
        {metrics.length === 0 ? (
          !test && <Text color="secondary">The model card reports no metrics.</Text>
        ) : (
          <dl className={s.metrics}>
            {metrics.map((r) => (
              <React.Fragment key={r.name}>
                <dt>{r.name}</dt>
                <dd>{r.value}</dd>
              </React.Fragment>
            ))}
          </dl>
        )}
      </section>

      <section aria-label="Templates">
        <Stack direction="row" gap={2} alignItems="center">
          <h4 className={s.h}>Templates</h4>
          <InlineField label="Domain" transparent>
            <Combobox
              id="anomalylens-model-domain"
              aria-label="Domain"
              width={24}
              value={domain}
              options={[
                { label: 'All', value: '' },
                ...m.domains.map((d) => ({ label: domainTitle(d.id), value: d.id })),
              ]}
              onChange={(o) => {
                setDomain(o.value as DomainId | '');
                setPage(1);
              }}
            />
          </InlineField>
        </Stack>
        <Status state={shownTemplates} loading="Loading templates…" />
        {shownTemplates.status === 'done' && (
          <>
            <table className={s.table} aria-label="Model templates">
              <thead>
                <tr>
                  <th scope="col">Template</th>
                  <th scope="col">Domain</th>
                  <th scope="col">Gloss</th>
                  <th scope="col">Lines</th>
                  <th scope="col">Anomaly rate</th>
                </tr>
              </thead>
              <tbody>
                {shownTemplates.value.templates.map((t) => (
                  <tr key={t.id}>
                    <td className={s.template}>
                      <code title={t.id}>{t.text}</code>
                    </td>
                    <td>
                      <DomainChip domain={t.domain} />
                    </td>
                    <td className={s.gloss}>{t.gloss}</td>
                    <td className={s.num}>{t.count.toLocaleString()}</td>
                    <td className={s.num}>{t.anomalyRate === null ? '—' : `${(t.anomalyRate * 100).toFixed(1)} %`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Stack direction="row" gap={2} alignItems="center" justifyContent="space-between">
              <Text color="secondary" variant="bodySmall">
                {shownTemplates.value.total === 0
                  ? 'No templates'
                  : `${shownTemplates.value.offset + 1}–${shownTemplates.value.offset + shownTemplates.value.templates.length} of ${shownTemplates.value.total.toLocaleString()}`}
              </Text>
              <Pagination
                currentPage={page}
                numberOfPages={Math.max(1, Math.ceil(shownTemplates.value.total / TEMPLATES_PAGE_SIZE))}
                onNavigate={setPage}
              />
            </Stack>
          </>
        )}
      </section>
    </div>
  );
}

const fmt = (v: number) => v.toFixed(3);
const pct = (v: number) => `${Math.round(v * 100)} %`;

/** The test-period report: headline figures, who measured them, and the per-domain table. */
function TestPeriod({ test }: { test: TestMetrics }) {
  const s = useStyles2(getStyles);
  return (
    <div className={s.test} aria-label="Test period">
      <Text element="p">
        Test period: <strong>{test.data}</strong>, {pct(test.slice[0])}–{pct(test.slice[1])} of the file,{' '}
        {test.lines.toLocaleString()} lines ({test.anomalies.toLocaleString()} anomalies) — precision{' '}
        <strong>{fmt(test.precision)}</strong>, recall <strong>{fmt(test.recall)}</strong>, F1{' '}
        <strong>{fmt(test.f1)}</strong>
        {test.unseenTemplates && (
          <>
            ; on {test.unseenTemplates.lines.toLocaleString()} lines of templates unseen in training, recall{' '}
            {fmt(test.unseenTemplates.recall)} at precision {fmt(test.unseenTemplates.precision)}
          </>
        )}
        .
      </Text>
      {test.measuredOn && (
        <Text element="p" color="secondary" variant="bodySmall">
          Measured on the evaluation twin <code>{test.measuredOn.bundle}</code>: the same recipe trained without the
          test period (this bundle has seen it).
        </Text>
      )}
      {test.perDomain && test.perDomain.length > 0 && (
        <table className={s.table} aria-label="Test figures per domain">
          <thead>
            <tr>
              <th scope="col">Routed to</th>
              <th scope="col">Lines</th>
              <th scope="col">Anomalies</th>
              <th scope="col">Precision</th>
              <th scope="col">Recall</th>
              <th scope="col">F1</th>
            </tr>
          </thead>
          <tbody>
            {test.perDomain.map((d) => (
              <tr key={d.domain}>
                <td>
                  <DomainChip domain={d.domain} />
                </td>
                <td className={s.num}>{d.lines.toLocaleString()}</td>
                <td className={s.num}>{d.anomalies.toLocaleString()}</td>
                {/* Without anomalies or flagged lines a domain's precision/recall say nothing. */}
                <td className={s.num}>{d.anomalies > 0 || d.precision > 0 ? fmt(d.precision) : '—'}</td>
                <td className={s.num}>{d.anomalies > 0 ? fmt(d.recall) : '—'}</td>
                <td className={s.num}>{d.anomalies > 0 ? fmt(d.f1) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export default ModelPage;

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(3) }),
  h: css({ margin: 0 }),
  table: css({
    width: '100%',
    borderCollapse: 'collapse',
    'th, td': {
      padding: theme.spacing(0.5, 1),
      borderBottom: `1px solid ${theme.colors.border.weak}`,
      textAlign: 'left',
      verticalAlign: 'top',
    },
    th: { color: theme.colors.text.secondary, fontWeight: theme.typography.fontWeightMedium },
  }),
  num: css({ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }),
  // Grafana's global style keeps <code> on one line; a long template then ran into the Domain column.
  template: css({
    maxWidth: 520,
    code: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', display: 'inline-block', maxWidth: '100%' },
  }),
  gloss: css({ maxWidth: 420, color: theme.colors.text.secondary, wordBreak: 'break-word' }),
  metrics: css({
    display: 'grid',
    gridTemplateColumns: 'max-content max-content',
    gap: theme.spacing(0.5, 3),
    dt: { color: theme.colors.text.secondary },
    dd: { margin: 0, fontVariantNumeric: 'tabular-nums' },
  }),
  test: css({ marginBottom: theme.spacing(2), p: { marginBottom: theme.spacing(1) } }),
});

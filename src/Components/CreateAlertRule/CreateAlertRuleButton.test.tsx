import React from 'react';
import { render, screen } from '@testing-library/react';
import { config } from '@grafana/runtime';
import { CreateAlertRuleButton } from './CreateAlertRuleButton';
import { alertRuleUrl, ruleFormValues } from './alertRuleUrl';

jest.mock('@grafana/runtime', () => ({ config: { appSubUrl: '/grafana', datasources: {} } }));

const verdicts = [
  { uid: 'anomalylens-verdict', type: 'anomalylens-verdict-datasource', name: 'Anomaly Lens verdicts' },
];

function withDatasources(list: Array<{ name: string }>) {
  (config as unknown as { datasources: Record<string, unknown> }).datasources = Object.fromEntries(
    list.map((d) => [d.name, d])
  );
}

function defaultsOf(href: string) {
  return JSON.parse(new URL(href, 'http://grafana').searchParams.get('defaults')!);
}

describe('ruleFormValues', () => {
  it('is a rate query on the verdict data source, mean of 5 minutes, above the threshold, pending 5 minutes', () => {
    const form = ruleFormValues({ expr: '{job="bgl"}', domain: 'memory', verdictDatasourceUid: 'v', threshold: 0.1 });
    expect(form.condition).toBe('C');
    expect(form.evaluateFor).toBe('5m');
    expect(form.queries.map((q) => [q.refId, q.datasourceUid])).toEqual([
      ['A', 'v'],
      ['B', '__expr__'],
      ['C', '__expr__'],
    ]);
    expect(form.queries[0]!.model).toMatchObject({
      queryType: 'rate',
      expr: '{job="bgl"}',
      interval: '1m',
      domain: 'memory',
    });
    expect(form.queries[0]!.relativeTimeRange).toEqual({ from: 300, to: 0 });
    expect(form.queries[2]!.model).toMatchObject({ conditions: [{ evaluator: { type: 'gt', params: [0.1] } }] });
    expect(form.labels).toEqual([{ key: 'domain', value: 'memory' }]);
    expect(form.name).toBe('Anomaly rate of memory above 10 %: {job="bgl"}');
  });

  it('without a domain, fires per domain and names none', () => {
    const form = ruleFormValues({ expr: '{job="bgl"}', verdictDatasourceUid: 'v' });
    expect(form.queries[0]!.model).not.toHaveProperty('domain');
    expect(form.labels).toEqual([]);
    expect(alertRuleUrl({ expr: '{job="bgl"}', verdictDatasourceUid: 'v' })).toMatch(
      /^\/alerting\/new\/alerting\?defaults=/
    );
  });
});

describe('CreateAlertRuleButton', () => {
  it('links to the rule editor prefilled with the query and domain', () => {
    withDatasources(verdicts);
    render(<CreateAlertRuleButton expr=' {job="hdfs"} ' domain="storage" />);
    const link = screen.getByRole('link', { name: /Create alert rule/ });
    const href = link.getAttribute('href')!;
    expect(href.startsWith('/grafana/alerting/new/alerting?')).toBe(true);
    const defaults = defaultsOf(href);
    expect(defaults.queries[0].model).toMatchObject({ expr: '{job="hdfs"}', domain: 'storage' });
    expect(defaults.queries[0].datasourceUid).toBe('anomalylens-verdict');
  });

  it('is disabled, saying why, without a verdict data source or a query', () => {
    withDatasources([]);
    const { unmount } = render(<CreateAlertRuleButton expr='{job="hdfs"}' />);
    const button = () => screen.getByText('Create alert rule').closest('a')!;
    expect(button()).not.toHaveAttribute('href');
    expect(button()).toHaveAttribute('aria-disabled', 'true');
    unmount();
    withDatasources(verdicts);
    render(<CreateAlertRuleButton expr="  " />);
    expect(button()).not.toHaveAttribute('href');
  });
});

import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { DataSourceSettings } from '@grafana/data';
import { config } from '@grafana/runtime';
import { setFakeDataSources } from '../__fixtures__/fakeGrafana';
import { ConfigEditor } from './ConfigEditor';
import type { VerdictDataSource } from './datasource';
import { QueryEditor } from './QueryEditor';
import type { VerdictOptions, VerdictQuery, VerdictSecureOptions } from './types';

jest.mock('@grafana/runtime', () => ({ config: { datasources: {} } }));

beforeEach(() => {
  setFakeDataSources(config);
});

describe('QueryEditor', () => {
  const datasource = { defaultLokiUid: 'loki' } as unknown as VerdictDataSource;

  it('switches query type and runs, and edits LogQL', () => {
    const onChange = jest.fn();
    const onRunQuery = jest.fn();
    const query: VerdictQuery = { refId: 'A', expr: '{job="bgl"}', queryType: 'lines' };
    render(<QueryEditor query={query} onChange={onChange} onRunQuery={onRunQuery} datasource={datasource} />);
    expect(screen.getByLabelText('Anomalies only')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('Anomaly rate'));
    expect(onChange).toHaveBeenLastCalledWith({ ...query, queryType: 'rate' });
    expect(onRunQuery).toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('LogQL query'), { target: { value: '{job="hdfs"}' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...query, expr: '{job="hdfs"}' });
  });

  it('offers the interval for rate and the sequence cap for annotations', () => {
    const props = { onChange: jest.fn(), onRunQuery: jest.fn(), datasource };
    const { rerender } = render(<QueryEditor {...props} query={{ refId: 'A', queryType: 'rate' }} />);
    expect(screen.getByPlaceholderText('auto')).toBeInTheDocument();
    rerender(<QueryEditor {...props} query={{ refId: 'A', queryType: 'annotations' }} />);
    expect(screen.getByDisplayValue('10')).toBeInTheDocument();
  });
});

describe('ConfigEditor', () => {
  const options = {
    jsonData: { serviceUrl: 'http://anomaly-lens:8080', lokiDatasourceUid: 'loki' },
    secureJsonFields: { apiKey: true },
    secureJsonData: {},
  } as unknown as DataSourceSettings<VerdictOptions, VerdictSecureOptions>;

  it('explains alerting and edits the service settings', () => {
    const onOptionsChange = jest.fn();
    render(<ConfigEditor options={options} onOptionsChange={onOptionsChange} />);
    expect(screen.getByText('Alert rules')).toBeInTheDocument();
    fireEvent.change(screen.getByDisplayValue('http://anomaly-lens:8080'), { target: { value: ' http://x:1 ' } });
    expect(onOptionsChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ jsonData: { serviceUrl: 'http://x:1', lokiDatasourceUid: 'loki' } })
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(onOptionsChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ secureJsonFields: { apiKey: false }, secureJsonData: { apiKey: '' } })
    );
  });

  it('edits the Loki the service queries, with the credentials as secrets beside the API key', () => {
    const onOptionsChange = jest.fn();
    const basic = {
      ...options,
      jsonData: { ...options.jsonData, lokiUrl: 'http://loki:3100', lokiAuth: 'basic' },
      secureJsonData: { apiKey: 'k' },
    } as typeof options;
    render(<ConfigEditor options={basic} onOptionsChange={onOptionsChange} />);
    fireEvent.change(screen.getByLabelText(/^Tenant/), { target: { value: ' team-a ' } });
    expect(onOptionsChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        jsonData: expect.objectContaining({ lokiTenant: 'team-a', lokiUrl: 'http://loki:3100' }),
      })
    );
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'pw' } });
    expect(onOptionsChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ secureJsonData: { apiKey: 'k', lokiPassword: 'pw' } })
    );
    fireEvent.click(screen.getByLabelText('Bearer token'));
    expect(onOptionsChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ jsonData: expect.objectContaining({ lokiAuth: 'bearer' }) })
    );
  });
});

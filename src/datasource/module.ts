import { DataSourcePlugin } from '@grafana/data';
import { ConfigEditor } from './ConfigEditor';
import { VerdictDataSource } from './datasource';
import { QueryEditor } from './QueryEditor';
import type { VerdictOptions, VerdictQuery, VerdictSecureOptions } from './types';

export const plugin = new DataSourcePlugin<VerdictDataSource, VerdictQuery, VerdictOptions, VerdictSecureOptions>(
  VerdictDataSource
)
  .setConfigEditor(ConfigEditor)
  .setQueryEditor(QueryEditor);

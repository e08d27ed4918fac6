/**
 * Data source settings from Grafana's boot config (`config.datasources`: the data sources this user may see).
 * Not `getDataSourceSrv()`: its getList / getInstanceSettings are deprecated in @grafana/runtime 13.1, and the
 * replacements it names live in `@grafana/runtime/unstable` and `/internal`, which Grafana says community plugins
 * must not use. `config` is the public, non-deprecated source of the same settings.
 */
import type { DataSourceInstanceSettings } from '@grafana/data';
import { config } from '@grafana/runtime';

export function dataSourcesOfType(type: string): DataSourceInstanceSettings[] {
  return Object.values(config.datasources ?? {})
    .filter((d) => d.type === type)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** By uid, else by name (links may carry either). */
export function dataSourceSettings(uidOrName: string): DataSourceInstanceSettings | undefined {
  const all = Object.values(config.datasources ?? {});
  return all.find((d) => d.uid === uidOrName) ?? all.find((d) => d.name === uidOrName);
}

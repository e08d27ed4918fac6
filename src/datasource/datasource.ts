/**
 * The data source's browser side, for dashboards and Explore: lines come from a Loki data source through Grafana
 * (/api/ds/query, permissions apply), the service is reached through this data source's proxy route `api`.
 * Alert rules run on its Go backend instead (pkg/: the service queries Loki itself, POST /api/v1/query).
 */
import {
  DataSourceApi,
  rangeUtil,
  type AnnotationQuery,
  type DataFrame,
  type DataQueryRequest,
  type DataQueryResponse,
  type DataSourceInstanceSettings,
  type TestDataSourceResponse,
} from '@grafana/data';
import { getTemplateSrv } from '@grafana/runtime';
import { anomalyRateByDomain, filterLines, joinResults, pickBucketMs } from '../services/analysis';
import { createApiClient, datasourceProxyBase, type ApiClient } from '../services/api';
import { toServiceError } from '../services/errors';
import { findIncidents } from '../services/incidents';
import { queryLoki } from '../services/loki';
import { rateFrames } from '../services/rateFrames';
import { scoreInBatches } from '../services/scoring';
import { backendHealth } from './backendHealth';
import { explainLinkUrl, incidentAnnotationsFrame, scoredLinesFrame } from './frames';
import { DEFAULT_QUERY, type VerdictOptions, type VerdictQuery } from './types';

export class VerdictDataSource extends DataSourceApi<VerdictQuery, VerdictOptions> {
  readonly client: ApiClient;
  readonly defaultLokiUid?: string;

  constructor(instanceSettings: DataSourceInstanceSettings<VerdictOptions>, client?: ApiClient) {
    super(instanceSettings);
    this.client = client ?? createApiClient(datasourceProxyBase(instanceSettings.uid));
    this.defaultLokiUid = instanceSettings.jsonData.lokiDatasourceUid;
  }

  // Annotation queries use the query editor; whatever type was picked, they run as "annotations".
  annotations = {
    prepareQuery: (anno: AnnotationQuery<VerdictQuery>): VerdictQuery | undefined =>
      anno.target ? { ...anno.target, queryType: 'annotations' } : undefined,
  };

  getDefaultQuery(): Partial<VerdictQuery> {
    return DEFAULT_QUERY;
  }

  filterQuery(query: VerdictQuery): boolean {
    return !query.hide && Boolean(query.expr?.trim());
  }

  async query(request: DataQueryRequest<VerdictQuery>): Promise<DataQueryResponse> {
    const fromMs = request.range.from.valueOf();
    const toMs = request.range.to.valueOf();
    const data: DataFrame[] = [];
    const errors: Array<{ refId: string; message: string }> = [];
    for (const target of request.targets.filter((t) => this.filterQuery(t))) {
      try {
        data.push(...(await this.runTarget(target, request, fromMs, toMs)));
      } catch (e) {
        const message = e instanceof Error && e.name === 'LokiError' ? e.message : toServiceError(e).message;
        errors.push({ refId: target.refId, message });
      }
    }
    return errors.length ? { data, errors, error: errors[0] } : { data };
  }

  private async runTarget(
    target: VerdictQuery,
    request: DataQueryRequest<VerdictQuery>,
    fromMs: number,
    toMs: number
  ): Promise<DataFrame[]> {
    const lokiUid = target.lokiUid || this.defaultLokiUid || '';
    const expr = getTemplateSrv().replace(target.expr ?? '', request.scopedVars);
    const loki = await queryLoki({
      datasourceUid: lokiUid,
      expr,
      fromMs,
      toMs,
      maxLines: target.maxLines ?? DEFAULT_QUERY.maxLines,
    });
    if (target.queryType === 'annotations') {
      // The service groups, scores and ranks the sequences itself (POST /api/v1/sequences): no /score round.
      const { incidents } = await findIncidents(
        this.client,
        loki.lines,
        target.maxSequences ?? DEFAULT_QUERY.maxSequences
      );
      const byIndex = new Map(loki.lines.map((l) => [l.index, l]));
      return [incidentAnnotationsFrame(incidents, (i) => byIndex.get(i), target.refId)];
    }
    const { results } = await scoreInBatches(this.client, loki.lines);
    const scored = joinResults(loki.lines, results);
    switch (target.queryType ?? 'lines') {
      case 'rate': {
        const intervalMs = target.interval
          ? rangeUtil.intervalToMs(target.interval)
          : request.intervalMs || pickBucketMs(toMs - fromMs);
        return rateFrames(anomalyRateByDomain(scored, fromMs, toMs, Math.max(1000, intervalMs)), target.refId);
      }
      default: {
        const shown = filterLines(scored, { anomaliesOnly: Boolean(target.anomaliesOnly), domains: [] });
        return [scoredLinesFrame(shown, target.refId, explainLinkUrl(lokiUid, expr, fromMs, toMs))];
      }
    }
  }

  /**
   * Save & test: the browser path (the service through this data source's proxy route, as dashboards use it), then
   * Grafana's health check of the Go backend (service and Loki as alert rules use them). Both must pass for
   * success; a working browser path with a failing backend is a warning: dashboards work, alert rules do not.
   */
  async testDatasource(): Promise<TestDataSourceResponse> {
    const [browser, backend] = await Promise.all([this.testServiceFromBrowser(), backendHealth(this.uid)]);
    const alerting = `Alert rules (Go backend): ${backend.message}`;
    if (!browser.ok) {
      return { status: 'error', message: `Dashboards: ${browser.message}. ${alerting}` };
    }
    return {
      status: backend.ok ? 'success' : 'warning',
      message: `Dashboards: ${browser.message}. ${alerting}`,
    };
  }

  private async testServiceFromBrowser(): Promise<{ ok: boolean; message: string }> {
    try {
      const health = await this.client.readyz();
      const model = await this.client.model();
      return {
        ok: true,
        message: `connected, model ${model.id} ${model.version} (${health.status}, ${model.device}), domains: ${model.domains.map((d) => d.id).join(', ')}`,
      };
    } catch (e) {
      const err = toServiceError(e, 'testing the data source');
      // The data source has its own URL and key, unlike the app.
      const message = err.message.replace(/the (Anomaly Lens )?app configuration/g, "this data source's settings");
      return { ok: false, message: `${err.title}: ${message.replace(/\.$/, '')}` };
    }
  }
}

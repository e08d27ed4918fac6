/**
 * Label names and values of a Grafana Loki data source for query completion, through its resource endpoints
 * (`/api/datasources/uid/<uid>/resources/labels`, `.../label/<name>/values`: Grafana proxies them to Loki's
 * /loki/api/v1/labels with the data source's credentials; the user's permissions apply). Over the page's time range,
 * as Grafana's own Loki editor asks.
 */
import { lastValueFrom } from 'rxjs';
import { getBackendSrv } from '@grafana/runtime';

export interface LabelRange {
  fromMs: number;
  toMs: number;
}

const ns = (ms: number) => `${Math.round(ms)}000000`;

async function resource(uid: string, path: string, range: LabelRange): Promise<string[]> {
  const response = await lastValueFrom(
    getBackendSrv().fetch<{ status?: string; data?: unknown }>({
      url: `/api/datasources/uid/${encodeURIComponent(uid)}/resources/${path}`,
      method: 'GET',
      params: { start: ns(range.fromMs), end: ns(range.toMs) },
      showErrorAlert: false,
    })
  );
  const data = response.data?.data;
  return Array.isArray(data) ? data.filter((v): v is string => typeof v === 'string').sort() : [];
}

export function lokiLabelNames(uid: string, range: LabelRange): Promise<string[]> {
  // Loki's internal stream label, never useful in a selector typed by hand.
  return resource(uid, 'labels', range).then((names) => names.filter((n) => n !== '__stream_shard__'));
}

export function lokiLabelValues(uid: string, label: string, range: LabelRange): Promise<string[]> {
  return resource(uid, `label/${encodeURIComponent(label)}/values`, range);
}

/** One request per data source, label and range however often the editor asks; a failed one is asked again. */
export function cachedLabels(fetchNames = lokiLabelNames, fetchValues = lokiLabelValues) {
  const cache = new Map<string, Promise<string[]>>();
  const memo = (key: string, load: () => Promise<string[]>) => {
    let hit = cache.get(key);
    if (!hit) {
      hit = load().catch((e: unknown) => {
        cache.delete(key);
        throw e;
      });
      cache.set(key, hit);
    }
    return hit;
  };
  return {
    names: (uid: string, range: LabelRange) =>
      memo(`${uid}\u0000${range.fromMs}\u0000${range.toMs}`, () => fetchNames(uid, range)),
    values: (uid: string, label: string, range: LabelRange) =>
      memo(`${uid}\u0000${range.fromMs}\u0000${range.toMs}\u0000${label}`, () => fetchValues(uid, label, range)),
  };
}

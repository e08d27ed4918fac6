/** Grafana annotations for explained sequences: the summary over the sequence's time range. */
import { lastValueFrom } from 'rxjs';
import { getBackendSrv } from '@grafana/runtime';
import type { ExplainResponse } from './contract';

export const ANNOTATION_TAG = 'anomaly-lens';

export interface AnnotationBody {
  time: number;
  timeEnd: number;
  text: string;
  tags: string[];
  dashboardUID?: string;
  panelId?: number;
}

const nsToMs = (ns: string) => Number(ns.length > 6 ? ns.slice(0, -6) : '0');

/**
 * @param fallbackMs times of the sequence's lines, used when the service reports no start/end (untimed lines)
 */
export function annotationFor(response: ExplainResponse, fallbackMs: number[] = []): AnnotationBody {
  const { sequence, reasoning } = response;
  const min = fallbackMs.length ? Math.min(...fallbackMs) : Date.now();
  const max = fallbackMs.length ? Math.max(...fallbackMs) : min;
  const time = sequence.start ? nsToMs(sequence.start) : min;
  const timeEnd = sequence.end ? nsToMs(sequence.end) : max;
  const domains = reasoning.summary.domains.length
    ? reasoning.summary.domains
    : response.results.map((r) => r.domain).slice(0, 1);
  return {
    time,
    timeEnd: Math.max(time, timeEnd),
    text: reasoning.summary.text,
    tags: [ANNOTATION_TAG, ...new Set(domains)],
  };
}

export async function postAnnotation(body: AnnotationBody): Promise<{ id: number }> {
  const response = await lastValueFrom(
    getBackendSrv().fetch<{ id: number; message?: string }>({
      url: '/api/annotations',
      method: 'POST',
      data: body,
      showErrorAlert: false,
    })
  );
  return { id: response.data.id };
}

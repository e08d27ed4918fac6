/**
 * The data source's Go backend health (its CheckHealth: service readiness and the Loki the service queries for alert
 * rules) through Grafana's `GET /api/datasources/uid/<uid>/health`. Grafana answers 200 with `{status: "OK"}` and
 * 400 with `{status: "ERROR", message}` when the check fails; other statuses mean the check did not run (no such
 * data source, the plugin binary missing or crashed).
 */
import { lastValueFrom } from 'rxjs';
import { getBackendSrv } from '@grafana/runtime';

export interface BackendHealth {
  ok: boolean;
  message: string;
}

interface HealthBody {
  status?: string;
  message?: string;
}

export async function backendHealth(uid: string): Promise<BackendHealth> {
  try {
    const response = await lastValueFrom(
      getBackendSrv().fetch<HealthBody>({
        url: `/api/datasources/uid/${encodeURIComponent(uid)}/health`,
        method: 'GET',
        showErrorAlert: false,
      })
    );
    return fromBody(response.data, 200);
  } catch (e) {
    const err = e as { status?: number; statusText?: string; data?: HealthBody };
    return fromBody(err.data, err.status, err.statusText);
  }
}

export function fromBody(body: HealthBody | undefined, status?: number, statusText?: string): BackendHealth {
  if (status === 200 && body?.status === 'OK') {
    return { ok: true, message: body.message || 'OK' };
  }
  if (body?.status === 'ERROR' || body?.status === 'UNKNOWN') {
    return { ok: false, message: body.message || `health check ${body.status.toLowerCase()}` };
  }
  const why = body?.message || statusText || (status ? `HTTP ${status}` : 'no answer from Grafana');
  return { ok: false, message: `the health check did not run (${why})` };
}

/* Recorded by tests/browser/record-fixtures.ts; do not edit by hand. */
import type { HealthResponse } from '../services/contract';

export const health: HealthResponse = {
  status: 'ok',
  model: {
    id: 'loghub-bgl-hdfs',
    version: '2026.11.28-1',
  },
  device: 'cpu',
};

/* Recorded by tests/browser/record-fixtures.ts; do not edit by hand. */
import type { ModelInfo } from '../services/contract';

export const modelInfo: ModelInfo = {
  id: 'loghub-bgl-hdfs',
  version: '2026.11.28-1',
  formatVersion: 1,
  createdAt: '2026-11-28T09:12:44Z',
  device: 'cpu',
  domains: [
    {
      id: 'filesystem',
      description: 'Lustre mounts on I/O nodes',
      type: 'mixed',
      typicalCauses: [],
      templates: 5,
    },
    {
      id: 'kernel',
      description: 'Compute-node kernel exceptions and terminations',
      type: 'mixed',
      typicalCauses: [],
      templates: 14,
    },
    {
      id: 'memory',
      description: 'Cache and TLB parity errors on compute nodes',
      type: 'mixed',
      typicalCauses: [],
      templates: 6,
    },
    {
      id: 'network',
      description: 'Tree network and control-stream socket errors',
      type: 'mixed',
      typicalCauses: [],
      templates: 3,
    },
    {
      id: 'storage',
      description: 'HDFS block writes, replication and storage interrupts',
      type: 'mixed',
      typicalCauses: ['a datanode lost its connection mid-write', 'disk full or failing'],
      templates: 8,
    },
  ],
  templates: 36,
  metrics: {
    bgl: {
      precision: 0.962,
      recall: 0.941,
      f1: 0.951,
    },
    hdfs: {
      precision: 0.983,
      recall: 0.962,
      f1: 0.972,
    },
    routerAccuracy: 0.913,
  },
};

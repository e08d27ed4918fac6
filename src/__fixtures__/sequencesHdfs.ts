/* Recorded by tests/browser/record-incidents.ts; do not edit by hand. */
import type { SequencesResponse } from '../services/contract';

export const sequencesHdfs: SequencesResponse = {
  model: {
    id: 'loghub-bgl-hdfs',
    version: '2026.11.28-1',
  },
  sequences: [
    {
      key: 'blk_7648436334209344608',
      keyType: 'hdfs-block',
      kind: 'session',
      stream: null,
      score: 0.965,
      verdict: 'anomaly',
      detector: 'lines',
      start: '1226263168000000039',
      end: '1226263172000000042',
      lineIndices: [39, 40, 41, 42],
      anomalousLines: [42],
      rootCause: {
        index: 42,
        event: 4,
        template: {
          id: '6830ae5579a963ce',
          text: 'writeBlock blk_<BLK> received exception java.io.IOException: Could not read from stream',
        },
        domain: 'storage',
        level: 'INFO',
        description:
          'event 4: INFO "writeBlock blk_<BLK> received exception java.io.IOException: Could not read from stream" (storage; line score 0.96)',
      },
      consequences: [],
      findings: [],
      summary:
        'hdfs-block blk_7648436334209344608: anomaly 0.96 (lines), starts at event 4, INFO "writeBlock blk_<BLK> received exception java.io.IOException: Could not read f…" (storage)',
    },
    {
      key: 'blk_-5818478081164015292',
      keyType: 'hdfs-block',
      kind: 'session',
      stream: null,
      score: 0.91,
      verdict: 'anomaly',
      detector: 'lines',
      start: '1226281994000000100',
      end: '1226314124000000147',
      lineIndices: [
        100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121,
        122, 123, 124, 134, 135, 145, 146, 147,
      ],
      anomalousLines: [145],
      rootCause: {
        index: 145,
        event: 28,
        template: {
          id: '6346bd6c5f1fc0cc',
          text: 'BLOCK* NameSystem.addStoredBlock: addStoredBlock request received for blk_<BLK> on <IP>:<NUM> size <NUM> But it does not belong to any file.',
        },
        domain: 'filesystem',
        level: 'INFO',
        description:
          'event 28: INFO "BLOCK* NameSystem.addStoredBlock: addStoredBlock request received for blk_<BLK> on <IP>:<NUM> size <NUM> But it does not belong to any file." (filesystem; line score 0.91)',
      },
      consequences: [],
      findings: [],
      summary:
        'hdfs-block blk_-5818478081164015292: anomaly 0.91 (lines), starts at event 28, INFO "BLOCK* NameSystem.addStoredBlock: addStoredBlock request received for blk_<BL…" (filesystem)',
    },
  ],
  total: {
    sequences: 5,
    anomalous: 2,
    sessions: 5,
    windows: 0,
  },
  truncated: false,
};

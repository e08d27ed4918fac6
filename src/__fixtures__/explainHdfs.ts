/* Recorded by tests/browser/record-fixtures.ts; do not edit by hand. */
import type { ExplainResponse } from '../services/contract';

export const explainHdfs: ExplainResponse = {
  model: {
    id: 'loghub-bgl-hdfs',
    version: '2026.11.28-1',
  },
  sequence: {
    key: 'blk_7648436334209344608',
    keyType: 'hdfs-block',
    lineIndices: [39, 40, 41, 42],
    start: '1226263168000000039',
    end: '1226263172000000042',
    score: 0.999904,
    verdict: 'anomaly',
    findings: [
      {
        kind: 'unexpected-transition',
        events: [1],
        description:
          'the session start → "BLOCK* NameSystem.allocateBlock: <PATH>. blk_<BLK>" never happens in normal sessions; expected "Receiving block blk_<BLK> src: /<IP>:<NUM> dest: /<IP>:<NUM>" (p=0.76)',
      },
      {
        kind: 'missing-event',
        events: [2, 3],
        description:
          '"Receiving block blk_<BLK> src: /<IP>:<NUM> dest: /<IP>:<NUM>" occurs 2 times; normal sessions have at least 3',
      },
      {
        kind: 'extra-event',
        events: [4],
        description:
          '"writeBlock blk_<BLK> received exception java.io.IOException: Could not read from stream" never occurs in normal sessions',
      },
    ],
  },
  results: [
    {
      index: 39,
      id: '1226263168000000039_39',
      verdict: 'normal',
      score: 0.042,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: 'b12a4ca144145760',
        text: 'BLOCK* NameSystem.allocateBlock: <PATH>. blk_<BLK>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 40,
      id: '1226263168000000040_40',
      verdict: 'normal',
      score: 0.03,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '5aac3429254d958b',
        text: 'Receiving block blk_<BLK> src: /<IP>:<NUM> dest: /<IP>:<NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 41,
      id: '1226263168000000041_41',
      verdict: 'normal',
      score: 0.03,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '5aac3429254d958b',
        text: 'Receiving block blk_<BLK> src: /<IP>:<NUM> dest: /<IP>:<NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 42,
      id: '1226263172000000042_42',
      verdict: 'anomaly',
      score: 0.965,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '6830ae5579a963ce',
        text: 'writeBlock blk_<BLK> received exception java.io.IOException: Could not read from stream',
      },
      novel: false,
      truncated: false,
    },
  ],
  reasoning: {
    eventWise: [
      {
        events: [1],
        label: 'Event 1',
        description: 'BLOCK* NameSystem.allocateBlock: <PATH>. blk_<BLK>',
        severity: 'warning',
        component: 'dfs.FSNamesystem',
        domain: 'storage',
        anomalous: false,
        change: null,
      },
      {
        events: [2, 3],
        label: 'Events 2–3',
        description: 'Receiving block blk_<BLK> src: /<IP>:<NUM> dest: /<IP>:<NUM> (2 times)',
        severity: 'warning',
        component: 'dfs.DataNode$DataXceiver',
        domain: 'storage',
        anomalous: false,
        change: 'component dfs.FSNamesystem → dfs.DataNode$DataXceiver',
      },
      {
        events: [4],
        label: 'Event 4',
        description:
          'writeBlock blk_<BLK> received exception java.io.IOException: Could not read from stream — anomalous line, score 0.96',
        severity: 'critical',
        component: 'dfs.DataNode$DataXceiver',
        domain: 'storage',
        anomalous: true,
        change: 'becomes anomalous',
      },
    ],
    stageWise: [
      {
        events: [1, 2, 3, 4],
        name: 'Stage 1: storage — dfs.FSNamesystem, DataXceiver',
        status: 'anomalous',
        description:
          'Events 1–4: 4 events in storage (dfs.FSNamesystem, DataXceiver), from "BLOCK* NameSystem.allocateBlock: <PATH>. blk_<BLK>" to "writeBlock blk_<BLK> received exception java.io.IOException: Could not read from stream". Anomalous lines: 4.',
      },
    ],
    pattern: [
      {
        kind: 'unexpected-transition',
        events: [1],
        description:
          'the session start → "BLOCK* NameSystem.allocateBlock: <PATH>. blk_<BLK>" never happens in normal sessions; expected "Receiving block blk_<BLK> src: /<IP>:<NUM> dest: /<IP>:<NUM>" (p=0.76)',
      },
      {
        kind: 'missing-event',
        events: [2, 3],
        description:
          '"Receiving block blk_<BLK> src: /<IP>:<NUM> dest: /<IP>:<NUM>" occurs 2 times; normal sessions have at least 3',
      },
      {
        kind: 'extra-event',
        events: [4],
        description:
          '"writeBlock blk_<BLK> received exception java.io.IOException: Could not read from stream" never occurs in normal sessions',
      },
    ],
    indicators: [
      {
        events: [1, 2, 3, 4],
        kind: 'sequence-score',
        description: 'Sequence score 1.00 (raw threshold 0.052514): anomaly, 3 findings',
        weight: 1,
      },
      {
        events: [4],
        kind: 'anomalous-line',
        description:
          '"writeBlock blk_<BLK> received exception java.io.IOException: Could not read from stream" is anomalous (score 0.96, domain storage) at event 4',
        weight: 0.965,
      },
      {
        events: [4],
        kind: 'error-keyword',
        description: '"exception" appears in event 4',
        weight: 0.5,
      },
    ],
    summary: {
      verdict: 'anomaly',
      domains: ['storage'],
      rootCause: {
        events: [4],
        description:
          'Event 4: "writeBlock blk_<BLK> received exception java.io.IOException: Could not read from stream" is anomalous (score 0.96); domain storage (block storage and replication in the distributed file system). Typical causes: a datanode lost its connection mid-write; disk full or failing',
      },
      affectedComponents: ['dfs.FSNamesystem', 'dfs.DataNode$DataXceiver'],
      confidence: 1,
      text: 'Anomaly in storage: 1 of 4 events are anomalous lines, sequence score 1.00 (anomaly). It starts at event 4: "writeBlock blk_<BLK> received exception java.io.IOException: Could not read from stream" is anomalous (score 0.96); affected: dfs.FSNamesystem, dfs.DataNode$DataXceiver. Typical causes: a datanode lost its connection mid-write; disk full or failing.',
    },
  },
  narrative: {
    source: 'grounded',
  },
};

/* Recorded by tests/browser/record-fixtures.ts; do not edit by hand. */
import type { ScoreResponse } from '../services/contract';

export const scoreHdfs: ScoreResponse = {
  model: {
    id: 'loghub-bgl-hdfs',
    version: '2026.11.28-1',
  },
  results: [
    {
      index: 0,
      id: '1226262930000000000_0',
      verdict: 'normal',
      score: 0.016,
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
      index: 1,
      id: '1226262930000000001_1',
      verdict: 'normal',
      score: 0.016,
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
      index: 2,
      id: '1226262930000000002_2',
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
      index: 3,
      id: '1226262931000000003_3',
      verdict: 'normal',
      score: 0.016,
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
      index: 4,
      id: '1226262931000000004_4',
      verdict: 'normal',
      score: 0.016,
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
      index: 5,
      id: '1226262931000000005_5',
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
      index: 6,
      id: '1226262932000000006_6',
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
      index: 7,
      id: '1226262932000000007_7',
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
      index: 8,
      id: '1226262932000000008_8',
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
      index: 9,
      id: '1226262933000000009_9',
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
      index: 10,
      id: '1226262935000000010_10',
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
      index: 11,
      id: '1226262937000000011_11',
      verdict: 'normal',
      score: 0.016,
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
      index: 12,
      id: '1226262968000000012_12',
      verdict: 'normal',
      score: 0.017,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '0cb182345a0313e7',
        text: 'PacketResponder <NUM> for block blk_<BLK> terminating',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 13,
      id: '1226262968000000013_13',
      verdict: 'normal',
      score: 0.017,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '0cb182345a0313e7',
        text: 'PacketResponder <NUM> for block blk_<BLK> terminating',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 14,
      id: '1226262968000000014_14',
      verdict: 'normal',
      score: 0.032,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '7ba59d6196482599',
        text: 'Received block blk_<BLK> of size <NUM> from /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 15,
      id: '1226262968000000015_15',
      verdict: 'normal',
      score: 0.032,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '7ba59d6196482599',
        text: 'Received block blk_<BLK> of size <NUM> from /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 16,
      id: '1226262968000000016_16',
      verdict: 'normal',
      score: 0.017,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '0cb182345a0313e7',
        text: 'PacketResponder <NUM> for block blk_<BLK> terminating',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 17,
      id: '1226262968000000017_17',
      verdict: 'normal',
      score: 0.032,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '7ba59d6196482599',
        text: 'Received block blk_<BLK> of size <NUM> from /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 18,
      id: '1226262968000000018_18',
      verdict: 'normal',
      score: 0.037,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '85baa4daedc31c7e',
        text: 'BLOCK* NameSystem.addStoredBlock: blockMap updated: <IP>:<NUM> is added to blk_<BLK> size <NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 19,
      id: '1226262968000000019_19',
      verdict: 'normal',
      score: 0.023,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '85baa4daedc31c7e',
        text: 'BLOCK* NameSystem.addStoredBlock: blockMap updated: <IP>:<NUM> is added to blk_<BLK> size <NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 20,
      id: '1226262968000000020_20',
      verdict: 'normal',
      score: 0.037,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '85baa4daedc31c7e',
        text: 'BLOCK* NameSystem.addStoredBlock: blockMap updated: <IP>:<NUM> is added to blk_<BLK> size <NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 21,
      id: '1226262975000000021_21',
      verdict: 'normal',
      score: 0.017,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '0cb182345a0313e7',
        text: 'PacketResponder <NUM> for block blk_<BLK> terminating',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 22,
      id: '1226262975000000022_22',
      verdict: 'normal',
      score: 0.05,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '7ba59d6196482599',
        text: 'Received block blk_<BLK> of size <NUM> from /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 23,
      id: '1226262975000000023_23',
      verdict: 'normal',
      score: 0.017,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '0cb182345a0313e7',
        text: 'PacketResponder <NUM> for block blk_<BLK> terminating',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 24,
      id: '1226262975000000024_24',
      verdict: 'normal',
      score: 0.05,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '7ba59d6196482599',
        text: 'Received block blk_<BLK> of size <NUM> from /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 25,
      id: '1226262975000000025_25',
      verdict: 'normal',
      score: 0.017,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '0cb182345a0313e7',
        text: 'PacketResponder <NUM> for block blk_<BLK> terminating',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 26,
      id: '1226262975000000026_26',
      verdict: 'normal',
      score: 0.05,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '7ba59d6196482599',
        text: 'Received block blk_<BLK> of size <NUM> from /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 27,
      id: '1226262975000000027_27',
      verdict: 'normal',
      score: 0.054,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '85baa4daedc31c7e',
        text: 'BLOCK* NameSystem.addStoredBlock: blockMap updated: <IP>:<NUM> is added to blk_<BLK> size <NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 28,
      id: '1226262975000000028_28',
      verdict: 'normal',
      score: 0.054,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '85baa4daedc31c7e',
        text: 'BLOCK* NameSystem.addStoredBlock: blockMap updated: <IP>:<NUM> is added to blk_<BLK> size <NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 29,
      id: '1226262975000000029_29',
      verdict: 'normal',
      score: 0.054,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '85baa4daedc31c7e',
        text: 'BLOCK* NameSystem.addStoredBlock: blockMap updated: <IP>:<NUM> is added to blk_<BLK> size <NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 30,
      id: '1226262990000000030_30',
      verdict: 'normal',
      score: 0.017,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '0cb182345a0313e7',
        text: 'PacketResponder <NUM> for block blk_<BLK> terminating',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 31,
      id: '1226262990000000031_31',
      verdict: 'normal',
      score: 0.05,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '7ba59d6196482599',
        text: 'Received block blk_<BLK> of size <NUM> from /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 32,
      id: '1226262990000000032_32',
      verdict: 'normal',
      score: 0.017,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '0cb182345a0313e7',
        text: 'PacketResponder <NUM> for block blk_<BLK> terminating',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 33,
      id: '1226262990000000033_33',
      verdict: 'normal',
      score: 0.032,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '7ba59d6196482599',
        text: 'Received block blk_<BLK> of size <NUM> from /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 34,
      id: '1226262990000000034_34',
      verdict: 'normal',
      score: 0.017,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '0cb182345a0313e7',
        text: 'PacketResponder <NUM> for block blk_<BLK> terminating',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 35,
      id: '1226262990000000035_35',
      verdict: 'normal',
      score: 0.05,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '7ba59d6196482599',
        text: 'Received block blk_<BLK> of size <NUM> from /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 36,
      id: '1226262990000000036_36',
      verdict: 'normal',
      score: 0.041,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '85baa4daedc31c7e',
        text: 'BLOCK* NameSystem.addStoredBlock: blockMap updated: <IP>:<NUM> is added to blk_<BLK> size <NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 37,
      id: '1226262990000000037_37',
      verdict: 'normal',
      score: 0.037,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '85baa4daedc31c7e',
        text: 'BLOCK* NameSystem.addStoredBlock: blockMap updated: <IP>:<NUM> is added to blk_<BLK> size <NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 38,
      id: '1226262991000000038_38',
      verdict: 'normal',
      score: 0.054,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '85baa4daedc31c7e',
        text: 'BLOCK* NameSystem.addStoredBlock: blockMap updated: <IP>:<NUM> is added to blk_<BLK> size <NUM>',
      },
      novel: false,
      truncated: false,
    },
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
    {
      index: 43,
      id: '1226263205000000043_43',
      verdict: 'normal',
      score: 0.014,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: 'a2a44447537b3874',
        text: 'Verification succeeded for blk_<BLK>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 44,
      id: '1226263301000000044_44',
      verdict: 'normal',
      score: 0.014,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: 'a2a44447537b3874',
        text: 'Verification succeeded for blk_<BLK>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 45,
      id: '1226263415000000045_45',
      verdict: 'normal',
      score: 0.014,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: 'a2a44447537b3874',
        text: 'Verification succeeded for blk_<BLK>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 46,
      id: '1226263468000000046_46',
      verdict: 'normal',
      score: 0.014,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: 'a2a44447537b3874',
        text: 'Verification succeeded for blk_<BLK>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 47,
      id: '1226263504000000047_47',
      verdict: 'normal',
      score: 0.014,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: 'a2a44447537b3874',
        text: 'Verification succeeded for blk_<BLK>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 48,
      id: '1226263698000000048_48',
      verdict: 'normal',
      score: 0.014,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: 'a2a44447537b3874',
        text: 'Verification succeeded for blk_<BLK>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 49,
      id: '1226263899000000049_49',
      verdict: 'normal',
      score: 0.014,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: 'a2a44447537b3874',
        text: 'Verification succeeded for blk_<BLK>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 50,
      id: '1226264745000000050_50',
      verdict: 'normal',
      score: 0.014,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: 'a2a44447537b3874',
        text: 'Verification succeeded for blk_<BLK>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 51,
      id: '1226265185000000051_51',
      verdict: 'normal',
      score: 0.014,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: 'a2a44447537b3874',
        text: 'Verification succeeded for blk_<BLK>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 52,
      id: '1226266792000000052_52',
      verdict: 'normal',
      score: 0.016,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 53,
      id: '1226266792000000053_53',
      verdict: 'normal',
      score: 0.034,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 54,
      id: '1226266850000000054_54',
      verdict: 'normal',
      score: 0.034,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 55,
      id: '1226266974000000055_55',
      verdict: 'normal',
      score: 0.051,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 56,
      id: '1226266974000000056_56',
      verdict: 'normal',
      score: 0.016,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 57,
      id: '1226266985000000057_57',
      verdict: 'normal',
      score: 0.051,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 58,
      id: '1226266986000000058_58',
      verdict: 'normal',
      score: 0.02,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 59,
      id: '1226266994000000059_59',
      verdict: 'normal',
      score: 0.034,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 60,
      id: '1226267000000000060_60',
      verdict: 'normal',
      score: 0.034,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 61,
      id: '1226267003000000061_61',
      verdict: 'normal',
      score: 0.02,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 62,
      id: '1226267006000000062_62',
      verdict: 'normal',
      score: 0.016,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 63,
      id: '1226267007000000063_63',
      verdict: 'normal',
      score: 0.016,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 64,
      id: '1226267009000000064_64',
      verdict: 'normal',
      score: 0.034,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 65,
      id: '1226267011000000065_65',
      verdict: 'normal',
      score: 0.034,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 66,
      id: '1226267013000000066_66',
      verdict: 'normal',
      score: 0.034,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 67,
      id: '1226267013000000067_67',
      verdict: 'normal',
      score: 0.034,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 68,
      id: '1226267016000000068_68',
      verdict: 'normal',
      score: 0.016,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 69,
      id: '1226267016000000069_69',
      verdict: 'normal',
      score: 0.034,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 70,
      id: '1226267018000000070_70',
      verdict: 'normal',
      score: 0.016,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 71,
      id: '1226267019000000071_71',
      verdict: 'normal',
      score: 0.023,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '9c8fa0702a403419',
        text: '<IP>:<NUM> Served block blk_<BLK> to /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 72,
      id: '1226267039000000072_72',
      verdict: 'normal',
      score: 0.034,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 73,
      id: '1226267042000000073_73',
      verdict: 'normal',
      score: 0.016,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 74,
      id: '1226267043000000074_74',
      verdict: 'normal',
      score: 0.034,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 75,
      id: '1226267046000000075_75',
      verdict: 'normal',
      score: 0.051,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 76,
      id: '1226267052000000076_76',
      verdict: 'normal',
      score: 0.016,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 77,
      id: '1226267052000000077_77',
      verdict: 'normal',
      score: 0.051,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 78,
      id: '1226267075000000078_78',
      verdict: 'normal',
      score: 0.051,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 79,
      id: '1226267081000000079_79',
      verdict: 'normal',
      score: 0.016,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 80,
      id: '1226267084000000080_80',
      verdict: 'normal',
      score: 0.016,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 81,
      id: '1226267087000000081_81',
      verdict: 'normal',
      score: 0.016,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 82,
      id: '1226267087000000082_82',
      verdict: 'normal',
      score: 0.047,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 83,
      id: '1226267091000000083_83',
      verdict: 'normal',
      score: 0.034,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 84,
      id: '1226267115000000084_84',
      verdict: 'normal',
      score: 0.023,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '9c8fa0702a403419',
        text: '<IP>:<NUM> Served block blk_<BLK> to /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 85,
      id: '1226267183000000085_85',
      verdict: 'normal',
      score: 0.051,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 86,
      id: '1226267200000000086_86',
      verdict: 'normal',
      score: 0.016,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 87,
      id: '1226267203000000087_87',
      verdict: 'normal',
      score: 0.051,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 88,
      id: '1226267219000000088_88',
      verdict: 'normal',
      score: 0.016,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 89,
      id: '1226267221000000089_89',
      verdict: 'normal',
      score: 0.034,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 90,
      id: '1226267231000000090_90',
      verdict: 'normal',
      score: 0.034,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 91,
      id: '1226267232000000091_91',
      verdict: 'normal',
      score: 0.047,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 92,
      id: '1226267242000000092_92',
      verdict: 'normal',
      score: 0.051,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 93,
      id: '1226267246000000093_93',
      verdict: 'normal',
      score: 0.034,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 94,
      id: '1226267251000000094_94',
      verdict: 'normal',
      score: 0.034,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 95,
      id: '1226267257000000095_95',
      verdict: 'normal',
      score: 0.047,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 96,
      id: '1226267258000000096_96',
      verdict: 'normal',
      score: 0.047,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 97,
      id: '1226267269000000097_97',
      verdict: 'normal',
      score: 0.036,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '9c8fa0702a403419',
        text: '<IP>:<NUM> Served block blk_<BLK> to /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 98,
      id: '1226267300000000098_98',
      verdict: 'normal',
      score: 0.016,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 99,
      id: '1226267808000000099_99',
      verdict: 'normal',
      score: 0.016,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 100,
      id: '1226281994000000100_100',
      verdict: 'normal',
      score: 0.021,
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
      index: 101,
      id: '1226281994000000101_101',
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
      index: 102,
      id: '1226281995000000102_102',
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
      index: 103,
      id: '1226281995000000103_103',
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
      index: 104,
      id: '1226282036000000104_104',
      verdict: 'normal',
      score: 0.037,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '85baa4daedc31c7e',
        text: 'BLOCK* NameSystem.addStoredBlock: blockMap updated: <IP>:<NUM> is added to blk_<BLK> size <NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 105,
      id: '1226282036000000105_105',
      verdict: 'normal',
      score: 0.037,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '85baa4daedc31c7e',
        text: 'BLOCK* NameSystem.addStoredBlock: blockMap updated: <IP>:<NUM> is added to blk_<BLK> size <NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 106,
      id: '1226282036000000106_106',
      verdict: 'normal',
      score: 0.037,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '85baa4daedc31c7e',
        text: 'BLOCK* NameSystem.addStoredBlock: blockMap updated: <IP>:<NUM> is added to blk_<BLK> size <NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 107,
      id: '1226282036000000107_107',
      verdict: 'normal',
      score: 0.031,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '0cb182345a0313e7',
        text: 'PacketResponder <NUM> for block blk_<BLK> terminating',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 108,
      id: '1226282036000000108_108',
      verdict: 'normal',
      score: 0.014,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '7ba59d6196482599',
        text: 'Received block blk_<BLK> of size <NUM> from /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 109,
      id: '1226282036000000109_109',
      verdict: 'normal',
      score: 0.031,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '0cb182345a0313e7',
        text: 'PacketResponder <NUM> for block blk_<BLK> terminating',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 110,
      id: '1226282036000000110_110',
      verdict: 'normal',
      score: 0.014,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '7ba59d6196482599',
        text: 'Received block blk_<BLK> of size <NUM> from /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 111,
      id: '1226282036000000111_111',
      verdict: 'normal',
      score: 0.031,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '0cb182345a0313e7',
        text: 'PacketResponder <NUM> for block blk_<BLK> terminating',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 112,
      id: '1226282036000000112_112',
      verdict: 'normal',
      score: 0.014,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '7ba59d6196482599',
        text: 'Received block blk_<BLK> of size <NUM> from /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 113,
      id: '1226295297000000113_113',
      verdict: 'normal',
      score: 0.054,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '9c8fa0702a403419',
        text: '<IP>:<NUM> Served block blk_<BLK> to /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 114,
      id: '1226295353000000114_114',
      verdict: 'normal',
      score: 0.054,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '9c8fa0702a403419',
        text: '<IP>:<NUM> Served block blk_<BLK> to /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 115,
      id: '1226295466000000115_115',
      verdict: 'normal',
      score: 0.016,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 116,
      id: '1226301643000000116_116',
      verdict: 'normal',
      score: 0.054,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '9c8fa0702a403419',
        text: '<IP>:<NUM> Served block blk_<BLK> to /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 117,
      id: '1226301651000000117_117',
      verdict: 'normal',
      score: 0.054,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '9c8fa0702a403419',
        text: '<IP>:<NUM> Served block blk_<BLK> to /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 118,
      id: '1226301689000000118_118',
      verdict: 'normal',
      score: 0.034,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 119,
      id: '1226305719000000119_119',
      verdict: 'normal',
      score: 0.054,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '9c8fa0702a403419',
        text: '<IP>:<NUM> Served block blk_<BLK> to /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 120,
      id: '1226305731000000120_120',
      verdict: 'normal',
      score: 0.054,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '9c8fa0702a403419',
        text: '<IP>:<NUM> Served block blk_<BLK> to /<IP>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 121,
      id: '1226305745000000121_121',
      verdict: 'normal',
      score: 0.016,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '2e66c04385a2ff86',
        text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 122,
      id: '1226313047000000122_122',
      verdict: 'normal',
      score: 0.055,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '06c6306a8ffc68e7',
        text: 'BLOCK* NameSystem.delete: blk_<BLK> is added to invalidSet of <IP>:<NUM>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 123,
      id: '1226313047000000123_123',
      verdict: 'normal',
      score: 0.055,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '06c6306a8ffc68e7',
        text: 'BLOCK* NameSystem.delete: blk_<BLK> is added to invalidSet of <IP>:<NUM>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 124,
      id: '1226313047000000124_124',
      verdict: 'normal',
      score: 0.055,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '06c6306a8ffc68e7',
        text: 'BLOCK* NameSystem.delete: blk_<BLK> is added to invalidSet of <IP>:<NUM>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 125,
      id: '1226313054000000125_125',
      verdict: 'normal',
      score: 0.024,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '06c6306a8ffc68e7',
        text: 'BLOCK* NameSystem.delete: blk_<BLK> is added to invalidSet of <IP>:<NUM>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 126,
      id: '1226313054000000126_126',
      verdict: 'normal',
      score: 0.024,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '06c6306a8ffc68e7',
        text: 'BLOCK* NameSystem.delete: blk_<BLK> is added to invalidSet of <IP>:<NUM>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 127,
      id: '1226313054000000127_127',
      verdict: 'normal',
      score: 0.024,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '06c6306a8ffc68e7',
        text: 'BLOCK* NameSystem.delete: blk_<BLK> is added to invalidSet of <IP>:<NUM>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 128,
      id: '1226313055000000128_128',
      verdict: 'normal',
      score: 0.024,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '06c6306a8ffc68e7',
        text: 'BLOCK* NameSystem.delete: blk_<BLK> is added to invalidSet of <IP>:<NUM>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 129,
      id: '1226313055000000129_129',
      verdict: 'normal',
      score: 0.055,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '06c6306a8ffc68e7',
        text: 'BLOCK* NameSystem.delete: blk_<BLK> is added to invalidSet of <IP>:<NUM>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 130,
      id: '1226313055000000130_130',
      verdict: 'normal',
      score: 0.011,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '06c6306a8ffc68e7',
        text: 'BLOCK* NameSystem.delete: blk_<BLK> is added to invalidSet of <IP>:<NUM>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 131,
      id: '1226313056000000131_131',
      verdict: 'normal',
      score: 0.055,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '06c6306a8ffc68e7',
        text: 'BLOCK* NameSystem.delete: blk_<BLK> is added to invalidSet of <IP>:<NUM>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 132,
      id: '1226313056000000132_132',
      verdict: 'normal',
      score: 0.055,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '06c6306a8ffc68e7',
        text: 'BLOCK* NameSystem.delete: blk_<BLK> is added to invalidSet of <IP>:<NUM>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 133,
      id: '1226313056000000133_133',
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
        id: '06c6306a8ffc68e7',
        text: 'BLOCK* NameSystem.delete: blk_<BLK> is added to invalidSet of <IP>:<NUM>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 134,
      id: '1226313260000000134_134',
      verdict: 'normal',
      score: 0.012,
      domain: 'filesystem',
      domainScores: [
        {
          domain: 'filesystem',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '13d9234e092eaa3c',
        text: 'Deleting block blk_<BLK> file <PATH>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 135,
      id: '1226313282000000135_135',
      verdict: 'normal',
      score: 0.012,
      domain: 'filesystem',
      domainScores: [
        {
          domain: 'filesystem',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '13d9234e092eaa3c',
        text: 'Deleting block blk_<BLK> file <PATH>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 136,
      id: '1226313346000000136_136',
      verdict: 'normal',
      score: 0.011,
      domain: 'filesystem',
      domainScores: [
        {
          domain: 'filesystem',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '13d9234e092eaa3c',
        text: 'Deleting block blk_<BLK> file <PATH>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 137,
      id: '1226313410000000137_137',
      verdict: 'normal',
      score: 0.011,
      domain: 'filesystem',
      domainScores: [
        {
          domain: 'filesystem',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '13d9234e092eaa3c',
        text: 'Deleting block blk_<BLK> file <PATH>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 138,
      id: '1226313414000000138_138',
      verdict: 'normal',
      score: 0.011,
      domain: 'filesystem',
      domainScores: [
        {
          domain: 'filesystem',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '13d9234e092eaa3c',
        text: 'Deleting block blk_<BLK> file <PATH>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 139,
      id: '1226313428000000139_139',
      verdict: 'normal',
      score: 0.011,
      domain: 'filesystem',
      domainScores: [
        {
          domain: 'filesystem',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '13d9234e092eaa3c',
        text: 'Deleting block blk_<BLK> file <PATH>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 140,
      id: '1226313454000000140_140',
      verdict: 'normal',
      score: 0.011,
      domain: 'filesystem',
      domainScores: [
        {
          domain: 'filesystem',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '13d9234e092eaa3c',
        text: 'Deleting block blk_<BLK> file <PATH>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 141,
      id: '1226313459000000141_141',
      verdict: 'normal',
      score: 0.011,
      domain: 'filesystem',
      domainScores: [
        {
          domain: 'filesystem',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '13d9234e092eaa3c',
        text: 'Deleting block blk_<BLK> file <PATH>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 142,
      id: '1226313471000000142_142',
      verdict: 'normal',
      score: 0.011,
      domain: 'filesystem',
      domainScores: [
        {
          domain: 'filesystem',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '13d9234e092eaa3c',
        text: 'Deleting block blk_<BLK> file <PATH>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 143,
      id: '1226313472000000143_143',
      verdict: 'normal',
      score: 0.011,
      domain: 'filesystem',
      domainScores: [
        {
          domain: 'filesystem',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '13d9234e092eaa3c',
        text: 'Deleting block blk_<BLK> file <PATH>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 144,
      id: '1226313557000000144_144',
      verdict: 'normal',
      score: 0.011,
      domain: 'filesystem',
      domainScores: [
        {
          domain: 'filesystem',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '13d9234e092eaa3c',
        text: 'Deleting block blk_<BLK> file <PATH>',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 145,
      id: '1226313988000000145_145',
      verdict: 'anomaly',
      score: 0.91,
      domain: 'filesystem',
      domainScores: [
        {
          domain: 'filesystem',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '6346bd6c5f1fc0cc',
        text: 'BLOCK* NameSystem.addStoredBlock: addStoredBlock request received for blk_<BLK> on <IP>:<NUM> size <NUM> But it does not belong to any file.',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 146,
      id: '1226313988000000146_146',
      verdict: 'normal',
      score: 0.037,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.93,
        },
      ],
      template: {
        id: '85baa4daedc31c7e',
        text: 'BLOCK* NameSystem.addStoredBlock: blockMap updated: <IP>:<NUM> is added to blk_<BLK> size <NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 147,
      id: '1226314124000000147_147',
      verdict: 'normal',
      score: 0.012,
      domain: 'filesystem',
      domainScores: [
        {
          domain: 'filesystem',
          score: 0.597,
        },
        {
          domain: 'storage',
          score: 0.358,
        },
      ],
      template: {
        id: '13d9234e092eaa3c',
        text: 'Deleting block blk_<BLK> file <PATH>',
      },
      novel: true,
      truncated: false,
    },
  ],
};

/* Recorded by tests/browser/record-fixtures.ts; do not edit by hand. */
import type { ScoreResponse } from '../services/contract';

export const scoreBgl: ScoreResponse = {
  model: {
    id: 'loghub-bgl-hdfs',
    version: '2026.11.28-1',
  },
  results: [
    {
      index: 0,
      id: '1117838570675872000_0',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 1,
      id: '1117838573276129000_1',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 2,
      id: '1117838976156884000_2',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 3,
      id: '1117838978026704000_3',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 4,
      id: '1117842440730545000_4',
      verdict: 'normal',
      score: 0.026,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'd0c6c8fc4321fbc3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 5,
      id: '1117842974254137000_5',
      verdict: 'normal',
      score: 0.012,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'd0c6c8fc4321fbc3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 6,
      id: '1117843015309974000_6',
      verdict: 'normal',
      score: 0.012,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'd0c6c8fc4321fbc3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 7,
      id: '1117848119871925000_7',
      verdict: 'normal',
      score: 0.034,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'f8cc4541bd39b621',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO CE sym <NUM>, at <HEX>, mask <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 8,
      id: '1117869872432192000_8',
      verdict: 'anomaly',
      score: 0.934,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'application',
          score: 0.358,
        },
      ],
      template: {
        id: '5e6cb90c422d8132',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS APP FATAL ciod: failed to read message prefix on control stream (CioStream socket to <IP>:<NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 9,
      id: '1117869876222560000_9',
      verdict: 'anomaly',
      score: 0.934,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'application',
          score: 0.358,
        },
      ],
      template: {
        id: '5e6cb90c422d8132',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS APP FATAL ciod: failed to read message prefix on control stream (CioStream socket to <IP>:<NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 10,
      id: '1117942120767551000_10',
      verdict: 'normal',
      score: 0.016,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'f8cc4541bd39b621',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO CE sym <NUM>, at <HEX>, mask <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 11,
      id: '1117955341903373000_11',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 12,
      id: '1117955392516674000_12',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 13,
      id: '1117956980945796000_13',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 14,
      id: '1117957045012681000_14',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 15,
      id: '1117959501778604000_15',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 16,
      id: '1117959513830595000_16',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 17,
      id: '1117959563822135000_17',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 18,
      id: '1117973759416717000_18',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 19,
      id: '1117973786686603000_19',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 20,
      id: '1117973919396608000_20',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 21,
      id: '1117974206239153000_21',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 22,
      id: '1117974463336565000_22',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 23,
      id: '1117975251726735000_23',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 24,
      id: '1117976658406158000_24',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 25,
      id: '1117977497802159000_25',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 26,
      id: '1117979227157021000_26',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 27,
      id: '1117982609979844000_27',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 28,
      id: '1117984124281729000_28',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 29,
      id: '1117984130547117000_29',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 30,
      id: '1117984216270131000_30',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 31,
      id: '1117984246344235000_31',
      verdict: 'normal',
      score: 0.022,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 32,
      id: '1117985401873693000_32',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 33,
      id: '1117985413824307000_33',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 34,
      id: '1117985464464776000_34',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 35,
      id: '1117985533659715000_35',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 36,
      id: '1117985547814949000_36',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 37,
      id: '1117987420673488000_37',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 38,
      id: '1117988266225683000_38',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 39,
      id: '1117988286694851000_39',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 40,
      id: '1117988416681318000_40',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 41,
      id: '1117988443944594000_41',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 42,
      id: '1117989483456120000_42',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 43,
      id: '1117989508957918000_43',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 44,
      id: '1117989530430385000_44',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 45,
      id: '1117989577590924000_45',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 46,
      id: '1117989594210760000_46',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 47,
      id: '1117989601191177000_47',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 48,
      id: '1117989617352982000_48',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 49,
      id: '1117990886040379000_49',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 50,
      id: '1117990951242619000_50',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 51,
      id: '1117990980195528000_51',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 52,
      id: '1117991006884113000_52',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 53,
      id: '1117991046326828000_53',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 54,
      id: '1117992519717587000_54',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 55,
      id: '1117992553196439000_55',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 56,
      id: '1118070512984716000_56',
      verdict: 'normal',
      score: 0.016,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'f8cc4541bd39b621',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO CE sym <NUM>, at <HEX>, mask <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 57,
      id: '1118070518414458000_57',
      verdict: 'normal',
      score: 0.034,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'f8cc4541bd39b621',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO CE sym <NUM>, at <HEX>, mask <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 58,
      id: '1118079221093251000_58',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 59,
      id: '1118079403705821000_59',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 60,
      id: '1118080420701796000_60',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 61,
      id: '1118080480382678000_61',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 62,
      id: '1118080909223879000_62',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 63,
      id: '1118081048452393000_63',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 64,
      id: '1118081391751862000_64',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 65,
      id: '1118081467787886000_65',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 66,
      id: '1118112603669394000_66',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 67,
      id: '1118112604552706000_67',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 68,
      id: '1118112700376079000_68',
      verdict: 'normal',
      score: 0.042,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.475,
        },
        {
          domain: 'kernel',
          score: 0.285,
        },
        {
          domain: 'application',
          score: 0.204,
        },
      ],
      template: {
        id: 'cfe8fefbbe7a8045',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO ciod: cpu <NUM> at treeaddr <NUM> sent unrecognized message <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 69,
      id: '1118114656345770000_69',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 70,
      id: '1118122888143013000_70',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 71,
      id: '1118149549961844000_71',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 72,
      id: '1118149569288228000_72',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 73,
      id: '1118149570391269000_73',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 74,
      id: '1118149783355329000_74',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 75,
      id: '1118149821214757000_75',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 76,
      id: '1118172013966416000_76',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 77,
      id: '1118172017344136000_77',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 78,
      id: '1118172099208896000_78',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 79,
      id: '1118172125196450000_79',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 80,
      id: '1118172147613809000_80',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 81,
      id: '1118172690918396000_81',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 82,
      id: '1118183497435791000_82',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 83,
      id: '1118183566334191000_83',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 84,
      id: '1118193358583443000_84',
      verdict: 'normal',
      score: 0.04,
      domain: 'filesystem',
      domainScores: [
        {
          domain: 'filesystem',
          score: 0.597,
        },
        {
          domain: 'application',
          score: 0.358,
        },
      ],
      template: {
        id: 'ebf820088b7a6393',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS APP FATAL ciod: LOGIN chdir(/p/gb2/glosli/<ID>) failed: No such file or directory',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 85,
      id: '1118207879587113000_85',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 86,
      id: '1118207897203831000_86',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 87,
      id: '1118251556322381000_87',
      verdict: 'normal',
      score: 0.016,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'f8cc4541bd39b621',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO CE sym <NUM>, at <HEX>, mask <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 88,
      id: '1118271740600478000_88',
      verdict: 'normal',
      score: 0.056,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: 'b92dd47193120b64',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> ddr errors(s) detected and corrected on rank <NUM>, symbol <NUM>, bit <NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 89,
      id: '1118285722798062000_89',
      verdict: 'normal',
      score: 0.016,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'f8cc4541bd39b621',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO CE sym <NUM>, at <HEX>, mask <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 90,
      id: '1118290076397001000_90',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 91,
      id: '1118290077879112000_91',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 92,
      id: '1118292507952411000_92',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 93,
      id: '1118301090925676000_93',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 94,
      id: '1118343776706796000_94',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 95,
      id: '1118343816113136000_95',
      verdict: 'normal',
      score: 0.019,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 96,
      id: '1118343958258567000_96',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 97,
      id: '1118351098329635000_97',
      verdict: 'normal',
      score: 0.034,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'f8cc4541bd39b621',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO CE sym <NUM>, at <HEX>, mask <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 98,
      id: '1118354046957120000_98',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 99,
      id: '1118354070103580000_99',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 100,
      id: '1118363168386218000_100',
      verdict: 'normal',
      score: 0.034,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'f8cc4541bd39b621',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO CE sym <NUM>, at <HEX>, mask <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 101,
      id: '1118371043866536000_101',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 102,
      id: '1118371064455502000_102',
      verdict: 'normal',
      score: 0.019,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 103,
      id: '1118536327581048000_103',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 104,
      id: '1118536959794840000_104',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 105,
      id: '1118537212020435000_105',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 106,
      id: '1118537261103595000_106',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 107,
      id: '1118537622323869000_107',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 108,
      id: '1118537694024829000_108',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 109,
      id: '1118538129666558000_109',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 110,
      id: '1118538182884252000_110',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 111,
      id: '1118538836287869000_111',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 112,
      id: '1118539141277745000_112',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 113,
      id: '1118539342630540000_113',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 114,
      id: '1118539682964604000_114',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 115,
      id: '1118539891276036000_115',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 116,
      id: '1118540457217361000_116',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 117,
      id: '1118541065246165000_117',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 118,
      id: '1118541373781741000_118',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 119,
      id: '1118541965431824000_119',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 120,
      id: '1118542012571964000_120',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 121,
      id: '1118542376115636000_121',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 122,
      id: '1118543043186547000_122',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 123,
      id: '1118543085991034000_123',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 124,
      id: '1118543420585330000_124',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 125,
      id: '1118543510792512000_125',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 126,
      id: '1118543547820915000_126',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 127,
      id: '1118543583793426000_127',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 128,
      id: '1118543955873091000_128',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 129,
      id: '1118544072806499000_129',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 130,
      id: '1118544523752466000_130',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 131,
      id: '1118544625307011000_131',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 132,
      id: '1118544942506216000_132',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 133,
      id: '1118545027898567000_133',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 134,
      id: '1118545623218292000_134',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 135,
      id: '1118545700603096000_135',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 136,
      id: '1118548457510380000_136',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 137,
      id: '1118548933585407000_137',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 138,
      id: '1118549132007991000_138',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 139,
      id: '1118549466535786000_139',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 140,
      id: '1118549852188993000_140',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 141,
      id: '1118549971616037000_141',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 142,
      id: '1118550514864892000_142',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 143,
      id: '1118550590731558000_143',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 144,
      id: '1118550729069241000_144',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 145,
      id: '1118550833535990000_145',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 146,
      id: '1118551483496547000_146',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 147,
      id: '1118552349406185000_147',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 148,
      id: '1118552553858708000_148',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 149,
      id: '1118552691794882000_149',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 150,
      id: '1118552811501364000_150',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 151,
      id: '1118552875838589000_151',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 152,
      id: '1118553263973994000_152',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 153,
      id: '1118553888384418000_153',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 154,
      id: '1118554196837444000_154',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 155,
      id: '1118554603913043000_155',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 156,
      id: '1118554838175497000_156',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 157,
      id: '1118555213485059000_157',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 158,
      id: '1118555299442753000_158',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 159,
      id: '1118555531070355000_159',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 160,
      id: '1118556754701151000_160',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 161,
      id: '1118557291495365000_161',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 162,
      id: '1118557583330548000_162',
      verdict: 'anomaly',
      score: 0.951,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '03dc46e5a064bb06',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 163,
      id: '1118686962601119000_163',
      verdict: 'normal',
      score: 0.016,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'f8cc4541bd39b621',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO CE sym <NUM>, at <HEX>, mask <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 164,
      id: '1118699850126106000_164',
      verdict: 'normal',
      score: 0.053,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.597,
        },
        {
          domain: 'application',
          score: 0.358,
        },
      ],
      template: {
        id: 'c55cf72bb606a105',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO ciod: Message code <NUM> is not <NUM> or <NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 165,
      id: '1118709403927885000_165',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 166,
      id: '1118709482756042000_166',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 167,
      id: '1118709549591793000_167',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 168,
      id: '1118709578100643000_168',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 169,
      id: '1118709681634261000_169',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 170,
      id: '1118709681662328000_170',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 171,
      id: '1118709717658353000_171',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 172,
      id: '1118709851050768000_172',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 173,
      id: '1118709955674418000_173',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 174,
      id: '1118709996623273000_174',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 175,
      id: '1118710134474557000_175',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 176,
      id: '1118710233240802000_176',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 177,
      id: '1118710289224900000_177',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 178,
      id: '1118710341811586000_178',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 179,
      id: '1118710403965757000_179',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 180,
      id: '1118732642552133000_180',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 181,
      id: '1118758243523299000_181',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 182,
      id: '1118758269281175000_182',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 183,
      id: '1118758278222056000_183',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 184,
      id: '1118758308689764000_184',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 185,
      id: '1118765205752792000_185',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 186,
      id: '1118765277162326000_186',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 187,
      id: '1118765328339582000_187',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 188,
      id: '1118765360459609000_188',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 189,
      id: '1118765370138103000_189',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 190,
      id: '1118765511127157000_190',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 191,
      id: '1118765631017266000_191',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 192,
      id: '1118765631996954000_192',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 193,
      id: '1118765676498843000_193',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 194,
      id: '1118765746266882000_194',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 195,
      id: '1118765795364588000_195',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 196,
      id: '1118765825516605000_196',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 197,
      id: '1118765858154403000_197',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 198,
      id: '1118766090885300000_198',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 199,
      id: '1118766119021659000_199',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 200,
      id: '1118766139720208000_200',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 201,
      id: '1118766804217741000_201',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 202,
      id: '1118766833107913000_202',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 203,
      id: '1118766935569986000_203',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 204,
      id: '1118767015370589000_204',
      verdict: 'normal',
      score: 0.046,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 205,
      id: '1118767049304192000_205',
      verdict: 'normal',
      score: 0.046,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 206,
      id: '1118767283815131000_206',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 207,
      id: '1118767320555171000_207',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 208,
      id: '1118767381478244000_208',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '9d14958f9df3dbdf',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: <*> <*>.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 209,
      id: '1118767897041158000_209',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 210,
      id: '1118767942295234000_210',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 211,
      id: '1118767955590523000_211',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 212,
      id: '1118767965933587000_212',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 213,
      id: '1118768001013029000_213',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 214,
      id: '1118768017560823000_214',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 215,
      id: '1118768044393973000_215',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 216,
      id: '1118768070228119000_216',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 217,
      id: '1118768087139055000_217',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 218,
      id: '1118768111455484000_218',
      verdict: 'normal',
      score: 0.046,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 219,
      id: '1118768121391576000_219',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 220,
      id: '1118768158097920000_220',
      verdict: 'normal',
      score: 0.046,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 221,
      id: '1118768162974678000_221',
      verdict: 'normal',
      score: 0.046,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 222,
      id: '1118768178293090000_222',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 223,
      id: '1118768186940016000_223',
      verdict: 'normal',
      score: 0.046,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 224,
      id: '1118768357720736000_224',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 225,
      id: '1118769323940275000_225',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 226,
      id: '1118769408088109000_226',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 227,
      id: '1118769443235674000_227',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 228,
      id: '1118769444504094000_228',
      verdict: 'anomaly',
      score: 0.924,
      domain: 'storage',
      domainScores: [
        {
          domain: 'storage',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 229,
      id: '1118769450392758000_229',
      verdict: 'normal',
      score: 0.046,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 230,
      id: '1118769489061481000_230',
      verdict: 'normal',
      score: 0.02,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 231,
      id: '1118769530161104000_231',
      verdict: 'normal',
      score: 0.026,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'b9c09941d2fe5469',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> register: <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 232,
      id: '1118769561829677000_232',
      verdict: 'normal',
      score: 0.026,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'b9c09941d2fe5469',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> register: <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 233,
      id: '1118769562998644000_233',
      verdict: 'normal',
      score: 0.026,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'b9c09941d2fe5469',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> register: <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 234,
      id: '1118769574342222000_234',
      verdict: 'normal',
      score: 0.026,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'b9c09941d2fe5469',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> register: <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 235,
      id: '1118769649630306000_235',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '9d14958f9df3dbdf',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: <*> <*>.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 236,
      id: '1118769697752462000_236',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '9d14958f9df3dbdf',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: <*> <*>.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 237,
      id: '1118769705802128000_237',
      verdict: 'normal',
      score: 0.046,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 238,
      id: '1118769811130281000_238',
      verdict: 'normal',
      score: 0.026,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'b9c09941d2fe5469',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> register: <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 239,
      id: '1118769984461952000_239',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 240,
      id: '1118769991242578000_240',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '9ad782a6dc08a25f',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data store interrupt caused by <*>.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 241,
      id: '1118769993758477000_241',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 242,
      id: '1118769997865134000_242',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '9ad782a6dc08a25f',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data store interrupt caused by <*>.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 243,
      id: '1118770028151309000_243',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '9d14958f9df3dbdf',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: <*> <*>.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 244,
      id: '1118770101217840000_244',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '9d14958f9df3dbdf',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: <*> <*>.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 245,
      id: '1118770227419268000_245',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '9d14958f9df3dbdf',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: <*> <*>.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 246,
      id: '1118770236559680000_246',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '9d14958f9df3dbdf',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: <*> <*>.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 247,
      id: '1118770309464584000_247',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '9d14958f9df3dbdf',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: <*> <*>.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 248,
      id: '1118770375359107000_248',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '9d14958f9df3dbdf',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: <*> <*>.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 249,
      id: '1118770603928442000_249',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 250,
      id: '1118770625332040000_250',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 251,
      id: '1118770646925212000_251',
      verdict: 'normal',
      score: 0.016,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'b9c09941d2fe5469',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> register: <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 252,
      id: '1118770918776391000_252',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '9ad782a6dc08a25f',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data store interrupt caused by <*>.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 253,
      id: '1118770954598602000_253',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 254,
      id: '1118770989420211000_254',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '9ad782a6dc08a25f',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data store interrupt caused by <*>.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 255,
      id: '1118771001406138000_255',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '9ad782a6dc08a25f',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data store interrupt caused by <*>.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 256,
      id: '1118771001582308000_256',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '69297bdbe3e78f9a',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL floating point instr. enabled.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 257,
      id: '1118771007316459000_257',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '69297bdbe3e78f9a',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL floating point instr. enabled.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 258,
      id: '1118771014293126000_258',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '69297bdbe3e78f9a',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL floating point instr. enabled.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 259,
      id: '1118771075353282000_259',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 260,
      id: '1118771085851799000_260',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 261,
      id: '1118771098632865000_261',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 262,
      id: '1118771115849740000_262',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '00f66d1d8609f987',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL floating pt ex mode <NUM> enable.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 263,
      id: '1118771259811377000_263',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '9d14958f9df3dbdf',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: <*> <*>.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 264,
      id: '1118771302614188000_264',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 265,
      id: '1118771330649332000_265',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '00f66d1d8609f987',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL floating pt ex mode <NUM> enable.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 266,
      id: '1118771384238733000_266',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 267,
      id: '1118771409563848000_267',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 268,
      id: '1118771469848118000_268',
      verdict: 'normal',
      score: 0.047,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 269,
      id: '1118771475744393000_269',
      verdict: 'normal',
      score: 0.047,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 270,
      id: '1118771516234430000_270',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '9d14958f9df3dbdf',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: <*> <*>.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 271,
      id: '1118771528434393000_271',
      verdict: 'normal',
      score: 0.026,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'b9c09941d2fe5469',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> register: <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 272,
      id: '1118771568343774000_272',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '9d14958f9df3dbdf',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: <*> <*>.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 273,
      id: '1118771679063056000_273',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '937d584c17247490',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: fp cr update.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 274,
      id: '1118771823800229000_274',
      verdict: 'normal',
      score: 0.022,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.475,
        },
        {
          domain: 'storage',
          score: 0.285,
        },
        {
          domain: 'kernel',
          score: 0.204,
        },
      ],
      template: {
        id: '82e84972125039d2',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL guaranteed <*> cache block touch.<*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 275,
      id: '1118771847640707000_275',
      verdict: 'normal',
      score: 0.022,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.475,
        },
        {
          domain: 'storage',
          score: 0.285,
        },
        {
          domain: 'kernel',
          score: 0.204,
        },
      ],
      template: {
        id: '82e84972125039d2',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL guaranteed <*> cache block touch.<*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 276,
      id: '1118771875166387000_276',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '3a6f2ab08def94b3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: fp cr field <ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 277,
      id: '1118771909332156000_277',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '3a6f2ab08def94b3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: fp cr field <ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 278,
      id: '1118771917145331000_278',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '3a6f2ab08def94b3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: fp cr field <ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 279,
      id: '1118771928336960000_279',
      verdict: 'normal',
      score: 0.022,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.475,
        },
        {
          domain: 'storage',
          score: 0.285,
        },
        {
          domain: 'kernel',
          score: 0.204,
        },
      ],
      template: {
        id: '82e84972125039d2',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL guaranteed <*> cache block touch.<*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 280,
      id: '1118771934996783000_280',
      verdict: 'normal',
      score: 0.018,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '3a6f2ab08def94b3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: fp cr field <ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 281,
      id: '1118771988153923000_281',
      verdict: 'normal',
      score: 0.022,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 282,
      id: '1118772022056566000_282',
      verdict: 'normal',
      score: 0.022,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 283,
      id: '1118772057941787000_283',
      verdict: 'normal',
      score: 0.016,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'b9c09941d2fe5469',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> register: <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 284,
      id: '1118772070339106000_284',
      verdict: 'normal',
      score: 0.016,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'b9c09941d2fe5469',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> register: <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 285,
      id: '1118772122534437000_285',
      verdict: 'normal',
      score: 0.022,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 286,
      id: '1118772122749469000_286',
      verdict: 'normal',
      score: 0.022,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 287,
      id: '1118772150070774000_287',
      verdict: 'normal',
      score: 0.016,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'b9c09941d2fe5469',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> register: <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 288,
      id: '1118772188491655000_288',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 289,
      id: '1118772337845720000_289',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'cf67678a7e4b5fef',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL critical input interrupt enable.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 290,
      id: '1118772585838343000_290',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 291,
      id: '1118772602651943000_291',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 292,
      id: '1118772772380819000_292',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '69297bdbe3e78f9a',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL floating point instr. enabled.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 293,
      id: '1118772810870052000_293',
      verdict: 'normal',
      score: 0.011,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 294,
      id: '1118772877821210000_294',
      verdict: 'normal',
      score: 0.045,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '270d9e4f194baf46',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL lr:<HEX> cr:<NUM> xer:<NUM> ctr:<NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 295,
      id: '1118772927823191000_295',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 296,
      id: '1118773031514583000_296',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '00f66d1d8609f987',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL floating pt ex mode <NUM> enable.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 297,
      id: '1118773049948847000_297',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '00f66d1d8609f987',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL floating pt ex mode <NUM> enable.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 298,
      id: '1118773252106874000_298',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 299,
      id: '1118773424638394000_299',
      verdict: 'normal',
      score: 0.047,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '00f66d1d8609f987',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL floating pt ex mode <NUM> enable.<ID>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 300,
      id: '1118773618490506000_300',
      verdict: 'normal',
      score: 0.047,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 301,
      id: '1118773741258503000_301',
      verdict: 'normal',
      score: 0.047,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 302,
      id: '1118773750800711000_302',
      verdict: 'normal',
      score: 0.047,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 303,
      id: '1118773772480633000_303',
      verdict: 'normal',
      score: 0.047,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 304,
      id: '1118773807879884000_304',
      verdict: 'normal',
      score: 0.026,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'b9c09941d2fe5469',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> register: <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 305,
      id: '1118773808524358000_305',
      verdict: 'normal',
      score: 0.026,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'b9c09941d2fe5469',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> register: <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 306,
      id: '1118773837732517000_306',
      verdict: 'normal',
      score: 0.026,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'b9c09941d2fe5469',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> register: <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 307,
      id: '1118773839961375000_307',
      verdict: 'normal',
      score: 0.026,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'b9c09941d2fe5469',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> register: <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 308,
      id: '1118773862213030000_308',
      verdict: 'normal',
      score: 0.026,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'b9c09941d2fe5469',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> register: <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 309,
      id: '1118773883322583000_309',
      verdict: 'normal',
      score: 0.026,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'b9c09941d2fe5469',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> register: <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 310,
      id: '1118773941174785000_310',
      verdict: 'normal',
      score: 0.022,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 311,
      id: '1118774011835838000_311',
      verdict: 'normal',
      score: 0.022,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 312,
      id: '1118774042588297000_312',
      verdict: 'normal',
      score: 0.022,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '7d2ed19aff3bb561',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 313,
      id: '1118783531357904000_313',
      verdict: 'normal',
      score: 0.023,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 314,
      id: '1118784453186273000_314',
      verdict: 'normal',
      score: 0.018,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '53adfc9a015af9ea',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO total of <NUM> ddr error(s) detected and corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 315,
      id: '1118795802381657000_315',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 316,
      id: '1118809915295748000_316',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 317,
      id: '1118810502351016000_317',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 318,
      id: '1118811100083003000_318',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 319,
      id: '1118811393279265000_319',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 320,
      id: '1118812716751583000_320',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 321,
      id: '1118813039470421000_321',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 322,
      id: '1118843835905673000_322',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 323,
      id: '1118843857567187000_323',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 324,
      id: '1118846432710710000_324',
      verdict: 'normal',
      score: 0.023,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 325,
      id: '1118852240509519000_325',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 326,
      id: '1118852544246149000_326',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 327,
      id: '1118852625703981000_327',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 328,
      id: '1118852660246651000_328',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 329,
      id: '1118852703582371000_329',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 330,
      id: '1118852706962646000_330',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 331,
      id: '1118852913631142000_331',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 332,
      id: '1118853076623218000_332',
      verdict: 'normal',
      score: 0.019,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 333,
      id: '1118860111099655000_333',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 334,
      id: '1118908990008103000_334',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 335,
      id: '1118911762748250000_335',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 336,
      id: '1118911785558500000_336',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 337,
      id: '1118911796966924000_337',
      verdict: 'normal',
      score: 0.019,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 338,
      id: '1118915888116468000_338',
      verdict: 'normal',
      score: 0.023,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 339,
      id: '1118915889310238000_339',
      verdict: 'normal',
      score: 0.023,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 340,
      id: '1118916047249279000_340',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 341,
      id: '1118916053351857000_341',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 342,
      id: '1118916060566385000_342',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 343,
      id: '1118916076485975000_343',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 344,
      id: '1118916076662641000_344',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 345,
      id: '1118958902074340000_345',
      verdict: 'anomaly',
      score: 0.934,
      domain: 'network',
      domainScores: [
        {
          domain: 'network',
          score: 0.597,
        },
        {
          domain: 'application',
          score: 0.358,
        },
      ],
      template: {
        id: '5e6cb90c422d8132',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS APP FATAL ciod: failed to read message prefix on control stream (CioStream socket to <IP>:<NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 346,
      id: '1118964552853302000_346',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 347,
      id: '1119055358875141000_347',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 348,
      id: '1119103692026766000_348',
      verdict: 'normal',
      score: 0.034,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'f8cc4541bd39b621',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO CE sym <NUM>, at <HEX>, mask <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 349,
      id: '1119151510503085000_349',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 350,
      id: '1119166454589889000_350',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 351,
      id: '1119166473890486000_351',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 352,
      id: '1119166494479358000_352',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 353,
      id: '1119290966582302000_353',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 354,
      id: '1119291000255483000_354',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 355,
      id: '1119291039035194000_355',
      verdict: 'normal',
      score: 0.019,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 356,
      id: '1119291044787932000_356',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 357,
      id: '1119291099810523000_357',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 358,
      id: '1119291235422033000_358',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 359,
      id: '1119291291439913000_359',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 360,
      id: '1119291293357175000_360',
      verdict: 'normal',
      score: 0.019,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 361,
      id: '1119309833944371000_361',
      verdict: 'normal',
      score: 0.03,
      domain: 'filesystem',
      domainScores: [
        {
          domain: 'filesystem',
          score: 0.597,
        },
        {
          domain: 'application',
          score: 0.358,
        },
      ],
      template: {
        id: '179fe5933239fc83',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS APP FATAL ciod: Error loading <*>: invalid or missing program image, No such file or directory',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 362,
      id: '1119319455002425000_362',
      verdict: 'anomaly',
      score: 0.956,
      domain: 'filesystem',
      domainScores: [
        {
          domain: 'filesystem',
          score: 0.597,
        },
        {
          domain: 'application',
          score: 0.358,
        },
      ],
      template: {
        id: '59b33e7f4f2597c2',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS APP FATAL ciod: Error creating node map from file <PATH>: No child processes',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 363,
      id: '1119324666282052000_363',
      verdict: 'normal',
      score: 0.034,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'f8cc4541bd39b621',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO CE sym <NUM>, at <HEX>, mask <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 364,
      id: '1119377678018978000_364',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 365,
      id: '1119377680347916000_365',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 366,
      id: '1119377709415157000_366',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 367,
      id: '1119377756944563000_367',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 368,
      id: '1119377784473585000_368',
      verdict: 'normal',
      score: 0.054,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 369,
      id: '1119381883265881000_369',
      verdict: 'normal',
      score: 0.056,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: 'b92dd47193120b64',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> ddr errors(s) detected and corrected on rank <NUM>, symbol <NUM>, bit <NUM>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 370,
      id: '1119383898149869000_370',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 371,
      id: '1119402454337232000_371',
      verdict: 'normal',
      score: 0.033,
      domain: 'filesystem',
      domainScores: [
        {
          domain: 'filesystem',
          score: 0.597,
        },
        {
          domain: 'application',
          score: 0.358,
        },
      ],
      template: {
        id: '179fe5933239fc83',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS APP FATAL ciod: Error loading <*>: invalid or missing program image, No such file or directory',
      },
      novel: true,
      truncated: false,
    },
    {
      index: 372,
      id: '1119450937412184000_372',
      verdict: 'normal',
      score: 0.026,
      domain: 'memory',
      domainScores: [
        {
          domain: 'memory',
          score: 0.597,
        },
        {
          domain: 'kernel',
          score: 0.358,
        },
      ],
      template: {
        id: '4d93a97f86efd13e',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 373,
      id: '1119475796824423000_373',
      verdict: 'normal',
      score: 0.057,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'd0c6c8fc4321fbc3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 374,
      id: '1119478812174541000_374',
      verdict: 'normal',
      score: 0.039,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'd0c6c8fc4321fbc3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 375,
      id: '1119479310643475000_375',
      verdict: 'normal',
      score: 0.039,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'd0c6c8fc4321fbc3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 376,
      id: '1119479317811949000_376',
      verdict: 'normal',
      score: 0.039,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'd0c6c8fc4321fbc3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 377,
      id: '1119481305870183000_377',
      verdict: 'normal',
      score: 0.039,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'd0c6c8fc4321fbc3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 378,
      id: '1119545636123342000_378',
      verdict: 'normal',
      score: 0.039,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'd0c6c8fc4321fbc3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 379,
      id: '1119569236266001000_379',
      verdict: 'normal',
      score: 0.039,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'd0c6c8fc4321fbc3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 380,
      id: '1119571364950044000_380',
      verdict: 'normal',
      score: 0.039,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'd0c6c8fc4321fbc3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 381,
      id: '1119571369991152000_381',
      verdict: 'normal',
      score: 0.039,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'd0c6c8fc4321fbc3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 382,
      id: '1119572030341611000_382',
      verdict: 'normal',
      score: 0.039,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'd0c6c8fc4321fbc3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 383,
      id: '1119625799585592000_383',
      verdict: 'normal',
      score: 0.016,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'f8cc4541bd39b621',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO CE sym <NUM>, at <HEX>, mask <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 384,
      id: '1119638161774405000_384',
      verdict: 'normal',
      score: 0.034,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'f8cc4541bd39b621',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO CE sym <NUM>, at <HEX>, mask <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 385,
      id: '1119677904830252000_385',
      verdict: 'normal',
      score: 0.016,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'f8cc4541bd39b621',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO CE sym <NUM>, at <HEX>, mask <HEX>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 386,
      id: '1119693767673562000_386',
      verdict: 'normal',
      score: 0.022,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'd0c6c8fc4321fbc3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 387,
      id: '1119695647686513000_387',
      verdict: 'normal',
      score: 0.053,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'd0c6c8fc4321fbc3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 388,
      id: '1119695690645459000_388',
      verdict: 'normal',
      score: 0.053,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'd0c6c8fc4321fbc3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 389,
      id: '1119695755677192000_389',
      verdict: 'normal',
      score: 0.053,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: 'd0c6c8fc4321fbc3',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 390,
      id: '1119714915625203000_390',
      verdict: 'normal',
      score: 0.019,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 391,
      id: '1119714992658269000_391',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 392,
      id: '1119715100635863000_392',
      verdict: 'normal',
      score: 0.019,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 393,
      id: '1119715124769752000_393',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 394,
      id: '1119715242287070000_394',
      verdict: 'normal',
      score: 0.019,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 395,
      id: '1119715309568758000_395',
      verdict: 'normal',
      score: 0.036,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 396,
      id: '1119715342976560000_396',
      verdict: 'normal',
      score: 0.019,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 397,
      id: '1119715346738118000_397',
      verdict: 'normal',
      score: 0.019,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 398,
      id: '1119715392849230000_398',
      verdict: 'normal',
      score: 0.019,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
    {
      index: 399,
      id: '1119715413373728000_399',
      verdict: 'normal',
      score: 0.019,
      domain: 'kernel',
      domainScores: [
        {
          domain: 'kernel',
          score: 0.93,
        },
      ],
      template: {
        id: '5def9100421456ad',
        text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      },
      novel: false,
      truncated: false,
    },
  ],
};

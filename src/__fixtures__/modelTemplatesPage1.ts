/* Recorded by tests/browser/record-fixtures.ts; do not edit by hand. */
import type { ModelTemplatesResponse } from '../services/contract';

export const modelTemplatesPage1: ModelTemplatesResponse = {
  total: 36,
  offset: 0,
  templates: [
    {
      id: '5def9100421456ad',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL <*> <*> <*>',
      domain: 'kernel',
      gloss:
        'e.g. 1117955341 2005.06.05 R25-M0-N7-C:J02-U01 2005-06-05-00.09.01.903373 R25-M0-N7-C:J02-U01 RAS KERNEL ',
      count: 126,
      anomalyRate: 0,
    },
    {
      id: '7d2ed19aff3bb561',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> <*>',
      domain: 'kernel',
      gloss:
        'e.g. 1117984246 2005.06.05 R30-M1-N3-C:J02-U01 2005-06-05-08.10.46.344235 R30-M1-N3-C:J02-U01 RAS KERNEL ',
      count: 89,
      anomalyRate: 0.337,
    },
    {
      id: '03dc46e5a064bb06',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data TLB error interrupt',
      domain: 'memory',
      gloss:
        'e.g. 1118536327 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-17.32.07.581048 R30-M0-N9-C:J16-U01 RAS KERNEL ',
      count: 60,
      anomalyRate: 1,
    },
    {
      id: '2e66c04385a2ff86',
      text: '<IP>:<NUM>:Got exception while serving blk_<BLK> to /<IP>:',
      domain: 'storage',
      gloss:
        'e.g. 081109 213952 2602 WARN dfs.DataNode$DataXceiver: 10.251.194.245:50010:Got exception while serving b',
      count: 48,
      anomalyRate: 0,
    },
    {
      id: '4d93a97f86efd13e',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO instruction cache parity error corrected',
      domain: 'memory',
      gloss:
        'e.g. 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL ',
      count: 30,
      anomalyRate: 0,
    },
    {
      id: 'd0c6c8fc4321fbc3',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> double-hummer alignment exceptions',
      domain: 'kernel',
      gloss:
        'e.g. 1117842440 2005.06.03 R23-M0-NE-C:J05-U01 2005-06-03-16.47.20.730545 R23-M0-NE-C:J05-U01 RAS KERNEL ',
      count: 17,
      anomalyRate: 0,
    },
    {
      id: 'b9c09941d2fe5469',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL <*> <*> register: <HEX>',
      domain: 'kernel',
      gloss:
        'e.g. 1118769530 2005.06.14 R27-M1-NA-C:J16-U11 2005-06-14-10.18.50.161104 R27-M1-NA-C:J16-U11 RAS KERNEL ',
      count: 16,
      anomalyRate: 0,
    },
    {
      id: '5aac3429254d958b',
      text: 'Receiving block blk_<BLK> src: /<IP>:<NUM> dest: /<IP>:<NUM>',
      domain: 'storage',
      gloss:
        'e.g. 081109 203530 147 INFO dfs.DataNode$DataXceiver: Receiving block blk_4394112519745907149 src: /10.25',
      count: 14,
      anomalyRate: 0,
    },
    {
      id: 'f8cc4541bd39b621',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO CE sym <NUM>, at <HEX>, mask <HEX>',
      domain: 'kernel',
      gloss:
        'e.g. 1117848119 2005.06.03 R16-M1-N2-C:J17-U01 2005-06-03-18.21.59.871925 R16-M1-N2-C:J17-U01 RAS KERNEL ',
      count: 14,
      anomalyRate: 0,
    },
    {
      id: '85baa4daedc31c7e',
      text: 'BLOCK* NameSystem.addStoredBlock: blockMap updated: <IP>:<NUM> is added to blk_<BLK> size <NUM>',
      domain: 'storage',
      gloss:
        'e.g. 081109 203608 29 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.251.1',
      count: 13,
      anomalyRate: 0,
    },
  ],
};

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
    {
      id: '06c6306a8ffc68e7',
      text: 'BLOCK* NameSystem.delete: blk_<BLK> is added to invalidSet of <IP>:<NUM>',
      domain: 'storage',
      gloss:
        'e.g. 081110 103047 34 INFO dfs.FSNamesystem: BLOCK* NameSystem.delete: blk_-5818478081164015292 is added ',
      count: 12,
      anomalyRate: 0,
    },
    {
      id: '0cb182345a0313e7',
      text: 'PacketResponder <NUM> for block blk_<BLK> terminating',
      domain: 'network',
      gloss:
        'e.g. 081109 203608 150 INFO dfs.DataNode$PacketResponder: PacketResponder 0 for block blk_660964617103820',
      count: 12,
      anomalyRate: 0,
    },
    {
      id: '13d9234e092eaa3c',
      text: 'Deleting block blk_<BLK> file <PATH>',
      domain: 'filesystem',
      gloss:
        'e.g. 081110 103420 19 INFO dfs.FSDataset: Deleting block blk_-5818478081164015292 file /mnt/hadoop/dfs/da',
      count: 12,
      anomalyRate: 0,
    },
    {
      id: '7ba59d6196482599',
      text: 'Received block blk_<BLK> of size <NUM> from /<IP>',
      domain: 'network',
      gloss:
        'e.g. 081109 203608 150 INFO dfs.DataNode$PacketResponder: Received block blk_6609646171038203219 of size ',
      count: 12,
      anomalyRate: 0,
    },
    {
      id: '9d14958f9df3dbdf',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: <*> <*>.<ID>',
      domain: 'kernel',
      gloss:
        'e.g. 1118767381 2005.06.14 R20-M0-N2-C:J13-U11 2005-06-14-09.43.01.478244 R20-M0-N2-C:J13-U11 RAS KERNEL ',
      count: 12,
      anomalyRate: 0,
    },
    {
      id: '9c8fa0702a403419',
      text: '<IP>:<NUM> Served block blk_<BLK> to /<IP>',
      domain: 'storage',
      gloss:
        'e.g. 081109 214339 2692 INFO dfs.DataNode$DataXceiver: 10.251.39.144:50010 Served block blk_4394112519745',
      count: 9,
      anomalyRate: 0,
    },
    {
      id: 'a2a44447537b3874',
      text: 'Verification succeeded for blk_<BLK>',
      domain: 'storage',
      gloss: 'e.g. 081109 204005 13 INFO dfs.DataBlockScanner: Verification succeeded for blk_4394112519745907149',
      count: 9,
      anomalyRate: 0,
    },
    {
      id: '00f66d1d8609f987',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL floating pt ex mode <NUM> enable.<ID>',
      domain: 'kernel',
      gloss:
        'e.g. 1118771115 2005.06.14 R26-M0-N5-C:J11-U11 2005-06-14-10.45.15.849740 R26-M0-N5-C:J11-U11 RAS KERNEL ',
      count: 5,
      anomalyRate: 0,
    },
    {
      id: '9ad782a6dc08a25f',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL data store interrupt caused by <*>.<ID>',
      domain: 'kernel',
      gloss:
        'e.g. 1118769991 2005.06.14 R26-M0-NA-C:J04-U11 2005-06-14-10.26.31.242578 R26-M0-NA-C:J04-U11 RAS KERNEL ',
      count: 5,
      anomalyRate: 0,
    },
    {
      id: 'b12a4ca144145760',
      text: 'BLOCK* NameSystem.allocateBlock: <PATH>. blk_<BLK>',
      domain: 'storage',
      gloss:
        'e.g. 081109 203530 27 INFO dfs.FSNamesystem: BLOCK* NameSystem.allocateBlock: /user/root/rand/_temporary/',
      count: 5,
      anomalyRate: 0,
    },
  ],
};

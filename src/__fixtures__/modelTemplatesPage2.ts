/* Recorded by tests/browser/record-fixtures.ts; do not edit by hand. */
import type { ModelTemplatesResponse } from '../services/contract';

export const modelTemplatesPage2: ModelTemplatesResponse = {
  total: 36,
  offset: 10,
  templates: [
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

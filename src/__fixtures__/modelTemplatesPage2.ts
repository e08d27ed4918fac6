/* Recorded by tests/browser/record-fixtures.ts; do not edit by hand. */
import type { ModelTemplatesResponse } from '../services/contract';

export const modelTemplatesPage2: ModelTemplatesResponse = {
  total: 36,
  offset: 20,
  templates: [
    {
      id: '3a6f2ab08def94b3',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: fp cr field <ID>',
      domain: 'kernel',
      gloss:
        'e.g. 1118771875 2005.06.14 R20-M1-NB-C:J11-U11 2005-06-14-10.57.55.166387 R20-M1-NB-C:J11-U11 RAS KERNEL ',
      count: 4,
      anomalyRate: 0,
    },
    {
      id: '69297bdbe3e78f9a',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL floating point instr. enabled.<ID>',
      domain: 'kernel',
      gloss:
        'e.g. 1118771001 2005.06.14 R26-M1-NF-C:J11-U11 2005-06-14-10.43.21.582308 R26-M1-NF-C:J11-U11 RAS KERNEL ',
      count: 4,
      anomalyRate: 0,
    },
    {
      id: '5e6cb90c422d8132',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS APP FATAL ciod: failed to read message prefix on control stream (CioStream socket to <IP>:<NUM>',
      domain: 'network',
      gloss:
        'e.g. 1117869872 2005.06.04 R04-M1-N4-I:J18-U11 2005-06-04-00.24.32.432192 R04-M1-N4-I:J18-U11 RAS APP FAT',
      count: 3,
      anomalyRate: 1,
    },
    {
      id: '82e84972125039d2',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL guaranteed <*> cache block touch.<*>',
      domain: 'memory',
      gloss:
        'e.g. 1118771823 2005.06.14 R26-M1-ND-C:J05-U11 2005-06-14-10.57.03.800229 R26-M1-ND-C:J05-U11 RAS KERNEL ',
      count: 3,
      anomalyRate: 0,
    },
    {
      id: '179fe5933239fc83',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS APP FATAL ciod: Error loading <*>: invalid or missing program image, No such file or directory',
      domain: 'filesystem',
      gloss:
        'e.g. 1119309833 2005.06.20 R14-M1-N0-I:J18-U01 2005-06-20-16.23.53.944371 R14-M1-N0-I:J18-U01 RAS APP FAT',
      count: 2,
      anomalyRate: 0,
    },
    {
      id: 'b92dd47193120b64',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO <NUM> ddr errors(s) detected and corrected on rank <NUM>, symbol <NUM>, bit <NUM>',
      domain: 'memory',
      gloss:
        'e.g. 1118271740 2005.06.08 R03-M1-N9-C:J09-U11 2005-06-08-16.02.20.600478 R03-M1-N9-C:J09-U11 RAS KERNEL ',
      count: 2,
      anomalyRate: 0,
    },
    {
      id: '270d9e4f194baf46',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL lr:<HEX> cr:<NUM> xer:<NUM> ctr:<NUM>',
      domain: 'kernel',
      gloss:
        'e.g. 1118772877 2005.06.14 R27-M1-N3-C:J04-U11 2005-06-14-11.14.37.821210 R27-M1-N3-C:J04-U11 RAS KERNEL ',
      count: 1,
      anomalyRate: 0,
    },
    {
      id: '53adfc9a015af9ea',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO total of <NUM> ddr error(s) detected and corrected',
      domain: 'memory',
      gloss:
        'e.g. 1118784453 2005.06.14 R07-M0-N6-C:J11-U01 2005-06-14-14.27.33.186273 R07-M0-N6-C:J11-U01 RAS KERNEL ',
      count: 1,
      anomalyRate: 0,
    },
    {
      id: '59b33e7f4f2597c2',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS APP FATAL ciod: Error creating node map from file <PATH>: No child processes',
      domain: 'filesystem',
      gloss:
        'e.g. 1119319455 2005.06.20 R12-M1-NC-I:J18-U11 2005-06-20-19.04.15.002425 R12-M1-NC-I:J18-U11 RAS APP FAT',
      count: 1,
      anomalyRate: 1,
    },
    {
      id: '6346bd6c5f1fc0cc',
      text: 'BLOCK* NameSystem.addStoredBlock: addStoredBlock request received for blk_<BLK> on <IP>:<NUM> size <NUM> But it does not belong to any file.',
      domain: 'filesystem',
      gloss:
        'e.g. 081110 104628 27 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: addStoredBlock request rec',
      count: 1,
      anomalyRate: 1,
    },
    {
      id: '6830ae5579a963ce',
      text: 'writeBlock blk_<BLK> received exception java.io.IOException: Could not read from stream',
      domain: 'storage',
      gloss:
        'e.g. 081109 203932 307 INFO dfs.DataNode$DataXceiver: writeBlock blk_7648436334209344608 received excepti',
      count: 1,
      anomalyRate: 1,
    },
    {
      id: '937d584c17247490',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL program interrupt: fp cr update.<ID>',
      domain: 'kernel',
      gloss:
        'e.g. 1118771679 2005.06.14 R21-M1-N5-C:J05-U11 2005-06-14-10.54.39.063056 R21-M1-N5-C:J05-U11 RAS KERNEL ',
      count: 1,
      anomalyRate: 0,
    },
    {
      id: 'c55cf72bb606a105',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO ciod: Message code <NUM> is not <NUM> or <NUM>',
      domain: 'kernel',
      gloss:
        'e.g. 1118699850 2005.06.13 R22-M0-NC-I:J18-U01 2005-06-13-14.57.30.126106 R22-M0-NC-I:J18-U01 RAS KERNEL ',
      count: 1,
      anomalyRate: 0,
    },
    {
      id: 'cf67678a7e4b5fef',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL FATAL critical input interrupt enable.<ID>',
      domain: 'kernel',
      gloss:
        'e.g. 1118772337 2005.06.14 R24-M0-N7-C:J06-U01 2005-06-14-11.05.37.845720 R24-M0-N7-C:J06-U01 RAS KERNEL ',
      count: 1,
      anomalyRate: 0,
    },
    {
      id: 'cfe8fefbbe7a8045',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS KERNEL INFO ciod: cpu <NUM> at treeaddr <NUM> sent unrecognized message <HEX>',
      domain: 'memory',
      gloss:
        'e.g. 1118112700 2005.06.06 R23-M0-N0-I:J18-U01 2005-06-06-19.51.40.376079 R23-M0-N0-I:J18-U01 RAS KERNEL ',
      count: 1,
      anomalyRate: 0,
    },
    {
      id: 'ebf820088b7a6393',
      text: '<NUM> <TIME> <NODE> <TIME> <NODE> RAS APP FATAL ciod: LOGIN chdir(/p/gb2/glosli/<ID>) failed: No such file or directory',
      domain: 'filesystem',
      gloss:
        'e.g. 1118193358 2005.06.07 R11-M0-NC-I:J18-U01 2005-06-07-18.15.58.583443 R11-M0-NC-I:J18-U01 RAS APP FAT',
      count: 1,
      anomalyRate: 0,
    },
  ],
};

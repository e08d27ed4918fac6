/* Recorded by tests/browser/record-fixtures.ts; do not edit by hand. Rows as Grafana's Loki data source returns them. */
export interface RecordedLokiRow {
  tsNs: string;
  line: string;
  labels: Record<string, string>;
  id: string;
}

export const hdfsLokiRows: RecordedLokiRow[] = [
  {
    tsNs: '1226262930000000000',
    line: '081109 203530 147 INFO dfs.DataNode$DataXceiver: Receiving block blk_4394112519745907149 src: /10.250.18.114:43996 dest: /10.250.18.114:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262930000000000_0',
  },
  {
    tsNs: '1226262930000000001',
    line: '081109 203530 149 INFO dfs.DataNode$DataXceiver: Receiving block blk_4394112519745907149 src: /10.250.18.114:33988 dest: /10.250.18.114:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262930000000001_1',
  },
  {
    tsNs: '1226262930000000002',
    line: '081109 203530 27 INFO dfs.FSNamesystem: BLOCK* NameSystem.allocateBlock: /user/root/rand/_temporary/_task_200811092030_0001_m_000081_0/part-00081. blk_4394112519745907149',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262930000000002_2',
  },
  {
    tsNs: '1226262931000000003',
    line: '081109 203531 145 INFO dfs.DataNode$DataXceiver: Receiving block blk_8376667364205250596 src: /10.250.17.225:38889 dest: /10.250.17.225:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262931000000003_3',
  },
  {
    tsNs: '1226262931000000004',
    line: '081109 203531 153 INFO dfs.DataNode$DataXceiver: Receiving block blk_8376667364205250596 src: /10.250.17.225:58911 dest: /10.250.17.225:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262931000000004_4',
  },
  {
    tsNs: '1226262931000000005',
    line: '081109 203531 32 INFO dfs.FSNamesystem: BLOCK* NameSystem.allocateBlock: /user/root/rand/_temporary/_task_200811092030_0001_m_000123_0/part-00123. blk_8376667364205250596',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262931000000005_5',
  },
  {
    tsNs: '1226262932000000006',
    line: '081109 203532 147 INFO dfs.DataNode$DataXceiver: Receiving block blk_6609646171038203219 src: /10.251.194.245:57455 dest: /10.251.194.245:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262932000000006_6',
  },
  {
    tsNs: '1226262932000000007',
    line: '081109 203532 149 INFO dfs.DataNode$DataXceiver: Receiving block blk_6609646171038203219 src: /10.251.194.245:45566 dest: /10.251.194.245:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262932000000007_7',
  },
  {
    tsNs: '1226262932000000008',
    line: '081109 203532 28 INFO dfs.FSNamesystem: BLOCK* NameSystem.allocateBlock: /user/root/rand/_temporary/_task_200811092030_0001_m_000229_0/part-00229. blk_6609646171038203219',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262932000000008_8',
  },
  {
    tsNs: '1226262933000000009',
    line: '081109 203533 149 INFO dfs.DataNode$DataXceiver: Receiving block blk_6609646171038203219 src: /10.251.201.204:46309 dest: /10.251.201.204:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262933000000009_9',
  },
  {
    tsNs: '1226262935000000010',
    line: '081109 203535 152 INFO dfs.DataNode$DataXceiver: Receiving block blk_8376667364205250596 src: /10.251.126.255:54477 dest: /10.251.126.255:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262935000000010_10',
  },
  {
    tsNs: '1226262937000000011',
    line: '081109 203537 155 INFO dfs.DataNode$DataXceiver: Receiving block blk_4394112519745907149 src: /10.251.107.98:53283 dest: /10.251.107.98:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262937000000011_11',
  },
  {
    tsNs: '1226262968000000012',
    line: '081109 203608 150 INFO dfs.DataNode$PacketResponder: PacketResponder 0 for block blk_6609646171038203219 terminating',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262968000000012_12',
  },
  {
    tsNs: '1226262968000000013',
    line: '081109 203608 150 INFO dfs.DataNode$PacketResponder: PacketResponder 2 for block blk_6609646171038203219 terminating',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262968000000013_13',
  },
  {
    tsNs: '1226262968000000014',
    line: '081109 203608 150 INFO dfs.DataNode$PacketResponder: Received block blk_6609646171038203219 of size 67108864 from /10.251.194.245',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262968000000014_14',
  },
  {
    tsNs: '1226262968000000015',
    line: '081109 203608 150 INFO dfs.DataNode$PacketResponder: Received block blk_6609646171038203219 of size 67108864 from /10.251.201.204',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262968000000015_15',
  },
  {
    tsNs: '1226262968000000016',
    line: '081109 203608 151 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_6609646171038203219 terminating',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262968000000016_16',
  },
  {
    tsNs: '1226262968000000017',
    line: '081109 203608 151 INFO dfs.DataNode$PacketResponder: Received block blk_6609646171038203219 of size 67108864 from /10.251.194.245',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262968000000017_17',
  },
  {
    tsNs: '1226262968000000018',
    line: '081109 203608 29 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.251.194.245:50010 is added to blk_6609646171038203219 size 67108864',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262968000000018_18',
  },
  {
    tsNs: '1226262968000000019',
    line: '081109 203608 30 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.251.27.63:50010 is added to blk_6609646171038203219 size 67108864',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262968000000019_19',
  },
  {
    tsNs: '1226262968000000020',
    line: '081109 203608 35 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.251.201.204:50010 is added to blk_6609646171038203219 size 67108864',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262968000000020_20',
  },
  {
    tsNs: '1226262975000000021',
    line: '081109 203615 156 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_4394112519745907149 terminating',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262975000000021_21',
  },
  {
    tsNs: '1226262975000000022',
    line: '081109 203615 156 INFO dfs.DataNode$PacketResponder: Received block blk_4394112519745907149 of size 67108864 from /10.250.18.114',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262975000000022_22',
  },
  {
    tsNs: '1226262975000000023',
    line: '081109 203615 157 INFO dfs.DataNode$PacketResponder: PacketResponder 2 for block blk_4394112519745907149 terminating',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262975000000023_23',
  },
  {
    tsNs: '1226262975000000024',
    line: '081109 203615 157 INFO dfs.DataNode$PacketResponder: Received block blk_4394112519745907149 of size 67108864 from /10.250.18.114',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262975000000024_24',
  },
  {
    tsNs: '1226262975000000025',
    line: '081109 203615 158 INFO dfs.DataNode$PacketResponder: PacketResponder 0 for block blk_4394112519745907149 terminating',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262975000000025_25',
  },
  {
    tsNs: '1226262975000000026',
    line: '081109 203615 158 INFO dfs.DataNode$PacketResponder: Received block blk_4394112519745907149 of size 67108864 from /10.251.107.98',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262975000000026_26',
  },
  {
    tsNs: '1226262975000000027',
    line: '081109 203615 30 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.251.107.98:50010 is added to blk_4394112519745907149 size 67108864',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262975000000027_27',
  },
  {
    tsNs: '1226262975000000028',
    line: '081109 203615 31 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.251.39.144:50010 is added to blk_4394112519745907149 size 67108864',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262975000000028_28',
  },
  {
    tsNs: '1226262975000000029',
    line: '081109 203615 34 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.250.18.114:50010 is added to blk_4394112519745907149 size 67108864',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262975000000029_29',
  },
  {
    tsNs: '1226262990000000030',
    line: '081109 203630 152 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_8376667364205250596 terminating',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262990000000030_30',
  },
  {
    tsNs: '1226262990000000031',
    line: '081109 203630 152 INFO dfs.DataNode$PacketResponder: Received block blk_8376667364205250596 of size 67108864 from /10.250.17.225',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262990000000031_31',
  },
  {
    tsNs: '1226262990000000032',
    line: '081109 203630 153 INFO dfs.DataNode$PacketResponder: PacketResponder 0 for block blk_8376667364205250596 terminating',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262990000000032_32',
  },
  {
    tsNs: '1226262990000000033',
    line: '081109 203630 153 INFO dfs.DataNode$PacketResponder: Received block blk_8376667364205250596 of size 67108864 from /10.251.126.255',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262990000000033_33',
  },
  {
    tsNs: '1226262990000000034',
    line: '081109 203630 157 INFO dfs.DataNode$PacketResponder: PacketResponder 2 for block blk_8376667364205250596 terminating',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262990000000034_34',
  },
  {
    tsNs: '1226262990000000035',
    line: '081109 203630 157 INFO dfs.DataNode$PacketResponder: Received block blk_8376667364205250596 of size 67108864 from /10.250.17.225',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262990000000035_35',
  },
  {
    tsNs: '1226262990000000036',
    line: '081109 203630 30 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.251.67.4:50010 is added to blk_8376667364205250596 size 67108864',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262990000000036_36',
  },
  {
    tsNs: '1226262990000000037',
    line: '081109 203630 31 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.251.126.255:50010 is added to blk_8376667364205250596 size 67108864',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262990000000037_37',
  },
  {
    tsNs: '1226262991000000038',
    line: '081109 203631 26 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.250.17.225:50010 is added to blk_8376667364205250596 size 67108864',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226262991000000038_38',
  },
  {
    tsNs: '1226263168000000039',
    line: '081109 203928 29 INFO dfs.FSNamesystem: BLOCK* NameSystem.allocateBlock: /user/root/rand/_temporary/_task_200811092030_0001_m_000327_0/part-00327. blk_7648436334209344608',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226263168000000039_39',
  },
  {
    tsNs: '1226263168000000040',
    line: '081109 203928 307 INFO dfs.DataNode$DataXceiver: Receiving block blk_7648436334209344608 src: /10.251.105.189:56560 dest: /10.251.105.189:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226263168000000040_40',
  },
  {
    tsNs: '1226263168000000041',
    line: '081109 203928 316 INFO dfs.DataNode$DataXceiver: Receiving block blk_7648436334209344608 src: /10.251.105.189:43015 dest: /10.251.105.189:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226263168000000041_41',
  },
  {
    tsNs: '1226263172000000042',
    line: '081109 203932 307 INFO dfs.DataNode$DataXceiver: writeBlock blk_7648436334209344608 received exception java.io.IOException: Could not read from stream',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226263172000000042_42',
  },
  {
    tsNs: '1226263205000000043',
    line: '081109 204005 13 INFO dfs.DataBlockScanner: Verification succeeded for blk_4394112519745907149',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226263205000000043_43',
  },
  {
    tsNs: '1226263301000000044',
    line: '081109 204141 13 INFO dfs.DataBlockScanner: Verification succeeded for blk_4394112519745907149',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226263301000000044_44',
  },
  {
    tsNs: '1226263415000000045',
    line: '081109 204335 13 INFO dfs.DataBlockScanner: Verification succeeded for blk_6609646171038203219',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226263415000000045_45',
  },
  {
    tsNs: '1226263468000000046',
    line: '081109 204428 13 INFO dfs.DataBlockScanner: Verification succeeded for blk_6609646171038203219',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226263468000000046_46',
  },
  {
    tsNs: '1226263504000000047',
    line: '081109 204504 13 INFO dfs.DataBlockScanner: Verification succeeded for blk_4394112519745907149',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226263504000000047_47',
  },
  {
    tsNs: '1226263698000000048',
    line: '081109 204818 13 INFO dfs.DataBlockScanner: Verification succeeded for blk_6609646171038203219',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226263698000000048_48',
  },
  {
    tsNs: '1226263899000000049',
    line: '081109 205139 13 INFO dfs.DataBlockScanner: Verification succeeded for blk_8376667364205250596',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226263899000000049_49',
  },
  {
    tsNs: '1226264745000000050',
    line: '081109 210545 13 INFO dfs.DataBlockScanner: Verification succeeded for blk_8376667364205250596',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226264745000000050_50',
  },
  {
    tsNs: '1226265185000000051',
    line: '081109 211305 13 INFO dfs.DataBlockScanner: Verification succeeded for blk_8376667364205250596',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226265185000000051_51',
  },
  {
    tsNs: '1226266792000000052',
    line: '081109 213952 2602 WARN dfs.DataNode$DataXceiver: 10.251.194.245:50010:Got exception while serving blk_6609646171038203219 to /10.251.199.86:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226266792000000052_52',
  },
  {
    tsNs: '1226266792000000053',
    line: '081109 213952 2605 WARN dfs.DataNode$DataXceiver: 10.251.39.144:50010:Got exception while serving blk_4394112519745907149 to /10.251.43.115:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226266792000000053_53',
  },
  {
    tsNs: '1226266850000000054',
    line: '081109 214050 2632 WARN dfs.DataNode$DataXceiver: 10.250.17.225:50010:Got exception while serving blk_8376667364205250596 to /10.250.17.225:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226266850000000054_54',
  },
  {
    tsNs: '1226266974000000055',
    line: '081109 214254 2656 WARN dfs.DataNode$DataXceiver: 10.250.18.114:50010:Got exception while serving blk_4394112519745907149 to /10.251.30.85:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226266974000000055_55',
  },
  {
    tsNs: '1226266974000000056',
    line: '081109 214254 2657 WARN dfs.DataNode$DataXceiver: 10.250.18.114:50010:Got exception while serving blk_4394112519745907149 to /10.251.109.209:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226266974000000056_56',
  },
  {
    tsNs: '1226266985000000057',
    line: '081109 214305 2664 WARN dfs.DataNode$DataXceiver: 10.250.18.114:50010:Got exception while serving blk_4394112519745907149 to /10.251.90.64:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226266985000000057_57',
  },
  {
    tsNs: '1226266986000000058',
    line: '081109 214306 2684 WARN dfs.DataNode$DataXceiver: 10.251.39.144:50010:Got exception while serving blk_4394112519745907149 to /10.251.31.5:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226266986000000058_58',
  },
  {
    tsNs: '1226266994000000059',
    line: '081109 214314 2672 WARN dfs.DataNode$DataXceiver: 10.250.18.114:50010:Got exception while serving blk_4394112519745907149 to /10.251.195.33:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226266994000000059_59',
  },
  {
    tsNs: '1226267000000000060',
    line: '081109 214320 2675 WARN dfs.DataNode$DataXceiver: 10.250.18.114:50010:Got exception while serving blk_4394112519745907149 to /10.250.18.114:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267000000000060_60',
  },
  {
    tsNs: '1226267003000000061',
    line: '081109 214323 2679 WARN dfs.DataNode$DataXceiver: 10.250.18.114:50010:Got exception while serving blk_4394112519745907149 to /10.250.7.96:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267003000000061_61',
  },
  {
    tsNs: '1226267006000000062',
    line: '081109 214326 2657 WARN dfs.DataNode$DataXceiver: 10.251.126.255:50010:Got exception while serving blk_8376667364205250596 to /10.251.75.228:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267006000000062_62',
  },
  {
    tsNs: '1226267007000000063',
    line: '081109 214327 2664 WARN dfs.DataNode$DataXceiver: 10.251.107.98:50010:Got exception while serving blk_4394112519745907149 to /10.251.107.196:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267007000000063_63',
  },
  {
    tsNs: '1226267009000000064',
    line: '081109 214329 2711 WARN dfs.DataNode$DataXceiver: 10.250.17.225:50010:Got exception while serving blk_8376667364205250596 to /10.250.10.100:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267009000000064_64',
  },
  {
    tsNs: '1226267011000000065',
    line: '081109 214331 2697 WARN dfs.DataNode$DataXceiver: 10.251.39.144:50010:Got exception while serving blk_4394112519745907149 to /10.250.14.196:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267011000000065_65',
  },
  {
    tsNs: '1226267013000000066',
    line: '081109 214333 2667 WARN dfs.DataNode$DataXceiver: 10.251.107.98:50010:Got exception while serving blk_4394112519745907149 to /10.251.38.214:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267013000000066_66',
  },
  {
    tsNs: '1226267013000000067',
    line: '081109 214333 2688 WARN dfs.DataNode$DataXceiver: 10.250.18.114:50010:Got exception while serving blk_4394112519745907149 to /10.251.67.211:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267013000000067_67',
  },
  {
    tsNs: '1226267016000000068',
    line: '081109 214336 2673 WARN dfs.DataNode$DataXceiver: 10.251.107.98:50010:Got exception while serving blk_4394112519745907149 to /10.251.110.196:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267016000000068_68',
  },
  {
    tsNs: '1226267016000000069',
    line: '081109 214336 2690 WARN dfs.DataNode$DataXceiver: 10.250.18.114:50010:Got exception while serving blk_4394112519745907149 to /10.250.18.114:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267016000000069_69',
  },
  {
    tsNs: '1226267018000000070',
    line: '081109 214338 2700 WARN dfs.DataNode$DataXceiver: 10.251.39.144:50010:Got exception while serving blk_4394112519745907149 to /10.251.126.227:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267018000000070_70',
  },
  {
    tsNs: '1226267019000000071',
    line: '081109 214339 2692 INFO dfs.DataNode$DataXceiver: 10.251.39.144:50010 Served block blk_4394112519745907149 to /10.251.39.144',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267019000000071_71',
  },
  {
    tsNs: '1226267039000000072',
    line: '081109 214359 2726 WARN dfs.DataNode$DataXceiver: 10.250.17.225:50010:Got exception while serving blk_8376667364205250596 to /10.251.70.211:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267039000000072_72',
  },
  {
    tsNs: '1226267042000000073',
    line: '081109 214402 2677 WARN dfs.DataNode$DataXceiver: 10.251.126.255:50010:Got exception while serving blk_8376667364205250596 to /10.251.91.159:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267042000000073_73',
  },
  {
    tsNs: '1226267043000000074',
    line: '081109 214403 2678 WARN dfs.DataNode$DataXceiver: 10.251.126.255:50010:Got exception while serving blk_8376667364205250596 to /10.250.6.191:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267043000000074_74',
  },
  {
    tsNs: '1226267046000000075',
    line: '081109 214406 2723 WARN dfs.DataNode$DataXceiver: 10.251.67.4:50010:Got exception while serving blk_8376667364205250596 to /10.251.127.243:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267046000000075_75',
  },
  {
    tsNs: '1226267052000000076',
    line: '081109 214412 2683 WARN dfs.DataNode$DataXceiver: 10.251.126.255:50010:Got exception while serving blk_8376667364205250596 to /10.251.74.227:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267052000000076_76',
  },
  {
    tsNs: '1226267052000000077',
    line: '081109 214412 2728 WARN dfs.DataNode$DataXceiver: 10.251.67.4:50010:Got exception while serving blk_8376667364205250596 to /10.251.110.160:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267052000000077_77',
  },
  {
    tsNs: '1226267075000000078',
    line: '081109 214435 2741 WARN dfs.DataNode$DataXceiver: 10.250.17.225:50010:Got exception while serving blk_8376667364205250596 to /10.251.123.1:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267075000000078_78',
  },
  {
    tsNs: '1226267081000000079',
    line: '081109 214441 2699 WARN dfs.DataNode$DataXceiver: 10.251.126.255:50010:Got exception while serving blk_8376667364205250596 to /10.251.90.239:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267081000000079_79',
  },
  {
    tsNs: '1226267084000000080',
    line: '081109 214444 2703 WARN dfs.DataNode$DataXceiver: 10.251.126.255:50010:Got exception while serving blk_8376667364205250596 to /10.251.123.99:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267084000000080_80',
  },
  {
    tsNs: '1226267087000000081',
    line: '081109 214447 2705 WARN dfs.DataNode$DataXceiver: 10.251.126.255:50010:Got exception while serving blk_8376667364205250596 to /10.251.37.240:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267087000000081_81',
  },
  {
    tsNs: '1226267087000000082',
    line: '081109 214447 2707 WARN dfs.DataNode$DataXceiver: 10.251.126.255:50010:Got exception while serving blk_8376667364205250596 to /10.251.126.255:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267087000000082_82',
  },
  {
    tsNs: '1226267091000000083',
    line: '081109 214451 2759 WARN dfs.DataNode$DataXceiver: 10.250.17.225:50010:Got exception while serving blk_8376667364205250596 to /10.251.107.98:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267091000000083_83',
  },
  {
    tsNs: '1226267115000000084',
    line: '081109 214515 2751 INFO dfs.DataNode$DataXceiver: 10.250.17.225:50010 Served block blk_8376667364205250596 to /10.250.17.225',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267115000000084_84',
  },
  {
    tsNs: '1226267183000000085',
    line: '081109 214623 2731 WARN dfs.DataNode$DataXceiver: 10.251.27.63:50010:Got exception while serving blk_6609646171038203219 to /10.251.38.214:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267183000000085_85',
  },
  {
    tsNs: '1226267200000000086',
    line: '081109 214640 2802 WARN dfs.DataNode$DataXceiver: 10.251.201.204:50010:Got exception while serving blk_6609646171038203219 to /10.251.106.50:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267200000000086_86',
  },
  {
    tsNs: '1226267203000000087',
    line: '081109 214643 2742 WARN dfs.DataNode$DataXceiver: 10.251.27.63:50010:Got exception while serving blk_6609646171038203219 to /10.251.38.214:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267203000000087_87',
  },
  {
    tsNs: '1226267219000000088',
    line: '081109 214659 2813 WARN dfs.DataNode$DataXceiver: 10.251.201.204:50010:Got exception while serving blk_6609646171038203219 to /10.251.106.50:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267219000000088_88',
  },
  {
    tsNs: '1226267221000000089',
    line: '081109 214701 2752 WARN dfs.DataNode$DataXceiver: 10.251.27.63:50010:Got exception while serving blk_6609646171038203219 to /10.251.123.195:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267221000000089_89',
  },
  {
    tsNs: '1226267231000000090',
    line: '081109 214711 2812 WARN dfs.DataNode$DataXceiver: 10.251.194.245:50010:Got exception while serving blk_6609646171038203219 to /10.250.11.53:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267231000000090_90',
  },
  {
    tsNs: '1226267232000000091',
    line: '081109 214712 2816 WARN dfs.DataNode$DataXceiver: 10.251.194.245:50010:Got exception while serving blk_6609646171038203219 to /10.251.109.236:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267232000000091_91',
  },
  {
    tsNs: '1226267242000000092',
    line: '081109 214722 2768 WARN dfs.DataNode$DataXceiver: 10.251.27.63:50010:Got exception while serving blk_6609646171038203219 to /10.250.14.143:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267242000000092_92',
  },
  {
    tsNs: '1226267246000000093',
    line: '081109 214726 2770 WARN dfs.DataNode$DataXceiver: 10.251.27.63:50010:Got exception while serving blk_6609646171038203219 to /10.251.199.225:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267246000000093_93',
  },
  {
    tsNs: '1226267251000000094',
    line: '081109 214731 2825 WARN dfs.DataNode$DataXceiver: 10.251.194.245:50010:Got exception while serving blk_6609646171038203219 to /10.250.11.85:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267251000000094_94',
  },
  {
    tsNs: '1226267257000000095',
    line: '081109 214737 2831 WARN dfs.DataNode$DataXceiver: 10.251.194.245:50010:Got exception while serving blk_6609646171038203219 to /10.251.194.245:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267257000000095_95',
  },
  {
    tsNs: '1226267258000000096',
    line: '081109 214738 2833 WARN dfs.DataNode$DataXceiver: 10.251.194.245:50010:Got exception while serving blk_6609646171038203219 to /10.251.194.245:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267258000000096_96',
  },
  {
    tsNs: '1226267269000000097',
    line: '081109 214749 2839 INFO dfs.DataNode$DataXceiver: 10.251.201.204:50010 Served block blk_6609646171038203219 to /10.251.201.204',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267269000000097_97',
  },
  {
    tsNs: '1226267300000000098',
    line: '081109 214820 2862 WARN dfs.DataNode$DataXceiver: 10.251.194.245:50010:Got exception while serving blk_6609646171038203219 to /10.251.90.134:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267300000000098_98',
  },
  {
    tsNs: '1226267808000000099',
    line: '081109 215648 3103 WARN dfs.DataNode$DataXceiver: 10.251.194.245:50010:Got exception while serving blk_6609646171038203219 to /10.251.110.68:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226267808000000099_99',
  },
  {
    tsNs: '1226281994000000100',
    line: '081110 015314 34 INFO dfs.FSNamesystem: BLOCK* NameSystem.allocateBlock: /user/root/randtxt/_temporary/_task_200811092030_0003_m_001710_0/part-01710. blk_-5818478081164015292',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226281994000000100_100',
  },
  {
    tsNs: '1226281994000000101',
    line: '081110 015314 6051 INFO dfs.DataNode$DataXceiver: Receiving block blk_-5818478081164015292 src: /10.251.71.193:53966 dest: /10.251.71.193:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226281994000000101_101',
  },
  {
    tsNs: '1226281995000000102',
    line: '081110 015315 5707 INFO dfs.DataNode$DataXceiver: Receiving block blk_-5818478081164015292 src: /10.251.43.210:34608 dest: /10.251.43.210:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226281995000000102_102',
  },
  {
    tsNs: '1226281995000000103',
    line: '081110 015315 5923 INFO dfs.DataNode$DataXceiver: Receiving block blk_-5818478081164015292 src: /10.251.71.193:48776 dest: /10.251.71.193:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226281995000000103_103',
  },
  {
    tsNs: '1226282036000000104',
    line: '081110 015356 26 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.251.106.10:50010 is added to blk_-5818478081164015292 size 67108864',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226282036000000104_104',
  },
  {
    tsNs: '1226282036000000105',
    line: '081110 015356 26 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.251.71.193:50010 is added to blk_-5818478081164015292 size 67108864',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226282036000000105_105',
  },
  {
    tsNs: '1226282036000000106',
    line: '081110 015356 27 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.251.43.210:50010 is added to blk_-5818478081164015292 size 67108864',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226282036000000106_106',
  },
  {
    tsNs: '1226282036000000107',
    line: '081110 015356 5708 INFO dfs.DataNode$PacketResponder: PacketResponder 0 for block blk_-5818478081164015292 terminating',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226282036000000107_107',
  },
  {
    tsNs: '1226282036000000108',
    line: '081110 015356 5708 INFO dfs.DataNode$PacketResponder: Received block blk_-5818478081164015292 of size 67108864 from /10.251.43.210',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226282036000000108_108',
  },
  {
    tsNs: '1226282036000000109',
    line: '081110 015356 5924 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_-5818478081164015292 terminating',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226282036000000109_109',
  },
  {
    tsNs: '1226282036000000110',
    line: '081110 015356 5924 INFO dfs.DataNode$PacketResponder: Received block blk_-5818478081164015292 of size 67108864 from /10.251.71.193',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226282036000000110_110',
  },
  {
    tsNs: '1226282036000000111',
    line: '081110 015356 6052 INFO dfs.DataNode$PacketResponder: PacketResponder 2 for block blk_-5818478081164015292 terminating',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226282036000000111_111',
  },
  {
    tsNs: '1226282036000000112',
    line: '081110 015356 6052 INFO dfs.DataNode$PacketResponder: Received block blk_-5818478081164015292 of size 67108864 from /10.251.71.193',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226282036000000112_112',
  },
  {
    tsNs: '1226295297000000113',
    line: '081110 053457 6769 INFO dfs.DataNode$DataXceiver: 10.251.106.10:50010 Served block blk_-5818478081164015292 to /10.251.106.10',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226295297000000113_113',
  },
  {
    tsNs: '1226295353000000114',
    line: '081110 053553 6987 INFO dfs.DataNode$DataXceiver: 10.251.43.210:50010 Served block blk_-5818478081164015292 to /10.251.127.47',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226295353000000114_114',
  },
  {
    tsNs: '1226295466000000115',
    line: '081110 053746 7125 WARN dfs.DataNode$DataXceiver: 10.251.71.193:50010:Got exception while serving blk_-5818478081164015292 to /10.251.71.193:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226295466000000115_115',
  },
  {
    tsNs: '1226301643000000116',
    line: '081110 072043 7722 INFO dfs.DataNode$DataXceiver: 10.251.43.210:50010 Served block blk_-5818478081164015292 to /10.251.127.47',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226301643000000116_116',
  },
  {
    tsNs: '1226301651000000117',
    line: '081110 072051 7728 INFO dfs.DataNode$DataXceiver: 10.251.43.210:50010 Served block blk_-5818478081164015292 to /10.251.43.210',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226301651000000117_117',
  },
  {
    tsNs: '1226301689000000118',
    line: '081110 072129 7522 WARN dfs.DataNode$DataXceiver: 10.251.106.10:50010:Got exception while serving blk_-5818478081164015292 to /10.251.75.79:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226301689000000118_118',
  },
  {
    tsNs: '1226305719000000119',
    line: '081110 082839 8343 INFO dfs.DataNode$DataXceiver: 10.251.43.210:50010 Served block blk_-5818478081164015292 to /10.251.127.47',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226305719000000119_119',
  },
  {
    tsNs: '1226305731000000120',
    line: '081110 082851 8350 INFO dfs.DataNode$DataXceiver: 10.251.43.210:50010 Served block blk_-5818478081164015292 to /10.251.43.210',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226305731000000120_120',
  },
  {
    tsNs: '1226305745000000121',
    line: '081110 082905 8480 WARN dfs.DataNode$DataXceiver: 10.251.71.193:50010:Got exception while serving blk_-5818478081164015292 to /10.251.71.193:',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226305745000000121_121',
  },
  {
    tsNs: '1226313047000000122',
    line: '081110 103047 34 INFO dfs.FSNamesystem: BLOCK* NameSystem.delete: blk_-5818478081164015292 is added to invalidSet of 10.251.106.10:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313047000000122_122',
  },
  {
    tsNs: '1226313047000000123',
    line: '081110 103047 34 INFO dfs.FSNamesystem: BLOCK* NameSystem.delete: blk_-5818478081164015292 is added to invalidSet of 10.251.43.210:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313047000000123_123',
  },
  {
    tsNs: '1226313047000000124',
    line: '081110 103047 34 INFO dfs.FSNamesystem: BLOCK* NameSystem.delete: blk_-5818478081164015292 is added to invalidSet of 10.251.71.193:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313047000000124_124',
  },
  {
    tsNs: '1226313054000000125',
    line: '081110 103054 30 INFO dfs.FSNamesystem: BLOCK* NameSystem.delete: blk_4394112519745907149 is added to invalidSet of 10.250.18.114:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313054000000125_125',
  },
  {
    tsNs: '1226313054000000126',
    line: '081110 103054 30 INFO dfs.FSNamesystem: BLOCK* NameSystem.delete: blk_4394112519745907149 is added to invalidSet of 10.251.107.98:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313054000000126_126',
  },
  {
    tsNs: '1226313054000000127',
    line: '081110 103054 30 INFO dfs.FSNamesystem: BLOCK* NameSystem.delete: blk_4394112519745907149 is added to invalidSet of 10.251.39.144:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313054000000127_127',
  },
  {
    tsNs: '1226313055000000128',
    line: '081110 103055 30 INFO dfs.FSNamesystem: BLOCK* NameSystem.delete: blk_8376667364205250596 is added to invalidSet of 10.250.17.225:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313055000000128_128',
  },
  {
    tsNs: '1226313055000000129',
    line: '081110 103055 30 INFO dfs.FSNamesystem: BLOCK* NameSystem.delete: blk_8376667364205250596 is added to invalidSet of 10.251.126.255:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313055000000129_129',
  },
  {
    tsNs: '1226313055000000130',
    line: '081110 103055 30 INFO dfs.FSNamesystem: BLOCK* NameSystem.delete: blk_8376667364205250596 is added to invalidSet of 10.251.67.4:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313055000000130_130',
  },
  {
    tsNs: '1226313056000000131',
    line: '081110 103056 30 INFO dfs.FSNamesystem: BLOCK* NameSystem.delete: blk_6609646171038203219 is added to invalidSet of 10.251.194.245:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313056000000131_131',
  },
  {
    tsNs: '1226313056000000132',
    line: '081110 103056 30 INFO dfs.FSNamesystem: BLOCK* NameSystem.delete: blk_6609646171038203219 is added to invalidSet of 10.251.201.204:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313056000000132_132',
  },
  {
    tsNs: '1226313056000000133',
    line: '081110 103056 30 INFO dfs.FSNamesystem: BLOCK* NameSystem.delete: blk_6609646171038203219 is added to invalidSet of 10.251.27.63:50010',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313056000000133_133',
  },
  {
    tsNs: '1226313260000000134',
    line: '081110 103420 19 INFO dfs.FSDataset: Deleting block blk_-5818478081164015292 file /mnt/hadoop/dfs/data/current/subdir15/blk_-5818478081164015292',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313260000000134_134',
  },
  {
    tsNs: '1226313282000000135',
    line: '081110 103442 19 INFO dfs.FSDataset: Deleting block blk_-5818478081164015292 file /mnt/hadoop/dfs/data/current/subdir31/blk_-5818478081164015292',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313282000000135_135',
  },
  {
    tsNs: '1226313346000000136',
    line: '081110 103546 19 INFO dfs.FSDataset: Deleting block blk_4394112519745907149 file /mnt/hadoop/dfs/data/current/blk_4394112519745907149',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313346000000136_136',
  },
  {
    tsNs: '1226313410000000137',
    line: '081110 103650 19 INFO dfs.FSDataset: Deleting block blk_6609646171038203219 file /mnt/hadoop/dfs/data/current/blk_6609646171038203219',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313410000000137_137',
  },
  {
    tsNs: '1226313414000000138',
    line: '081110 103654 19 INFO dfs.FSDataset: Deleting block blk_4394112519745907149 file /mnt/hadoop/dfs/data/current/blk_4394112519745907149',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313414000000138_138',
  },
  {
    tsNs: '1226313428000000139',
    line: '081110 103708 19 INFO dfs.FSDataset: Deleting block blk_8376667364205250596 file /mnt/hadoop/dfs/data/current/blk_8376667364205250596',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313428000000139_139',
  },
  {
    tsNs: '1226313454000000140',
    line: '081110 103734 19 INFO dfs.FSDataset: Deleting block blk_6609646171038203219 file /mnt/hadoop/dfs/data/current/blk_6609646171038203219',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313454000000140_140',
  },
  {
    tsNs: '1226313459000000141',
    line: '081110 103739 19 INFO dfs.FSDataset: Deleting block blk_4394112519745907149 file /mnt/hadoop/dfs/data/current/blk_4394112519745907149',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313459000000141_141',
  },
  {
    tsNs: '1226313471000000142',
    line: '081110 103751 19 INFO dfs.FSDataset: Deleting block blk_8376667364205250596 file /mnt/hadoop/dfs/data/current/blk_8376667364205250596',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313471000000142_142',
  },
  {
    tsNs: '1226313472000000143',
    line: '081110 103752 19 INFO dfs.FSDataset: Deleting block blk_8376667364205250596 file /mnt/hadoop/dfs/data/current/blk_8376667364205250596',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313472000000143_143',
  },
  {
    tsNs: '1226313557000000144',
    line: '081110 103917 19 INFO dfs.FSDataset: Deleting block blk_6609646171038203219 file /mnt/hadoop/dfs/data/current/blk_6609646171038203219',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313557000000144_144',
  },
  {
    tsNs: '1226313988000000145',
    line: '081110 104628 27 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: addStoredBlock request received for blk_-5818478081164015292 on 10.251.106.10:50010 size 67108864 But it does not belong to any file.',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313988000000145_145',
  },
  {
    tsNs: '1226313988000000146',
    line: '081110 104628 27 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.251.106.10:50010 is added to blk_-5818478081164015292 size 67108864',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226313988000000146_146',
  },
  {
    tsNs: '1226314124000000147',
    line: '081110 104844 19 INFO dfs.FSDataset: Deleting block blk_-5818478081164015292 file /mnt/hadoop/dfs/data/current/subdir13/blk_-5818478081164015292',
    labels: {
      job: 'hdfs',
      service_name: 'hdfs',
    },
    id: '1226314124000000147_147',
  },
];

import { relevantCauses } from './summary';

// The shipped bundle's storage causes (models/default/manifest.json): HDFS and BlueGene/L side by side.
const STORAGE = [
  'A failed or slow disk or storage controller',
  "A data node dropping out of a block's replication pipeline",
  'Bad memory-mapped I/O addresses raising storage interrupts',
  'RAID degradation or controller firmware faults',
];

describe('relevantCauses', () => {
  it("quotes an HDFS block's causes, not BlueGene/L's", () => {
    const hdfs = [
      '081109 203932 307 INFO dfs.DataNode$DataXceiver: writeBlock blk_7648436334209344608 received exception',
      '081109 203928 307 INFO dfs.DataNode$DataXceiver: Receiving block blk_7648436334209344608 src: /10.0.0.1:5',
    ];
    expect(relevantCauses(STORAGE, hdfs)).toEqual(["A data node dropping out of a block's replication pipeline"]);
  });

  it("quotes a BlueGene/L storage interrupt's cause, most shared words first", () => {
    const bgl = ['RAS KERNEL FATAL data storage interrupt caused by bad address'];
    expect(relevantCauses(STORAGE, bgl)).toEqual([
      'Bad memory-mapped I/O addresses raising storage interrupts',
      'A failed or slow disk or storage controller',
    ]);
  });

  it('quotes none when no cause shares a word with the events', () => {
    expect(relevantCauses(STORAGE, ['session opened for user root'])).toEqual([]);
  });
});

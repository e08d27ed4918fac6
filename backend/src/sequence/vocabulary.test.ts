import { failureClasses } from './vocabulary';

describe('failureClasses', () => {
  it('names the failure vocabulary of a template and ignores good news', () => {
    expect(
      failureClasses('writeBlock blk_<BLK> received exception java.io.IOException: Could not read from stream')
    ).toEqual(['exception', 'missing']);
    // Two-word patterns count too.
    expect(failureClasses('Could not open <PATH>')).toEqual(['missing']);
    expect(failureClasses('Unexpected error trying to delete block blk_<BLK>.')).toEqual(['corrupt', 'error']);
    expect(failureClasses('BLOCK* ask <IP>:<NUM> to replicate blk_<BLK> to datanode(s) <IP>:<NUM>')).toEqual([]);
    expect(failureClasses('Verification succeeded for blk_<BLK>')).toEqual([]);
    expect(failureClasses('')).toEqual([]);
  });
});

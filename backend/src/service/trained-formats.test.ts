import { join } from 'node:path';
import { trainedFormats } from '../engine/cold-start';
import { worstGapMs } from '../labels/testing/event-loop-gap';
import { createNormalizer } from '../normalize';
import { trainedFormatsOffThread } from './trained-formats';

const SHIPPED = join(__dirname, '..', '..', '..', 'models', 'default');

describe('trainedFormatsOffThread', () => {
  it("gives the detector's own answer for the shipped bundle without blocking the event loop", async () => {
    // The shipped manifest does not record its formats: the sync path normalises all of training-set.jsonl
    // (12,362 lines, 260-640 ms on the 2-core VM), which a reload ran on the main thread.
    const { result, gapMs } = await worstGapMs(() => trainedFormatsOffThread(SHIPPED));
    // The main-thread path in the same run is one stretch as long as the scan; a ratio, not a wall-clock bound,
    // so a loaded machine slows both alike (off the thread the worst stretch was 5-68 ms against 260-640 ms).
    const syncStarted = performance.now();
    const expected = trainedFormats(SHIPPED, undefined, createNormalizer({ format: 'auto' }));
    const syncMs = performance.now() - syncStarted;
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(result)).toEqual(expected);
    expect(gapMs).toBeLessThan(syncMs / 3);
  }, 60_000);

  it('answers null for a directory without a manifest (the detector then reports the bundle itself)', async () => {
    await expect(trainedFormatsOffThread(join(__dirname, 'no-such-bundle'))).resolves.toBeNull();
  }, 60_000);
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CheckpointStore, totalsFromCheckpoint, totalsToList, type Checkpoint } from './checkpoint';

const checkpoint: Checkpoint = {
  version: 2,
  selector: 'bgl',
  query: '{job="bgl"}',
  ts: '1795345011865057024',
  recheckFrom: '1795345001000000000',
  seenFrom: '1795344711000000000',
  seen: [[1795345011, 'AAAAAAAAAAABBBBBBBBBBB']],
  totals: [{ domain: 'memory', verdict: 'anomaly', count: 3 }],
  late: { scored: 1, dropped: 0 },
  updatedAt: '2026-11-22T14:00:00.000Z',
};

describe('CheckpointStore', () => {
  it('round-trips and leaves no temporary file behind', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'cp-')), 'nested');
    const store = new CheckpointStore(dir);
    expect(store.load('bgl')).toBeNull();
    store.save(checkpoint);
    expect(store.load('bgl')).toEqual(checkpoint);
    expect(readdirSync(dir)).toEqual(['bgl.checkpoint.json']);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(path.join(dir, `bgl.checkpoint.json.${dead}.tmp`), '{"trunc');
    expect(store.load('bgl')).toEqual(checkpoint);
    expect(readdirSync(dir)).toEqual(['bgl.checkpoint.json']);
  });

  it("leaves a live writer's temporary alone (a reader must not break the next save)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cp-'));
    const store = new CheckpointStore(dir);
    store.save(checkpoint);
    const live = path.join(dir, `bgl.checkpoint.json.${process.pid}.tmp`);
    writeFileSync(live, '{"half-written');
    expect(store.load('bgl')).toEqual(checkpoint);
    expect(readdirSync(dir).sort()).toEqual(['bgl.checkpoint.json', path.basename(live)]);
  });

  it('reads a version-1 checkpoint as complete from its position, its keys kept', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cp-'));
    const store = new CheckpointStore(dir);
    const { ts, totals, updatedAt } = checkpoint;
    const v1 = { version: 1, selector: 'bgl', query: '{job="bgl"}', ts, keys: ['abc'], totals, updatedAt };
    writeFileSync(store.fileFor('bgl'), JSON.stringify(v1));
    expect(store.load('bgl')).toEqual({
      ...checkpoint,
      recheckFrom: ts,
      seenFrom: ts,
      seen: [],
      legacy: { ts, keys: ['abc'] },
      late: { scored: 0, dropped: 0 },
    });
  });

  it('refuses corrupt or foreign checkpoints with the file name', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cp-'));
    const store = new CheckpointStore(dir);
    writeFileSync(store.fileFor('bgl'), '{"version":1');
    expect(() => store.load('bgl')).toThrow(`checkpoint ${store.fileFor('bgl')} is not JSON`);
    writeFileSync(store.fileFor('bgl'), JSON.stringify({ ...checkpoint, selector: 'hdfs' }));
    expect(() => store.load('bgl')).toThrow('belongs to selector "hdfs"');
    writeFileSync(store.fileFor('bgl'), JSON.stringify({ ...checkpoint, ts: 1.7e18 }));
    expect(() => store.load('bgl')).toThrow('is invalid');
    expect(existsSync(store.fileFor('bgl'))).toBe(true);
  });

  it('converts totals both ways in a stable order', () => {
    const totals = totalsFromCheckpoint({
      ...checkpoint,
      totals: [
        { domain: 'network', verdict: 'normal', count: 2 },
        { domain: 'memory', verdict: 'normal', count: 1 },
        { domain: 'memory', verdict: 'anomaly', count: 4 },
      ],
    });
    expect(totalsToList(totals)).toEqual([
      { domain: 'memory', verdict: 'anomaly', count: 4 },
      { domain: 'memory', verdict: 'normal', count: 1 },
      { domain: 'network', verdict: 'normal', count: 2 },
    ]);
  });
});

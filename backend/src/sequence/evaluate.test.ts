import { evaluateSessions } from './evaluate';

/** 100 synthetic block sessions in time order; every 10th is anomalous (a write error instead of a close). */
function syntheticLog() {
  const lines: string[] = [];
  const keys: string[] = [];
  const labels = new Map<string, boolean>();
  for (let i = 0; i < 100; i++) {
    const key = `blk_${1000 + i}`;
    const anomalous = i % 10 === 7;
    labels.set(key, anomalous);
    const msgs = [
      `Receiving block ${key} src: /10.0.0.${i % 250}:50010`,
      `Received block ${key} of size ${1000 + i}`,
      anomalous ? `writeBlock ${key} received exception java.io.IOException` : `Deleting block ${key} file /data/${i}`,
    ];
    for (const m of msgs) {
      lines.push(m);
      keys.push(key);
    }
  }
  lines.push('a line without a block');
  keys.push('');
  return { lines, keys, labels };
}

describe('evaluateSessions', () => {
  it('splits by first appearance, mines templates on training lines only and scores the test sessions', () => {
    const r = evaluateSessions(syntheticLog(), { trainSplit: 0.7, validationShare: 0.2, format: 'unknown' });
    expect(r.split).toMatchObject({
      sessions: 100,
      unlabelled: 0,
      train: { sessions: 70, anomalies: 7, firstLine: 1, lastLine: 210 },
      fit: { sessions: 56 },
      validation: { sessions: 14, anomalies: 2 },
      test: { sessions: 30, anomalies: 3, firstLine: 211, lastLine: 300 },
    });
    expect(r.calibration.method).toBe('validation-f1');
    expect(r.test).toMatchObject({ tp: 3, fp: 0, fn: 0, tn: 27, f1: 1 });
  });

  it('rejects misaligned keys and empty splits', () => {
    const log = syntheticLog();
    expect(() =>
      evaluateSessions({ ...log, keys: log.keys.slice(1) }, { trainSplit: 0.7, validationShare: 0.2 })
    ).toThrow(/must be aligned/);
    expect(() => evaluateSessions(log, { trainSplit: 0.001, validationShare: 0.2 })).toThrow(/both must be non-empty/);
  });
});

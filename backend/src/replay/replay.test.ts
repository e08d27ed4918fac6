import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LokiClient } from '../loki';
import { FakeLoki } from '../loki/testing/fake-loki';
import { parseStreamLabels } from './labels';
import { linesDue, MonotonicNanoClock } from './pacer';
import { readReplayFile, replay } from './replayer';

describe('parseStreamLabels', () => {
  it('parses equality matchers with escapes', () => {
    expect(parseStreamLabels('{job="bgl", system="blue \\"gene\\""}')).toEqual({ job: 'bgl', system: 'blue "gene"' });
  });

  it('rejects what Loki would reject, precisely', () => {
    expect(() => parseStreamLabels('job="bgl"')).toThrow('labels must look like {job="bgl"}');
    expect(() => parseStreamLabels('{}')).toThrow('at least one label is required');
    expect(() => parseStreamLabels('{job=~"bgl"}')).toThrow('expected name="value"');
    expect(() => parseStreamLabels('{1job="x"}')).toThrow('invalid label name "1job"');
    expect(() => parseStreamLabels('{a="x",a="y"}')).toThrow('label "a" appears twice');
  });
});

describe('pacing', () => {
  it('computes lines due at a rate', () => {
    expect(linesDue(50, 0)).toBe(0);
    expect(linesDue(50, 1000)).toBe(50);
    expect(linesDue(50, 1010)).toBe(50);
    expect(linesDue(3, 500)).toBe(1);
  });

  it('hands out strictly increasing ns timestamps near the wall clock', () => {
    let now = 1_000;
    const clock = new MonotonicNanoClock(() => now);
    expect([clock.next(), clock.next()]).toEqual(['1000000000', '1000000001']);
    now = 2_000;
    expect(clock.next()).toBe('2000000000');
  });
});

describe('replay', () => {
  it('pushes a file at a steady rate with current timestamps, looping', async () => {
    const loki = new FakeLoki();
    const url = await loki.start();
    try {
      const dir = mkdtempSync(path.join(tmpdir(), 'replay-'));
      const file = path.join(dir, 'sample.txt');
      writeFileSync(file, 'a\nb\n\nc\n');
      let now = 1_700_000_000_000;
      const controller = new AbortController();
      const stats = await replay({
        client: new LokiClient({ url }),
        lines: readReplayFile(file),
        labels: { job: 'demo' },
        rate: 4,
        loop: true,
        tickMs: 250,
        now: () => now,
        sleep: async (ms) => {
          now += ms;
          if (now - 1_700_000_000_000 >= 2_000) {
            controller.abort();
          }
        },
        signal: controller.signal,
      });
      // One line per 250 ms tick until the abort at 2 s: 7 lines, wrapping around the 3-line file twice.
      expect(stats).toEqual({ pushed: 7, batches: 7, loops: 2 });
      const entries = loki.streamsMatching({ job: 'demo' })[0].entries;
      expect(entries.map((e) => e.line)).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']);
      expect(entries[0].ts).toBe('1700000000250000000');
      for (let i = 1; i < entries.length; i++) {
        expect(BigInt(entries[i].ts) > BigInt(entries[i - 1].ts)).toBe(true);
      }
    } finally {
      await loki.stop();
    }
  });

  it('stops at the end of the file without --loop', async () => {
    const loki = new FakeLoki();
    const url = await loki.start();
    try {
      let now = 0;
      const stats = await replay({
        client: new LokiClient({ url }),
        lines: ['x', 'y', 'z'],
        labels: { job: 'once' },
        rate: 1000,
        loop: false,
        now: () => now,
        sleep: async (ms) => void (now += ms),
      });
      expect(stats).toEqual({ pushed: 3, batches: 1, loops: 0 });
    } finally {
      await loki.stop();
    }
  });

  it('moves a Loghub label column into structured metadata, out of the pushed line', async () => {
    const loki = new FakeLoki();
    const url = await loki.start();
    try {
      let now = 0;
      await replay({
        client: new LokiClient({ url }),
        lines: ['- 1117838570 RAS KERNEL INFO cache ok', 'KERNDTLB 1117838571 RAS KERNEL FATAL data TLB error'],
        labels: { job: 'bgl' },
        loghubLabels: true,
        rate: 1000,
        loop: false,
        now: () => now,
        sleep: async (ms) => void (now += ms),
      });
      const [stream] = loki.streamsMatching({ job: 'bgl' });
      expect(stream!.entries.map((e) => [e.line, e.structuredMetadata])).toEqual([
        ['1117838570 RAS KERNEL INFO cache ok', { truth: '-' }],
        ['1117838571 RAS KERNEL FATAL data TLB error', { truth: 'KERNDTLB' }],
      ]);
    } finally {
      await loki.stop();
    }
  });

  it('refuses an empty file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'replay-'));
    writeFileSync(path.join(dir, 'empty.txt'), '\n\n');
    expect(() => readReplayFile(path.join(dir, 'empty.txt'))).toThrow('has no lines to replay');
  });
});

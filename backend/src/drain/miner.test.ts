import fc from 'fast-check';
import { DrainMiner, DEFAULT_DRAIN_OPTIONS, templateId, type DrainSnapshot } from '.';

/** Fixed seed: property tests must be deterministic in CI (vary it locally to explore). */
const SEED = 20251122;

const t = (s: string) => s.split(' ');

describe('DrainMiner learning', () => {
  it('creates a template, generalises it past the prefix tokens and keeps the old id resolvable', () => {
    const miner = new DrainMiner();
    const first = miner.add(t('session opened for user alice'));
    expect(first).toEqual({
      id: templateId('session opened for user alice'),
      text: 'session opened for user alice',
      change: 'created',
      size: 1,
    });
    const second = miner.add(t('session opened for user bob'));
    expect(second).toMatchObject({ change: 'updated', text: 'session opened for user <*>', size: 2 });
    expect(second.id).toBe(templateId('session opened for user <*>'));
    expect(miner.resolve(first.id)).toEqual({ id: second.id, text: 'session opened for user <*>' });
    expect(miner.add(t('session opened for user carol'))).toMatchObject({ change: 'none', size: 3 });
  });

  it('keeps the constant part of a key=value token when the value varies', () => {
    const miner = new DrainMiner();
    miner.add(t('auth check for request user=alice'));
    expect(miner.add(t('auth check for request user=bob')).text).toBe('auth check for request user=<*>');
  });

  it('does not join lines below the similarity threshold', () => {
    const miner = new DrainMiner({ simThreshold: 0.7 });
    miner.add(t('a b c d e f g h i j'));
    // 6 of 10 positions agree: 0.6 < 0.7.
    expect(miner.add(t('a b c d e f x x x x')).change).toBe('created');
    expect(miner.templates()).toHaveLength(2);
  });

  it("does not generalise a distinguishing constant: a capitalised word or a key, unless a key's value", () => {
    const miner = new DrainMiner();
    // 5 of 6 positions agree (0.83 ≥ 0.7), but the differing word names the event.
    miner.add(t('[instance: <UUID>] VM Started (Lifecycle Event)'));
    expect(miner.add(t('[instance: <UUID>] VM Paused (Lifecycle Event)')).change).toBe('created');
    miner.add(t('Session: <ID> initialized by client WindowsUpdateAgent.'));
    expect(miner.add(t('Session: <ID> initialized by client SPP.')).change).toBe('created');
    miner.add(t('[instance: <UUID>] Total memory: <SIZE>, used: <SIZE>'));
    expect(miner.add(t('[instance: <UUID>] Total disk: <SIZE>, used: <SIZE>')).change).toBe('created');
    // Right after a key the capitalised word is that key's value; lower-case words generalise as before.
    miner.add(t('Loading offline registry hive: SOFTWARE, into registry key'));
    expect(miner.add(t('Loading offline registry hive: SYSTEM, into registry key')).text).toBe(
      'Loading offline registry hive: <*>, into registry key'
    );
    // …unless a key follows it too: then it begins the next key's name.
    miner.add(t('ARPT: <NUM>: wl0: setup_keepalive: Remote IP: <IP>'));
    expect(miner.add(t('ARPT: <NUM>: wl0: setup_keepalive: Local IP: <IP>')).change).toBe('created');
    miner.add(t("Location icon should now be in state 'Active'"));
    expect(miner.add(t("Location icon should now be in state 'Inactive'")).change).toBe('created');
    miner.add(t('accepted password for user alice from <IP>'));
    expect(miner.add(t('accepted password for user bob from <IP>')).change).toBe('updated');
  });

  it('keys the tree on token count: lines of different length never share a template', () => {
    const miner = new DrainMiner();
    miner.add(t('x y z'));
    expect(miner.add(t('x y z w')).change).toBe('created');
  });

  it('sends tokens with digits or placeholders down the wildcard branch', () => {
    const miner = new DrainMiner({ depth: 4 });
    miner.add(t('42 apples eaten today'));
    miner.add(t('<NUM> pears eaten today'));
    const root = miner.snapshot().tree[0][1];
    expect(root.children?.map(([key]) => key)).toEqual(['<*>']);
  });

  it('reserves the last child slot for the wildcard (maxChildren)', () => {
    const miner = new DrainMiner({ depth: 4, maxChildren: 3 });
    for (const first of ['a', 'b', 'c', 'd']) {
      miner.add(t(`${first} x y z`));
    }
    const root = miner.snapshot().tree[0][1];
    expect(root.children?.map(([key]) => key)).toEqual(['a', 'b', '<*>']);
    // c and d share the wildcard leaf and, 3 of 4 positions equal, one template.
    expect(miner.templates().map((x) => x.text)).toEqual(['a x y z', 'b x y z', '<*> x y z']);
    // An unseen constant at a full node is looked up through the wildcard child.
    expect(miner.match(t('e x y z'))?.text).toBe('<*> x y z');
  });

  it('evicts the least recently used template beyond maxClusters, with its aliases', () => {
    const miner = new DrainMiner({ maxClusters: 2 });
    const a = miner.add(t('alpha one'));
    const b = miner.add(t('beta two three'));
    miner.add(t('alpha one')); // touch a
    const c = miner.add(t('gamma four five six'));
    expect(miner.resolve(a.id)).not.toBeNull();
    expect(miner.resolve(b.id)).toBeNull();
    expect(miner.resolve(c.id)).not.toBeNull();
    expect(miner.match(t('beta two three'))).toBeNull();
    expect(miner.stats()).toEqual({ templates: 2, evictions: 1, aliases: 0 });
  });

  it('caps tokens per line, ending a long line in one wildcard', () => {
    const miner = new DrainMiner({ maxTokens: 4 });
    expect(miner.add(t('a b c d e f g')).text).toBe('a b c <*>');
    expect(miner.match(t('a b c x y'))?.text).toBe('a b c <*>');
  });

  it('is deterministic', () => {
    const lines = ['a b c', 'a b d', 'x <NUM> y', 'x <IP> y', 'q r s t', 'q r s u'];
    const run = () => {
      const m = new DrainMiner();
      lines.forEach((l) => m.add(t(l)));
      return JSON.stringify(m.snapshot());
    };
    expect(run()).toBe(run());
  });

  it('rejects invalid options precisely', () => {
    expect(() => new DrainMiner({ simThreshold: 2 })).toThrow(/simThreshold/);
    expect(() => new DrainMiner({ depth: 1 })).toThrow(/depth/);
  });

  it('has the documented defaults', () => {
    expect(DEFAULT_DRAIN_OPTIONS).toEqual({
      depth: 6,
      simThreshold: 0.7,
      maxChildren: 100,
      maxClusters: 20_000,
      maxTokens: 128,
      parametrizeNumericTokens: true,
      extraDelimiters: '=,',
    });
  });

  it('splits tokens after = and , so a key and its value are separate positions, and renders the original text', () => {
    const miner = new DrainMiner({ depth: 4 });
    const first = miner.add(t('login ok user=alice,admin from web'));
    expect(first.text).toBe('login ok user=alice,admin from web');
    // Tokens: login ok user= alice, admin from web – two of eight differ (0.75 ≥ 0.7).
    expect(miner.add(t('login ok user=bob,guest from web')).text).toBe('login ok user=<*>,<*> from web');
    expect(miner.match(t('login ok user=carol,dev from web'))?.text).toBe('login ok user=<*>,<*> from web');
    expect(new DrainMiner({ depth: 4, extraDelimiters: '' }).add(t('a=1,2')).text).toBe('a=1,2');
  });
});

describe('DrainMiner.match', () => {
  it('is read-only and returns null for unseen lines', () => {
    const miner = new DrainMiner();
    miner.add(t('disk sda failed'));
    const before = JSON.stringify(miner.snapshot());
    expect(miner.match(t('disk sda failed'))?.text).toBe('disk sda failed');
    expect(miner.match(t('disk sdb failed'))).toBeNull();
    expect(miner.match(t('something else entirely'))).toBeNull();
    expect(JSON.stringify(miner.snapshot())).toBe(before);
  });

  it('does not refresh the LRU position', () => {
    const miner = new DrainMiner({ maxClusters: 2 });
    const a = miner.add(t('alpha one'));
    miner.add(t('beta two three'));
    miner.match(t('alpha one'));
    miner.add(t('gamma four five six'));
    expect(miner.resolve(a.id)).toBeNull();
  });

  it('fits wildcard and prefix<*>suffix positions, preferring the most specific template', () => {
    const miner = new DrainMiner({ depth: 3 });
    miner.add(t('open port=80 ok now'));
    miner.add(t('open port=81 ok now'));
    expect(miner.match(t('open port=99 ok now'))?.text).toBe('open port=<*> ok now');
    expect(miner.match(t('open host=99 ok now'))).toBeNull();
  });
});

describe('DrainMiner.compact', () => {
  it('merges templates that differ only where one side has a variable, and keeps ids resolvable', () => {
    const miner = new DrainMiner({ depth: 4 });
    const a = miner.add(t('alpha <NUM> b c d'));
    const b = miner.add(t('<NUM> <NUM> b c d'));
    miner.add(t('beta gamma delta')); // unrelated
    expect(miner.templates()).toHaveLength(3);
    expect(miner.compact()).toBe(1);
    const texts = miner.templates().map((x) => x.text);
    expect(texts).toEqual(['<*> <NUM> b c d', 'beta gamma delta']);
    expect(miner.resolve(a.id)?.text).toBe('<*> <NUM> b c d');
    expect(miner.resolve(b.id)?.text).toBe('<*> <NUM> b c d');
    expect(miner.templates()[0].size).toBe(2);
  });

  it('keeps templates apart when constants differ or too few constants agree', () => {
    const miner = new DrainMiner({ depth: 4 });
    miner.add(t('alpha <NUM> b'));
    miner.add(t('<NUM> <NUM> c'));
    miner.add(t('started x'));
    miner.add(t('stopped x'));
    expect(miner.compact()).toBe(0);
    expect(miner.templates()).toHaveLength(4);
  });
});

describe('DrainMiner snapshot/restore', () => {
  const lines = [
    'login ok user=alice,admin from web',
    'login ok user=bob,guest from web',
    'session opened for user alice',
    'session opened for user bob',
    'disk sda failed',
    'job <NUM> done in <DURATION>',
    'alpha <NUM> b c d',
    '<NUM> <NUM> b c d',
  ];

  function trained(): DrainMiner {
    const miner = new DrainMiner({ depth: 4 });
    lines.forEach((l) => miner.add(t(l)));
    miner.compact();
    return miner;
  }

  it('round-trips through JSON with the same matches, ids, aliases and future learning', () => {
    const original = trained();
    const restored = DrainMiner.restore(JSON.parse(JSON.stringify(original.snapshot())));
    expect(restored.snapshot()).toEqual(original.snapshot());
    for (const l of [...lines, 'session opened for user carol', 'unseen line here']) {
      expect(restored.match(t(l))).toEqual(original.match(t(l)));
    }
    const oldId = templateId('alpha <NUM> b c d');
    expect(restored.resolve(oldId)).toEqual(original.resolve(oldId));
    expect(restored.add(t('disk sdb failed'))).toEqual(original.add(t('disk sdb failed')));
  });

  it('rejects a corrupt snapshot with a precise error', () => {
    const good = (): DrainSnapshot => JSON.parse(JSON.stringify(trained().snapshot()));
    expect(() => DrainMiner.restore(null)).toThrow(/invalid Drain snapshot/);
    expect(() => DrainMiner.restore({ ...good(), version: 2 })).toThrow(/version/);
    const badTokens = good() as unknown as { clusters: Array<{ tokens: unknown }> };
    badTokens.clusters[0].tokens = 'not an array';
    expect(() => DrainMiner.restore(badTokens)).toThrow(/clusters\[0\]\.tokens|clusters.0.tokens/);
    const dangling = good();
    dangling.clusters.shift();
    expect(() => DrainMiner.restore(dangling)).toThrow(/refers to unknown cluster|nextNum|no leaf/);
    const badOptions = good();
    badOptions.options.maxChildren = 0;
    expect(() => DrainMiner.restore(badOptions)).toThrow(/maxChildren/);
    const badGlue = good();
    badGlue.clusters[0].glue = [99];
    expect(() => DrainMiner.restore(badGlue)).toThrow(/clusters\[0\]\.glue index 99 is beyond its/);
    const wrongLength = good();
    wrongLength.clusters[0].tokens = [...wrongLength.clusters[0].tokens, 'extra'];
    expect(() => DrainMiner.restore(wrongLength)).toThrow(/tokens under token count/);
  });
});

describe('DrainMiner invariants (property-based)', () => {
  const vocabulary = ['a', 'b', 'c', 'x=1', 'x=2', 'x=<NUM>', '<NUM>', '<IP>', 'k:<NUM>', 'host.a:<NUM>', 'q'];
  const line = fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 6 });

  it('ids stay resolvable, learned lines match, and every state survives snapshot → JSON → restore', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 40 }),
        fc.record({ depth: fc.integer({ min: 3, max: 6 }), maxChildren: fc.integer({ min: 2, max: 4 }) }),
        fc.boolean(),
        (lines, options, compact) => {
          const miner = new DrainMiner(options);
          const ids = lines.map((tokens) => miner.add(tokens).id);
          if (compact) {
            miner.compact();
          }
          ids.forEach((id, i) => {
            const resolved = miner.resolve(id);
            expect(resolved).not.toBeNull();
            expect(miner.match(lines[i])).not.toBeNull();
          });
          const snapshot = miner.snapshot();
          const restored = DrainMiner.restore(JSON.parse(JSON.stringify(snapshot)));
          expect(restored.snapshot()).toEqual(snapshot);
          for (const tokens of lines) {
            expect(restored.match(tokens)).toEqual(miner.match(tokens));
          }
        }
      ),
      { numRuns: 400, seed: SEED }
    );
  });
});

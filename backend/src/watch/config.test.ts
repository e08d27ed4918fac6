import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadWatchConfig, parseWatchConfig, resolveSecret, resolveSelectors } from './config';

const minimal = {
  loki: { url: 'http://loki:3100' },
  checkpointDir: '/tmp/cp',
  selectors: [{ name: 'bgl', query: '{job="bgl"}' }],
};

describe('watch config', () => {
  it('applies defaults and per-selector overrides', () => {
    const config = parseWatchConfig({
      ...minimal,
      defaults: { pollInterval: '10s' },
      selectors: [
        ...minimal.selectors,
        { name: 'hdfs', query: '{job="hdfs"} |= "Exception"', safetyLag: '1m', lookback: 7200 },
      ],
    });
    expect(resolveSelectors(config)).toEqual([
      {
        name: 'bgl',
        query: '{job="bgl"}',
        pollIntervalMs: 10_000,
        lookbackMs: 3_600_000,
        safetyLagMs: 30_000,
        latenessMs: 300_000,
        lateAuditMs: 60_000,
        lateRecheckMs: 60_000,
      },
      {
        name: 'hdfs',
        query: '{job="hdfs"} |= "Exception"',
        pollIntervalMs: 10_000,
        lookbackMs: 7_200_000,
        safetyLagMs: 60_000,
        latenessMs: 300_000,
        lateAuditMs: 60_000,
        lateRecheckMs: 60_000,
      },
    ]);
    expect(config.defaults.pageSize).toBe(5000);
    expect(config.defaults.lateness).toBe(300_000);
    expect(config.loki.maxEntriesPerQuery).toBe(5000);
    expect(config.metrics.port).toBe(9465);
    expect(config.push).toBeUndefined();
  });

  it('names every offending path precisely', () => {
    expect(() =>
      parseWatchConfig(
        {
          loki: { url: 'ftp://x' },
          checkpointDir: '/tmp/cp',
          selectors: [
            { name: 'a b', query: 'sum(rate({job="x"}[1m]))', pollInterval: 'soon' },
            { name: 'ok', query: '{a="b"}' },
            { name: 'ok', query: '{a="c"}', extra: 1 },
          ],
        },
        'watch.yaml'
      )
    ).toThrow(
      [
        'watch.yaml is invalid:',
        '  - loki.url: Invalid URL',
        '  - selectors[0].name: must be 1-64 characters of A-Z a-z 0-9 _ . - (it names files and metrics)',
        '  - selectors[0].query: must be a LogQL log query starting with a stream selector such as {job="bgl"}',
        '  - selectors[0].pollInterval: invalid duration "soon": use e.g. 500ms, 15s, 5m, 1h or seconds',
        '  - selectors[2]: Unrecognized key: "extra"',
      ].join('\n')
    );
  });

  it('reports duplicate selector names', () => {
    expect(() =>
      parseWatchConfig({ ...minimal, selectors: [minimal.selectors[0], { name: 'bgl', query: '{x="y"}' }] })
    ).toThrow('selectors[1].name: duplicate selector name "bgl" (also selectors[0])');
  });

  it('loads YAML files and resolves secrets from the environment', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'watch-config-'));
    const file = path.join(dir, 'watch.yaml');
    writeFileSync(
      file,
      [
        'loki:',
        '  url: http://loki:3100',
        '  auth: { type: bearer, token: { env: LOKI_TOKEN } }',
        'checkpointDir: /tmp/cp',
        'selectors:',
        '  - name: bgl',
        '    query: \'{job="bgl"}\'',
        'push: {}',
      ].join('\n')
    );
    const config = loadWatchConfig(file);
    expect(config.push).toEqual({ enabled: true, verdicts: ['anomaly'] });
    const auth = config.loki.auth;
    if (auth?.type !== 'bearer') {
      throw new Error('expected bearer auth');
    }
    expect(resolveSecret(auth.token, { LOKI_TOKEN: 't0k' })).toBe('t0k');
    expect(() => resolveSecret(auth.token, {})).toThrow('environment variable LOKI_TOKEN');
    writeFileSync(file, 'loki: [');
    expect(() => loadWatchConfig(file)).toThrow(`${file} is not valid YAML`);
    expect(() => loadWatchConfig(path.join(dir, 'missing.yaml'))).toThrow('cannot read');
  });
});

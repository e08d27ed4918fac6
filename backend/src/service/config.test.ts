import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

const TOKEN = 'a-token-of-sixteen-chars';

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig({ AUTH_TOKENS: TOKEN });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      modelDir: 'models/default',
      device: 'auto',
      authTokens: [TOKEN],
      authDisabled: false,
      maxLinesPerRequest: 10_000,
      maxLineLength: 4096,
      batchMaxDelayMs: 2,
      logLevel: 'info',
    });
    expect(config.workers).toBeGreaterThanOrEqual(1);
  });

  it('reads every variable, tokens from a list and a file, and lets flags win', () => {
    const config = loadConfig(
      {
        PORT: '9000',
        HOST: '127.0.0.1',
        MODEL_DIR: '/m',
        INFER_DEVICE: 'cpu',
        WORKERS: '3',
        AUTH_TOKENS: `${TOKEN}, second-token-long-enough`,
        AUTH_TOKENS_FILE: '/secrets/tokens',
        MAX_BODY_BYTES: '2048',
        MAX_LINES_PER_REQUEST: '10',
        MAX_LINE_LENGTH: '100',
        MAX_JSON_DEPTH: '5',
        QUEUE_MAX_LINES: '50',
        REQUEST_TIMEOUT_MS: '1000',
        BATCH_MAX_DELAY_MS: '0',
        LOG_LEVEL: 'debug',
      },
      { port: 9100, workers: 1 },
      () => '# comment\nthird-token-from-file\n'
    );
    expect(config).toMatchObject({
      port: 9100,
      host: '127.0.0.1',
      modelDir: '/m',
      device: 'cpu',
      workers: 1,
      authTokens: [TOKEN, 'second-token-long-enough', 'third-token-from-file'],
      maxBodyBytes: 2048,
      maxLinesPerRequest: 10,
      maxLineLength: 100,
      maxJsonDepth: 5,
      queueMaxLines: 50,
      requestTimeoutMs: 1000,
      batchMaxDelayMs: 0,
      logLevel: 'debug',
    });
  });

  it('reads the baseline store and stream labels, and names a bad label', () => {
    expect(loadConfig({ AUTH_TOKENS: TOKEN })).toMatchObject({ baselineStore: null, baselineStreamLabels: null });
    expect(
      loadConfig({ AUTH_TOKENS: TOKEN, BASELINE_STORE: 'data/baseline', BASELINE_STREAM_LABELS: 'app,job' })
    ).toMatchObject({ baselineStore: 'data/baseline', baselineStreamLabels: 'app,job' });
    expect(loadConfig({ AUTH_TOKENS: TOKEN, BASELINE_STORE: 'off' }).baselineStore).toBeNull();
    expect(loadConfig({ AUTH_TOKENS: TOKEN }, { baselineStore: '/tmp/b' }).baselineStore).toBe('/tmp/b');
    expect(problems(() => loadConfig({ AUTH_TOKENS: TOKEN, BASELINE_STREAM_LABELS: 'ok,bad-name' }))).toEqual([
      expect.stringMatching(/^BASELINE_STREAM_LABELS="ok,bad-name": stream label "bad-name"/),
    ]);
  });

  it('reports every bad variable by name at once', () => {
    const found = problems(() => loadConfig({ PORT: 'eighty', INFER_DEVICE: 'tpu', WORKERS: '0', AUTH_TOKENS: TOKEN }));
    expect(found).toHaveLength(3);
    expect(found.join('\n')).toMatch(/PORT="eighty"/);
    expect(found.join('\n')).toMatch(/INFER_DEVICE="tpu"/);
    expect(found.join('\n')).toMatch(/WORKERS="0"/);
  });

  it('requires a token unless auth is disabled, and rejects short tokens', () => {
    expect(problems(() => loadConfig({}))[0]).toContain('no bearer token configured');
    expect(problems(() => loadConfig({ AUTH_TOKENS: 'short' }))[0]).toContain('at least 16 characters');
    expect(loadConfig({ AUTH_DISABLED: 'true' }).authTokens).toEqual([]);
    expect(loadConfig({}, { authDisabled: true }).authDisabled).toBe(true);
  });

  it('says when the token file cannot be read', () => {
    const found = problems(() =>
      loadConfig({ AUTH_TOKENS_FILE: '/nope' }, {}, () => {
        throw new Error('ENOENT: no such file');
      })
    );
    expect(found).toEqual(['AUTH_TOKENS_FILE=/nope: cannot be read (ENOENT: no such file)']);
  });

  it('treats empty variables as unset and checks queue against request size', () => {
    expect(loadConfig({ PORT: '', AUTH_TOKENS: TOKEN }).port).toBe(8080);
    expect(
      problems(() => loadConfig({ AUTH_TOKENS: TOKEN, QUEUE_MAX_LINES: '10', MAX_LINES_PER_REQUEST: '20' }))[0]
    ).toContain('QUEUE_MAX_LINES (10) must be at least MAX_LINES_PER_REQUEST (20)');
  });

  it('finds the template encoder beside the bundle, takes ENCODER_DIR=off, and refuses an incomplete ENCODER_DIR', () => {
    const models = join(__dirname, '../../../models');
    const config = loadConfig({ AUTH_TOKENS: TOKEN, MODEL_DIR: join(models, 'default') });
    expect(config.encoderDir).toBe(join(models, 'encoders/all-MiniLM-L6-v2'));
    expect(
      loadConfig({ AUTH_TOKENS: TOKEN, MODEL_DIR: join(models, 'default'), ENCODER_DIR: 'off' }).encoderDir
    ).toBeNull();
    // A bundle elsewhere with no encoder beside it: none, and no complaint.
    expect(loadConfig({ AUTH_TOKENS: TOKEN, MODEL_DIR: '/nonexistent/bundle' }).encoderDir).toBeNull();
    expect(problems(() => loadConfig({ AUTH_TOKENS: TOKEN, ENCODER_DIR: models }))[0]).toContain(
      `ENCODER_DIR=${models}: needs model.onnx, vocab.txt and domain-reference.{json,f32}`
    );
  });

  describe("loadConfig: serve's own settings", () => {
    it('reads WATCH_CONFIG, WATCH_SHARD and RETRAIN_DIR (flags win, empty is unset)', () => {
      expect(loadConfig({ AUTH_TOKENS: TOKEN, WATCH_CONFIG: '' })).toMatchObject({
        watchConfig: null,
        watchShard: null,
        retrainDir: null,
      });
      const config = loadConfig(
        { AUTH_TOKENS: TOKEN, WATCH_CONFIG: 'w.yaml', WATCH_SHARD: '1/3', RETRAIN_DIR: '/r' },
        { retrainDir: '/flag' }
      );
      expect(config).toMatchObject({ watchConfig: 'w.yaml', watchShard: '1/3', retrainDir: '/flag' });
    });
  });

  describe('loadConfig: the narrator', () => {
    it('reads NARRATOR_* once into the config, null when off, and reports a bad value as a config problem', () => {
      expect(loadConfig({ AUTH_TOKENS: TOKEN }).narrator).toBeNull();
      const on = loadConfig({
        AUTH_TOKENS: TOKEN,
        NARRATOR_BASE_URL: 'http://localhost:8000/v1',
        NARRATOR_MODEL: 'qwen',
        NARRATOR_TIMEOUT_MS: '5000',
      });
      expect(on.narrator).toMatchObject({ baseURL: 'http://localhost:8000/v1', model: 'qwen', timeoutMs: 5000 });
      expect(() =>
        loadConfig({
          AUTH_TOKENS: TOKEN,
          NARRATOR_BASE_URL: 'http://h/v1',
          NARRATOR_MODEL: 'x',
          NARRATOR_TIMEOUT_MS: 'soon',
        })
      ).toThrow(/NARRATOR_TIMEOUT_MS must be a positive integer/);
    });
  });
});

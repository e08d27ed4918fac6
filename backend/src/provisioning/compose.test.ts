/**
 * The demo stack (docker-compose.yaml + backend/Dockerfile) agrees with the provisioning files and the code: every
 * URL and scrape target names a service and a port it listens on, the files the containers read exist in the repo
 * and are copied into the image, the service's environment variables are ones it reads, Grafana gets the variables
 * its provisioning expands, and the GPU service only runs in the gpu profile. With docker-compose (or docker compose)
 * on PATH, the file is also checked by Compose itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseWatchConfig } from '../watch/config';
import { listFiles, PROVISIONING_DIR, readText, readYaml, repoPath } from './repo-files';

type Env = Record<string, string | number | boolean | null>;

interface Service {
  extends?: { file: string; service: string };
  image?: string;
  build?: { context: string; dockerfile?: string; target?: string; args?: Record<string, string> };
  command?: string[] | string;
  environment?: Env | string[];
  ports?: Array<string | number | { target: number }>;
  expose?: Array<string | number>;
  volumes?: string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  profiles?: string[];
  healthcheck?: { test?: string[] | string; disable?: boolean };
  deploy?: {
    resources?: {
      reservations?: { devices?: Array<{ driver?: string; count?: number | string; capabilities?: string[] }> };
    };
  };
}

interface ComposeFile {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const COMPOSE_FILE = repoPath('docker-compose.yaml');
const DOCKERFILE = repoPath('backend/Dockerfile');
const APP_DIR = '/app';

/** Compose files use YAML merge keys (`<<: *anchor`) for the shared replayer settings. */
function readCompose(file: string): ComposeFile {
  return parseYaml(readText(file), { merge: true, strict: true, prettyErrors: true }) as ComposeFile;
}

const compose = readCompose(COMPOSE_FILE);
const services = compose.services;
const serviceNames = Object.keys(services);

/** A service with `extends` resolved one level (what the scaffold's grafana service needs). */
function resolved(name: string): Service {
  const service = services[name];
  if (!service.extends) {
    return service;
  }
  const baseFile = path.resolve(path.dirname(COMPOSE_FILE), service.extends.file);
  const base = readCompose(baseFile).services[service.extends.service];
  return {
    ...base,
    ...service,
    environment: { ...envOf(base), ...envOf(service) },
    ports: [...(base.ports ?? []), ...(service.ports ?? [])],
    volumes: [...(base.volumes ?? []), ...(service.volumes ?? [])],
  };
}

function envOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  const entries = Array.isArray(env)
    ? env.map((e) => [e.split('=')[0], e.split('=').slice(1).join('=')] as const)
    : Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)] as const);
  return Object.fromEntries(entries);
}

/** The value Compose substitutes when the variable is unset: `${VAR:-default}` -> default. */
function withDefaults(value: string): string {
  return value.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}/g,
    (_m, _name, def: string | undefined) => def ?? ''
  );
}

function commandOf(service: Service): string[] {
  const command = service.command ?? [];
  return (Array.isArray(command) ? command : command.split(/\s+/)).map(String).map(withDefaults);
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Ports a service's container listens on, as declared by `ports` (container side) and `expose`. */
function containerPorts(name: string): Set<number> {
  const service = resolved(name);
  const ports = new Set<number>();
  for (const p of service.ports ?? []) {
    if (typeof p === 'object') {
      ports.add(Number(p.target));
    } else {
      ports.add(Number(String(p).split('/')[0].split(':').at(-1)));
    }
  }
  for (const p of service.expose ?? []) {
    ports.add(Number(String(p).split('/')[0]));
  }
  return ports;
}

/** "service:port" when the URL (or host:port) names a defined service and a port it listens on, else why not. */
function checkEndpoint(hostPort: string, self?: string): string {
  const url = new URL(hostPort.includes('://') ? hostPort : `http://${hostPort}`);
  const host = url.hostname === 'localhost' && self ? self : url.hostname;
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  if (!services[host]) {
    return `${hostPort}: no service "${host}"`;
  }
  if (!containerPorts(host).has(port)) {
    return `${hostPort}: service "${host}" does not listen on ${port}`;
  }
  return `${host}:${port}`;
}

function dependsOn(service: Service): string[] {
  const d = service.depends_on ?? [];
  return Array.isArray(d) ? d : Object.keys(d);
}

function namedVolumeMounts(service: Service): Array<{ volume: string; target: string }> {
  return (service.volumes ?? [])
    .map((v) => v.split(':'))
    .filter(([source]) => !source.startsWith('.') && !source.startsWith('/') && !source.startsWith('$'))
    .map(([volume, target]) => ({ volume, target }));
}

function isUnder(file: string, dir: string): boolean {
  const rel = path.posix.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.posix.isAbsolute(rel));
}

// --- backend/Dockerfile -------------------------------------------------------------------------------------------

const dockerfile = readText(DOCKERFILE).replace(/\\\n/g, ' ');
const dockerLines = dockerfile
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
/** Stages in order, each with its instructions. */
const stages: Array<{ name: string; from: string; lines: string[] }> = [];
for (const line of dockerLines) {
  const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
  if (from) {
    stages.push({ name: from[2] ?? `#${stages.length}`, from: from[1], lines: [] });
  } else {
    stages.at(-1)?.lines.push(line);
  }
}
const stage = (name: string) => stages.find((s) => s.name === name);
/** COPY instructions from the build context: repo path -> absolute container path. */
const contextCopies = dockerLines
  .filter((l) => /^COPY\s/i.test(l) && !/--from=/.test(l))
  .map((l) => l.replace(/^COPY\s+(--\S+\s+)*/i, '').split(/\s+/))
  .filter((parts) => parts.length === 2 && parts[1].startsWith('/'))
  .map(([src, dest]) => ({ src: src.replace(/\/$/, ''), dest: dest.replace(/\/$/, '') }));

/** The repo file a container path of the image comes from (COPY from the build context), if any. */
function repoFileFor(containerPath: string): string | undefined {
  for (const { src, dest } of contextCopies) {
    if (isUnder(containerPath, dest)) {
      return repoPath(src, path.posix.relative(dest, containerPath));
    }
  }
  return undefined;
}

// --- what the service reads ----------------------------------------------------------------------------------------

/** Environment variables the service and its `serve` command read (config.ts's schema + process.env in serve.ts). */
const SERVICE_ENV_VARS = new Set([
  ...[...readText(repoPath('backend/src/service/config.ts')).matchAll(/^\s{2}([A-Z][A-Z0-9_]+):\s/gm)].map((m) => m[1]),
  ...[...readText(repoPath('backend/src/cli/commands/serve.ts')).matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g)].map(
    (m) => m[1]
  ),
]);

/** Long flags a CLI command declares (`.option('--rate <n>'...` / `new Option('--device <d>'`). */
function declaredFlags(command: string): Set<string> {
  const source = readText(repoPath(`backend/src/cli/commands/${command}.ts`));
  return new Set(
    [...source.matchAll(/Option\(\s*'(--[a-z0-9-]+)|option\(\s*'(--[a-z0-9-]+)/gi)].map((m) => m[1] ?? m[2])
  );
}

/** Variables Grafana expands (`$VAR`, `${VAR}`) in the provisioning files it reads; `$$` is a literal dollar. */
function grafanaExpandedVars(): Set<string> {
  const files = ['datasources', 'plugins', 'dashboards', 'alerting'].flatMap((dir) =>
    listFiles(path.join(PROVISIONING_DIR, dir)).filter((f) => /\.ya?ml$/.test(f))
  );
  const vars = new Set<string>();
  for (const file of files) {
    const text = readText(file)
      .split('\n')
      .filter((l) => !l.trim().startsWith('#'))
      .join('\n')
      .replace(/\$\$/g, '');
    for (const m of text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
      vars.add(m[1]);
    }
  }
  return vars;
}

// -------------------------------------------------------------------------------------------------------------------

describe('docker-compose.yaml', () => {
  it('defines the demo stack', () => {
    expect(serviceNames.sort()).toEqual(
      ['anomaly-lens', 'anomaly-lens-gpu', 'grafana', 'loki', 'prometheus', 'replayer-bgl', 'replayer-hdfs'].sort()
    );
  });

  it('runs the Grafana release the plugin builds against, in production mode, with only the built plugin and provisioning mounted', () => {
    const grafana = services.grafana;
    const pkg = JSON.parse(readText(repoPath('package.json'))) as { dependencies: Record<string, string> };
    expect(grafana.extends).toBeUndefined();
    expect(grafana.build).toBeUndefined();
    expect(grafana.image).toBe(`grafana/grafana:${pkg.dependencies['@grafana/data']}`);
    const env = envOf(grafana);
    // The scaffold's development rig: development mode, debug logs, anonymous Admin, the repository mounted.
    expect(env.GF_DEFAULT_APP_MODE).toBeUndefined();
    expect(env.NODE_ENV).toBeUndefined();
    expect(env.GF_AUTH_ANONYMOUS_ENABLED).toBe('false');
    expect(env.GF_LOG_LEVEL).not.toBe('debug');
    const mounts = (grafana.volumes ?? []).map((v) => v.split(':'));
    expect(mounts).toContainEqual(['./dist', '/var/lib/grafana/plugins/anomalylens-explain-app', 'ro']);
    for (const dir of ['datasources', 'plugins', 'dashboards', 'alerting']) {
      expect(mounts).toContainEqual([`./provisioning/${dir}`, `/etc/grafana/provisioning/${dir}`, 'ro']);
    }
    // Nothing else of the repository reaches the container.
    expect(
      mounts
        .filter(([source]) => source.startsWith('.'))
        .map(([source]) => source)
        .sort()
    ).toEqual(
      ['./dist', ...['alerting', 'dashboards', 'datasources', 'plugins'].map((d) => `./provisioning/${d}`)].sort()
    );
  });

  it('depends only on services that exist, and the default stack never on a profiled service', () => {
    for (const name of serviceNames) {
      for (const dep of dependsOn(resolved(name))) {
        expect({ service: name, dependsOn: dep, exists: dep in services }).toEqual({
          service: name,
          dependsOn: dep,
          exists: true,
        });
        if (!resolved(name).profiles) {
          expect({ service: name, dep, profiles: services[dep].profiles }).toEqual({
            service: name,
            dep,
            profiles: undefined,
          });
        }
      }
    }
  });

  it('pins every pulled image tag; built images come from this repo', () => {
    for (const name of serviceNames) {
      const service = resolved(name);
      if (service.build) {
        const context = repoPath(service.build.context);
        expect(existsSync(path.join(context, service.build.dockerfile ?? 'Dockerfile'))).toBe(true);
        continue;
      }
      const image = withDefaults(service.image ?? '');
      expect({ name, image, pinned: /^[\w./-]+:(?!latest$)[\w.-]*\d[\w.-]*$/.test(image) }).toEqual({
        name,
        image,
        pinned: true,
      });
    }
  });

  it('declares every named volume it mounts', () => {
    for (const name of serviceNames) {
      for (const { volume } of namedVolumeMounts(resolved(name))) {
        expect({ name, volume, declared: volume in (compose.volumes ?? {}) }).toEqual({ name, volume, declared: true });
      }
    }
  });
});

describe('endpoints', () => {
  it('Loki listens where loki.yaml says and the service publishes it', () => {
    const loki = readYaml(path.join(PROVISIONING_DIR, 'loki/loki.yaml')) as { server: { http_listen_port: number } };
    expect(containerPorts('loki').has(loki.server.http_listen_port)).toBe(true);
    expect(services.loki.volumes).toContain('./provisioning/loki/loki.yaml:/etc/loki/loki.yaml:ro');
    expect(commandOf(services.loki)).toContain('-config.file=/etc/loki/loki.yaml');
  });

  it('Prometheus loads provisioning/prometheus/prometheus.yml and every scrape target is a service port', () => {
    expect(services.prometheus.volumes).toContain(
      './provisioning/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro'
    );
    expect(commandOf(services.prometheus)).toContain('--config.file=/etc/prometheus/prometheus.yml');
    const prom = readYaml(path.join(PROVISIONING_DIR, 'prometheus/prometheus.yml')) as {
      scrape_configs: Array<{ job_name: string; static_configs: Array<{ targets: string[] }> }>;
    };
    const targets = prom.scrape_configs.flatMap((c) => c.static_configs.flatMap((s) => s.targets));
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      expect(checkEndpoint(target, 'prometheus')).toMatch(/^[\w-]+:\d+$/);
    }
  });

  it('the service publishes its PORT', () => {
    for (const name of ['anomaly-lens', 'anomaly-lens-gpu']) {
      const port = Number(withDefaults(envOf(services[name]).PORT ?? '8080'));
      expect(containerPorts(name).has(port)).toBe(true);
    }
  });

  it('data source, app, watcher and replayer URLs point at services and their ports', () => {
    const datasources = (
      readYaml(path.join(PROVISIONING_DIR, 'datasources/anomalylens.yaml')) as {
        datasources: Array<{ url?: string; jsonData?: { serviceUrl?: string } }>;
      }
    ).datasources;
    const apps = (
      readYaml(path.join(PROVISIONING_DIR, 'plugins/apps.yaml')) as {
        apps: Array<{ jsonData?: { serviceUrl?: string } }>;
      }
    ).apps;
    const watch = readYaml(path.join(PROVISIONING_DIR, 'watch/watch.yaml')) as { loki: { url: string } };
    const urls = [
      ...datasources.flatMap((d) => [d.url, d.jsonData?.serviceUrl]),
      ...apps.map((a) => a.jsonData?.serviceUrl),
      watch.loki.url,
      ...['replayer-bgl', 'replayer-hdfs'].map((r) => flag(commandOf(services[r]), '--loki')),
    ].filter((u): u is string => typeof u === 'string');
    expect(urls.length).toBeGreaterThanOrEqual(7);
    for (const url of urls) {
      expect(checkEndpoint(url)).toMatch(/^[\w-]+:\d+$/);
    }
  });
});

describe('the anomaly-lens service', () => {
  const service = services['anomaly-lens'];
  const env = envOf(service);

  it('builds the CPU target of backend/Dockerfile and runs serve', () => {
    expect(service.build).toMatchObject({ context: '.', dockerfile: 'backend/Dockerfile', target: 'runtime' });
    expect(withDefaults(service.build!.args!.ORT_INSTALL)).toBe('skip');
    expect(commandOf(service)).toEqual(['serve']);
    expect(withDefaults(env.INFER_DEVICE)).toBe('cpu');
  });

  it('sets only environment variables the service reads', () => {
    for (const name of ['anomaly-lens', 'anomaly-lens-gpu']) {
      for (const key of Object.keys(envOf(services[name]))) {
        expect({ name, key, read: SERVICE_ENV_VARS.has(key) }).toEqual({ name, key, read: true });
      }
    }
  });

  it('runs the watcher with a watch.yaml of the repo, copied into the image, with its checkpoints on a volume', () => {
    const file = repoFileFor(env.WATCH_CONFIG);
    expect(file).toBe(repoPath('provisioning/watch/watch.yaml'));
    const config = parseWatchConfig(readYaml(file!), 'watch.yaml');
    const mounts = namedVolumeMounts(service);
    expect(mounts.some((m) => isUnder(config.checkpointDir, m.target))).toBe(true);
  });

  it('loads a model bundle of the repo, copied into the image', () => {
    const dir = repoFileFor(withDefaults(env.MODEL_DIR));
    expect(dir).toBe(repoPath('models/default'));
    for (const f of ['manifest.json', 'model.onnx']) {
      expect(existsSync(path.join(dir!, f))).toBe(true);
    }
    // The image's default agrees.
    expect(dockerfile).toMatch(/MODEL_DIR=\/app\/models\/default/);
  });

  it("keeps retrained bundles on a volume the image user owns (the image's /app is root-owned)", () => {
    for (const name of ['anomaly-lens', 'anomaly-lens-gpu']) {
      const dir = envOf(services[name]).RETRAIN_DIR;
      expect(dir).toMatch(/^\/var\/lib\/anomalylens\//);
      expect(namedVolumeMounts(services[name]).some((m) => isUnder(dir, m.target))).toBe(true);
    }
    for (const target of ['runtime', 'runtime-gpu']) {
      const lines = stage(target)!.lines.join('\n');
      expect(lines).toMatch(/mkdir -p [^\n]*\/var\/lib\/anomalylens\/bundles/);
      expect(lines).toMatch(/chown -R anomalylens:anomalylens \/var\/lib\/anomalylens/);
      expect(lines).toContain('RETRAIN_DIR=/var/lib/anomalylens/bundles');
    }
  });

  it('keeps the label store on a volume', () => {
    for (const name of ['anomaly-lens', 'anomaly-lens-gpu']) {
      const db = envOf(services[name]).LABELS_DB;
      expect(db).toMatch(/\.sqlite$/);
      expect(namedVolumeMounts(services[name]).some((m) => isUnder(path.posix.dirname(db), m.target))).toBe(true);
    }
  });

  it('accepts the key Grafana sends: AUTH_TOKENS and ANOMALYLENS_API_KEY share variable and default', () => {
    const grafanaKey = envOf(resolved('grafana')).ANOMALYLENS_API_KEY;
    for (const name of ['anomaly-lens', 'anomaly-lens-gpu']) {
      expect(envOf(services[name]).AUTH_TOKENS).toBe(grafanaKey);
    }
    expect(grafanaKey).toMatch(/^\$\{ANOMALYLENS_API_KEY:-.+\}$/);
    // config.ts refuses tokens under 16 characters.
    expect(withDefaults(grafanaKey).length).toBeGreaterThanOrEqual(16);
  });

  it('has a health check on /healthz', () => {
    for (const name of ['anomaly-lens', 'anomaly-lens-gpu']) {
      expect(JSON.stringify(services[name].healthcheck?.test)).toContain('/healthz');
    }
  });
});

describe('Grafana', () => {
  it('gets every environment variable its provisioning files expand', () => {
    const vars = grafanaExpandedVars();
    expect(vars).toContain('ANOMALYLENS_API_KEY');
    const env = envOf(resolved('grafana'));
    for (const v of vars) {
      expect({ variable: v, set: withDefaults(env[v] ?? '') !== '' }).toEqual({ variable: v, set: true });
    }
  });

  it('has anonymous access off and allows only this app and its nested plugins unsigned', () => {
    const env = envOf(resolved('grafana'));
    expect(env.GF_AUTH_ANONYMOUS_ENABLED).toBe('false');
    expect(env.GF_PLUGINS_ALLOW_LOADING_UNSIGNED_PLUGINS.split(',').sort()).toEqual([
      'anomalylens-explain-app',
      'anomalylens-explain-panel',
      'anomalylens-verdict-datasource',
    ]);
  });

  it('starts after Loki, Prometheus and the service', () => {
    expect(dependsOn(resolved('grafana')).sort()).toEqual(['anomaly-lens', 'loki', 'prometheus']);
  });
});

describe('replayers', () => {
  const watch = parseWatchConfig(readYaml(path.join(PROVISIONING_DIR, 'watch/watch.yaml')), 'watch.yaml');
  const replayFlags = declaredFlags('replay');

  for (const [name, file, job] of [
    ['replayer-bgl', 'provisioning/demo-logs/bgl.txt', 'bgl'],
    ['replayer-hdfs', 'provisioning/demo-logs/hdfs.txt', 'hdfs'],
  ] as const) {
    it(`${name} loops ${file} into Loki as {job="${job}"}, a stream the watcher reads`, () => {
      const service = services[name];
      expect(service.image).toBe(services['anomaly-lens'].image);
      expect(service.healthcheck?.disable).toBe(true);
      const args = commandOf(service);
      expect(args[0]).toBe('replay');
      for (const arg of args.filter((a) => a.startsWith('--'))) {
        expect({ arg, declared: replayFlags.has(arg) }).toEqual({ arg, declared: true });
      }
      expect(args).toContain('--loop');
      expect(Number(flag(args, '--rate'))).toBeGreaterThan(0);
      const repoFile = repoFileFor(path.posix.join(APP_DIR, flag(args, '--file')!));
      expect(repoFile).toBe(repoPath(file));
      expect(existsSync(repoFile!)).toBe(true);
      expect(flag(args, '--labels')).toBe(`{job="${job}"}`);
      expect(watch.selectors.map((s) => s.query)).toContain(`{job="${job}"}`);
      expect(dependsOn(service)).toContain('loki');
    });
  }
});

describe('the gpu profile', () => {
  const gpu = services['anomaly-lens-gpu'];

  it('holds only anomaly-lens-gpu, and anomaly-lens-gpu is in no other profile', () => {
    expect(gpu.profiles).toEqual(['gpu']);
    for (const name of serviceNames.filter((n) => n !== 'anomaly-lens-gpu')) {
      expect({ name, profiles: resolved(name).profiles }).toEqual({ name, profiles: undefined });
    }
  });

  it('builds the CUDA target with the provider libraries and reserves an NVIDIA GPU', () => {
    expect(gpu.build).toMatchObject({ context: '.', dockerfile: 'backend/Dockerfile', target: 'runtime-gpu' });
    // Empty would fall through to .npmrc's "skip" in onnxruntime-node's install script; name the CUDA build.
    expect(withDefaults(gpu.build!.args!.ORT_INSTALL)).toBe('cuda12');
    expect(withDefaults(envOf(gpu).INFER_DEVICE)).toBe('cuda');
    expect(gpu.deploy?.resources?.reservations?.devices).toEqual([
      { driver: 'nvidia', count: 1, capabilities: ['gpu'] },
    ]);
  });

  it('runs no second watcher (one writer of the checkpoints and the verdict streams)', () => {
    expect(envOf(gpu).WATCH_CONFIG).toBeUndefined();
    expect(gpu.image).not.toBe(services['anomaly-lens'].image);
  });
});

describe('backend/Dockerfile', () => {
  it('has build, deps, runtime-gpu and a CPU runtime as the default (last) stage', () => {
    expect(stages.map((s) => s.name)).toEqual(
      expect.arrayContaining(['build', 'deps', 'app', 'runtime-gpu', 'runtime'])
    );
    expect(stages.at(-1)!.name).toBe('runtime');
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
    expect(dockerfile).toMatch(/^ARG CUDA_IMAGE=nvidia\/cuda:12\.\d+\.\d+-cudnn-runtime-ubuntu\d+\.\d+$/m);
  });

  it('builds with tsc and installs only the backend workspace for production, ORT_INSTALL=skip by default', () => {
    expect(stage('build')!.lines.join('\n')).toContain('npm run build -w backend');
    const deps = stage('deps')!.lines.join('\n');
    expect(deps).toContain('ARG ORT_INSTALL=skip');
    expect(deps).toContain('ONNXRUNTIME_NODE_INSTALL="${ORT_INSTALL}"');
    expect(deps).toContain('npm ci --workspace backend --include-workspace-root=false --omit=dev');
  });

  for (const name of ['runtime', 'runtime-gpu']) {
    it(`${name}: non-root, serve by default, /healthz health check, ports 8080 and 9465`, () => {
      const lines = stage(name)!.lines;
      const user = lines.filter((l) => l.startsWith('USER ')).at(-1);
      expect(user).toBeDefined();
      expect(user).not.toMatch(/^USER (root|0)(:|$)/);
      expect(lines).toContain('ENTRYPOINT ["node", "backend/dist/cli/main.js"]');
      expect(lines).toContain('CMD ["serve"]');
      expect(lines.find((l) => l.startsWith('HEALTHCHECK'))).toContain('/healthz');
      expect(lines).toContain('EXPOSE 8080 9465');
      expect(lines.join('\n')).toContain('MODEL_DIR=/app/models/default');
    });
  }

  it('copies only paths that exist and that .dockerignore does not exclude', () => {
    const ignore = readText(repoPath('.dockerignore'))
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#') && !l.startsWith('!'));
    const toRegExp = (pattern: string) =>
      new RegExp(
        `^${pattern
          .replace(/^\//, '')
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*\*\//g, '\u0000')
          .replace(/\*/g, '[^/]*')
          .replace(/\?/g, '[^/]')
          .replace(/\u0000/g, '(?:.*/)?')}(?:/.*)?$`
      );
    const copied = [
      ...contextCopies.map((c) => c.src),
      ...dockerLines
        .filter((l) => /^COPY\s/i.test(l) && !/--from=/.test(l))
        .flatMap((l) =>
          l
            .replace(/^COPY\s+(--\S+\s+)*/i, '')
            .split(/\s+/)
            .slice(0, -1)
        ),
    ];
    expect(copied).toEqual(
      expect.arrayContaining(['package-lock.json', 'backend/src', 'models', 'provisioning/watch'])
    );
    for (const src of new Set(copied)) {
      expect({ src, exists: existsSync(repoPath(src)) }).toEqual({ src, exists: true });
      const hit = ignore.find((p) => toRegExp(p).test(src));
      expect({ src, ignoredBy: hit }).toEqual({ src, ignoredBy: undefined });
    }
    for (const p of ['**/node_modules', '.git', 'dist', 'backend/dist']) {
      expect(ignore).toContain(p);
    }
  });
});

describe('Compose itself', () => {
  const candidates: Array<{ cmd: string; pre: string[] }> = [
    { cmd: 'docker-compose', pre: [] },
    { cmd: 'docker', pre: ['compose'] },
  ];
  const available = candidates.filter(
    ({ cmd, pre }) => spawnSync(cmd, [...pre, 'version'], { encoding: 'utf8', timeout: 15_000 }).status === 0
  );
  if (available.length === 0) {
    console.warn('skipping `docker-compose config -q`: neither docker-compose nor `docker compose` is on PATH');
  }
  for (const { cmd, pre } of available) {
    for (const profile of [[], ['--profile', 'gpu']]) {
      const label = [cmd, ...pre, ...profile, 'config', '-q'].join(' ');
      it(`accepts the file: ${label}`, () => {
        const env = { ...process.env };
        delete env.COMPOSE_FILE;
        delete env.COMPOSE_PROFILES;
        const result = spawnSync(cmd, [...pre, ...profile, '-f', COMPOSE_FILE, 'config', '-q'], {
          cwd: repoPath(),
          encoding: 'utf8',
          timeout: 30_000,
          env,
        });
        expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({ status: 0, stderr: '' });
      });
    }
  }
});

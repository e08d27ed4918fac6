#!/usr/bin/env node
/**
 * `npm run package`: the release zip Grafana installs from (`grafana cli --pluginUrl <zip> plugins install …`, or
 * unzipped into the plugins directory): one folder named after the app's id holding the built app, its nested panel
 * and data source, and the data source's backend binaries for linux amd64/arm64 and darwin amd64/arm64.
 *
 *   npm run package                      # npm run build, then build/ANOMALYLENS-APP-ID-VERSION.zip, then verify it
 *   node scripts/package.js --verify Z   # unpack Z into an empty plugins directory and check what Grafana expects
 *
 * Missing backend binaries are cross-compiled from pkg/ (CGO off, the Go toolchain does every target itself).
 */
'use strict';
const { execFileSync } = require('node:child_process');
const {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join, relative, resolve } = require('node:path');
const AdmZip = require('adm-zip');

const ROOT = resolve(__dirname, '..');
/** The platforms a release carries binaries for (Grafana's naming: <executable>_<os>_<arch>). */
const TARGETS = [
  ['linux', 'amd64'],
  ['linux', 'arm64'],
  ['darwin', 'amd64'],
  ['darwin', 'arm64'],
];

/** Every plugin.json under a plugin directory (the app's, then its nested plugins'), with its parsed content. */
function manifests(dir) {
  const found = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) {
        walk(p);
      } else if (entry.name === 'plugin.json') {
        found.push({ file: p, dir: dirname(p), json: JSON.parse(readFileSync(p, 'utf8')) });
      }
    }
  };
  walk(dir);
  return found.sort((a, b) => a.file.length - b.file.length);
}

const binaryName = (executable, os, arch) => `${executable}_${os}_${arch}${os === 'windows' ? '.exe' : ''}`;

/**
 * What Grafana needs of an unpacked plugin folder, as a list of problems (empty when it loads): the app's
 * plugin.json at the top with the folder's name as id, a module.js beside every plugin.json, every logo present,
 * no build placeholder left, and for a backend plugin an executable binary per release target.
 */
function checkLayout(pluginDir, folderName) {
  const problems = [];
  const all = manifests(pluginDir);
  const top = all.find((m) => m.dir === pluginDir);
  if (!top) {
    return [`${folderName}/plugin.json is missing`];
  }
  if (top.json.id !== folderName) {
    problems.push(`the folder is ${folderName} but plugin.json's id is ${top.json.id}`);
  }
  if (top.json.type !== 'app') {
    problems.push(`${folderName}/plugin.json is a ${top.json.type}, not the app`);
  }
  for (const m of all) {
    const where = relative(dirname(pluginDir), m.file);
    if (!existsSync(join(m.dir, 'module.js'))) {
      problems.push(`${where}: no module.js beside it`);
    }
    const text = readFileSync(m.file, 'utf8');
    for (const placeholder of text.match(/%[A-Z_]+%/g) ?? []) {
      problems.push(`${where}: build placeholder ${placeholder} left`);
    }
    for (const logo of Object.values(m.json.info?.logos ?? {})) {
      if (!existsSync(join(m.dir, logo))) {
        problems.push(`${where}: logo ${logo} missing`);
      }
    }
    if (m.json.backend) {
      if (!m.json.executable) {
        problems.push(`${where}: backend plugin without "executable"`);
        continue;
      }
      for (const [os, arch] of TARGETS) {
        const bin = join(m.dir, binaryName(m.json.executable, os, arch));
        if (!existsSync(bin)) {
          problems.push(`${where}: binary ${relative(dirname(pluginDir), bin)} missing`);
        } else if ((statSync(bin).mode & 0o111) === 0) {
          problems.push(`${relative(dirname(pluginDir), bin)} is not executable`);
        }
      }
    }
  }
  if (top.json.type === 'app' && all.length < 3) {
    problems.push(`expected the app with its nested panel and data source, found ${all.length} plugin.json`);
  }
  return problems;
}

/** Cross-compiles the backend binaries a built dist lacks (Grafana's layout: pkg/main.go). */
function buildMissingBinaries(dist) {
  for (const m of manifests(dist).filter((x) => x.json.backend && x.json.executable)) {
    for (const [os, arch] of TARGETS) {
      const out = join(m.dir, binaryName(m.json.executable, os, arch));
      if (existsSync(out)) {
        continue;
      }
      process.stderr.write(`go build ${relative(ROOT, out)}\n`);
      execFileSync('go', ['build', '-trimpath', '-ldflags', '-w -s', '-o', out, './pkg'], {
        cwd: ROOT,
        env: { ...process.env, CGO_ENABLED: '0', GOOS: os, GOARCH: arch },
        stdio: 'inherit',
      });
      chmodSync(out, 0o755);
    }
  }
}

/** Zips dist as <id>/… with file modes kept (the binaries stay executable once unpacked). */
function buildZip(dist, outFile) {
  const top = manifests(dist).find((m) => m.dir === resolve(dist));
  if (!top) {
    throw new Error(`${dist}/plugin.json is missing: run npm run build first`);
  }
  const zip = new AdmZip();
  const add = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) {
        add(p);
      } else {
        const name = `${top.json.id}/${relative(dist, p).split('\\').join('/')}`;
        zip.addFile(name, readFileSync(p), '', statSync(p).mode & 0o777);
      }
    }
  };
  add(resolve(dist));
  mkdirSync(dirname(outFile), { recursive: true });
  zip.writeZip(outFile);
  return top.json;
}

/** Unpacks a release zip into an empty plugins directory, as an operator would, and checks the result. */
function verifyZip(zipFile) {
  const plugins = mkdtempSync(join(tmpdir(), 'grafana-plugins-'));
  try {
    const zip = new AdmZip(zipFile);
    const tops = new Set(zip.getEntries().map((e) => e.entryName.split('/')[0]));
    if (tops.size !== 1) {
      return [`the zip must hold one top folder, it holds ${[...tops].join(', ')}`];
    }
    zip.extractAllTo(plugins, true, true);
    const [folder] = tops;
    return checkLayout(join(plugins, folder), folder);
  } finally {
    rmSync(plugins, { recursive: true, force: true });
  }
}

function main(argv) {
  if (argv[0] === '--verify') {
    const problems = verifyZip(argv[1]);
    if (problems.length) {
      throw new Error(`${argv[1]}:\n  ${problems.join('\n  ')}`);
    }
    process.stdout.write(`${argv[1]}: the layout Grafana loads\n`);
    return;
  }
  const dist = join(ROOT, 'dist');
  buildMissingBinaries(dist);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const id = JSON.parse(readFileSync(join(dist, 'plugin.json'), 'utf8')).id;
  const out = join(ROOT, 'build', `${id}-${pkg.version}.zip`);
  buildZip(dist, out);
  const problems = verifyZip(out);
  if (problems.length) {
    throw new Error(`${relative(ROOT, out)}:\n  ${problems.join('\n  ')}`);
  }
  process.stdout.write(
    `${relative(ROOT, out)} (${Math.round(statSync(out).size / 1024)} KiB): the layout Grafana loads\n`
  );
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`package: ${err.message}\n`);
    process.exit(1);
  }
}

module.exports = { TARGETS, checkLayout, buildZip, verifyZip, binaryName };

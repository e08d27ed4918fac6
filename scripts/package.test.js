const { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { TARGETS, binaryName, buildZip, verifyZip } = require('./package');

const LOGO = { small: 'img/logo.svg', large: 'img/logo.svg' };

/** A built plugin as webpack leaves it: the app, a nested panel, a nested backend data source. */
function fakeDist({ binaries = TARGETS, executable = true, placeholder = false } = {}) {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  const plugin = (dir, json) => {
    mkdirSync(join(dist, dir, 'img'), { recursive: true });
    writeFileSync(
      join(dist, dir, 'plugin.json'),
      JSON.stringify({ ...json, info: { logos: LOGO, version: placeholder ? '%VERSION%' : '1.0.0' } })
    );
    writeFileSync(join(dist, dir, 'module.js'), '');
    writeFileSync(join(dist, dir, 'img/logo.svg'), '<svg/>');
  };
  plugin('.', { id: 'anomalylens-explain-app', type: 'app' });
  plugin('panel', { id: 'anomalylens-explain-panel', type: 'panel' });
  plugin('datasource', {
    id: 'anomalylens-verdict-datasource',
    type: 'datasource',
    backend: true,
    executable: 'gpx_verdict',
  });
  for (const [os, arch] of binaries) {
    const bin = join(dist, 'datasource', binaryName('gpx_verdict', os, arch));
    writeFileSync(bin, '#!/bin/sh\n');
    chmodSync(bin, executable ? 0o755 : 0o644);
  }
  return dist;
}

describe('release zip', () => {
  const dirs = [];
  const zipOf = (dist) => {
    dirs.push(dist);
    const out = join(dist, '..', `${dist.split('/').pop()}.zip`);
    dirs.push(out);
    buildZip(dist, out);
    return out;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('unpacks into one folder named after the app, nested plugins and executable binaries inside', () => {
    expect(verifyZip(zipOf(fakeDist()))).toEqual([]);
  });

  it('names a missing target binary, a binary that lost its executable bit and a leftover placeholder', () => {
    expect(verifyZip(zipOf(fakeDist({ binaries: TARGETS.slice(1) })))).toEqual([
      'anomalylens-explain-app/datasource/plugin.json: binary anomalylens-explain-app/datasource/gpx_verdict_linux_amd64 missing',
    ]);
    expect(verifyZip(zipOf(fakeDist({ executable: false })))).toHaveLength(TARGETS.length);
    expect(verifyZip(zipOf(fakeDist({ placeholder: true })))).toContain(
      'anomalylens-explain-app/plugin.json: build placeholder %VERSION% left'
    );
  });
});

#!/usr/bin/env node
/**
 * Rewrites the README's example outputs from the shipped bundle (between `<!-- example:NAME -->` and
 * `<!-- /example:NAME -->`): the quick start's `curl` answer from `anomaly-lens serve`'s own server on
 * models/default, and `anomaly-lens explain` on the committed HDFS block and OpenStack failed-spawn fixtures.
 * `npm run record` runs it with scripts/record-fixtures.js (the plugin's fixtures) and the screenshots.
 */
'use strict';
const { execFileSync } = require('node:child_process');
const { readFileSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const README = join(ROOT, 'README.md');
const { loadConfig } = require(join(ROOT, 'backend/dist/service/config'));
const { startServer } = require(join(ROOT, 'backend/dist/service/server'));

/** The README's text with one example block replaced; throws when its markers are missing. */
function withExample(readme, name, lang, text) {
  const begin = `<!-- example:${name} -->`;
  const end = `<!-- /example:${name} -->`;
  const a = readme.indexOf(begin);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) {
    throw new Error(`README.md has no ${begin} … ${end}`);
  }
  return `${readme.slice(0, a)}${begin}\n\`\`\`${lang}\n${text.trimEnd()}\n\`\`\`\n${readme.slice(b)}`;
}

const explain = (data, key) =>
  execFileSync(
    process.execPath,
    [join(ROOT, 'backend/dist/cli/main.js'), 'explain', '--bundle', 'models/default', '--data', data, '--key', key],
    { cwd: ROOT, encoding: 'utf8' }
  );

async function main() {
  const server = await startServer({
    config: loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      MODEL_DIR: join(ROOT, 'models/default'),
      WORKERS: '1',
      AUTH_DISABLED: 'true',
      LOG_LEVEL: 'warn',
    }),
  });
  let score;
  try {
    const res = await fetch(`${server.url}/api/v1/score`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        lines: [
          { line: 'RAS KERNEL FATAL data TLB error interrupt' },
          { line: 'RAS KERNEL INFO instruction cache parity error corrected' },
        ],
      }),
    });
    score = await res.json();
  } finally {
    await server.shutdown('examples');
    await server.closed;
  }
  // One result a line, as a reader scans them.
  const scoreText = `{"model": ${JSON.stringify(score.model)}, "results": [\n${score.results
    .map((r) => `  ${JSON.stringify(r)}`)
    .join(',\n')}\n]}`;
  let readme = readFileSync(README, 'utf8');
  readme = withExample(readme, 'score', 'json', scoreText);
  readme = withExample(
    readme,
    'explain-hdfs',
    'text',
    explain('tests/fixtures/sequence/hdfs_blocks.log', 'blk_-5818478081164015292')
  );
  readme = withExample(
    readme,
    'explain-openstack',
    'text',
    explain('tests/fixtures/sequence/openstack_failed_spawn.log', '9a2c4e71-5b3d-4f0e-8c6a-1d2e3f4a5b6c')
  );
  writeFileSync(README, readme);
  process.stderr.write('wrote the README examples: score, explain-hdfs, explain-openstack\n');
}

main().catch((err) => {
  process.stderr.write(`readme-examples: ${err.stack ?? err}\n`);
  process.exit(1);
});

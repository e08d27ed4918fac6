/**
 * Browser test: builds the harness (every app page and the panel with recorded data), serves it, drives headless
 * Chromium: the timeline, lines, patterns and fields of the Explain page, a line's reasoning, a cited event, an
 * annotation, every page and the panel in dark and light, and 10,000 lines (timed). Screenshots go to
 * $SCREENSHOTS_DIR (default: a folder under the system temp dir, outside the tracked tree); look at them.
 * `npm run screenshots` copies the README's from a run into docs/screenshots.
 * Skips (exit 0) with a message when Chromium is missing. Run: npm run test:browser
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// What the harness shows comes from the recorded responses of the shipped bundle (scripts/record-fixtures.js).
const recorded = (name) => JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/plugin', `${name}.json`), 'utf8'));
const hdfsResults = recorded('scoreHdfs').results;
const hdfsAnomalies = hdfsResults.filter((r) => r.verdict === 'anomaly').length;
const HDFS_SUMMARY = new RegExp(`${hdfsResults.length} lines · ${hdfsAnomalies} anomal(y|ies)`);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const OUT = process.env.HARNESS_OUT || path.join(os.tmpdir(), 'anomalylens-harness');
const SHOTS = process.env.SCREENSHOTS_DIR || path.join(os.tmpdir(), 'anomalylens-screenshots');

if (!existsSync(CHROMIUM)) {
  console.log(
    `SKIPPED tests/browser/explain.spec.mjs: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`
  );
  process.exit(0);
}
const { chromium } = await import('playwright-core');

console.log('building the harness…');
execFileSync('npx', ['webpack', '-c', 'tests/browser/webpack.harness.config.cjs'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, HARNESS_OUT: OUT },
});

const INDEX = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Anomaly Lens harness</title></head>
<body><div id="root"></div><script src="/harness.js"></script></body></html>`;
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(INDEX);
    return;
  }
  const file = path.join(OUT, path.normalize(url.pathname).replace(/^[/\\]+/, ''));
  if (!file.startsWith(OUT) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  const type = file.endsWith('.js')
    ? 'text/javascript'
    : file.endsWith('.svg')
      ? 'image/svg+xml'
      : 'application/octet-stream';
  res.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
let failed = false;
const results = [];
async function step(name, fn) {
  try {
    await fn();
    results.push(`ok   ${name}`);
  } catch (e) {
    failed = true;
    results.push(
      `FAIL ${name}\n     ${String(e?.stack ?? e)
        .split('\n')
        .slice(0, 10)
        .join('\n     ')}`
    );
  }
}

try {
  mkdirSync(SHOTS, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));

  await step('Explain page lists the scored HDFS lines', async () => {
    await page.goto(`${base}#explain`);
    const summary = page.getByTestId('data-testid al-summary');
    await summary.waitFor({ timeout: 30_000 });
    assert.match(await summary.innerText(), HDFS_SUMMARY);
    const rows = page.locator('[role="listbox"] [role="option"]');
    assert.ok((await rows.count()) > 10, 'visible rows rendered');
    assert.match(await rows.first().innerText(), /Normal/);
    // The timeline is Grafana's time series panel over the query's range.
    const timeline = page
      .getByLabel('Log volume, anomalies by failure domain')
      .locator('[data-panel-plugin="timeseries"]');
    await timeline.waitFor();
    assert.ok((await timeline.locator('canvas').count()) > 0, 'timeline chart drawn');
    // Scores are shown with the cut they were compared with.
    assert.match(await rows.first().innerText(), /0\.\d\d < 0\.\d\d/);
  });

  await step('clicking a line opens its five-level reasoning', async () => {
    await page.getByLabel('Anomalies only').check({ force: true });
    const row = page.locator('[role="option"]', { hasText: 'writeBlock' });
    await row.waitFor();
    await row.click();
    const reasoning = page.getByTestId('data-testid al-reasoning');
    await reasoning.waitFor({ timeout: 15_000 });
    const text = await reasoning.innerText();
    // The recorded block's anomaly is its sequence's: its events are all normal lines on their own.
    const explained = recorded('explainHdfs');
    const anomalousEvents = explained.results.filter((r) => r.verdict === 'anomaly').length;
    assert.match(
      text,
      new RegExp(
        `Anomaly in storage: ${anomalousEvents} of ${explained.sequence.lineIndices.length} events are anomalous lines`
      )
    );
    for (const level of ['1. Event-wise', '2. Stage-wise', '3. Pattern', '4. Indicators', '5. Summary']) {
      assert.ok(text.includes(level), `level ${level}`);
    }
    assert.equal(await row.getAttribute('aria-selected'), 'true');
  });

  await step(
    'a cited event shows its line (kept by Anomalies only: it is in an incident); Add annotation posts the summary',
    async () => {
      await page.getByRole('button', { name: 'Show event 1 in the log lines' }).first().click();
      const list = page.getByTestId('data-testid al-lines');
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="data-testid al-lines"]')?.getAttribute('aria-activedescendant')
      );
      const active = await list.getAttribute('aria-activedescendant');
      const cited = page.locator(`#${active}`);
      await cited.waitFor();
      assert.match(await cited.innerText(), /allocateBlock/);
      assert.equal(await page.locator('#anomalylens-anomalies-only').isChecked(), true);
      await page.getByRole('button', { name: 'Add annotation' }).click();
      await page.getByText(/Annotation 1 added \(tags: anomaly-lens, storage\)/).waitFor();
      const posted = await page.evaluate(() => window.__annotations);
      assert.equal(posted.length, 1);
      assert.deepEqual(posted[0].tags, ['anomaly-lens', 'storage']);
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(SHOTS, 'explain-page.png') });
    }
  );

  await step('the Incidents tab ranks the anomalous sequences and opens one', async () => {
    const p = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await p.goto(`${base}#explain-incidents`);
    const incidents = p.getByRole('list', { name: 'Incidents' });
    await incidents.waitFor({ timeout: 30_000 });
    assert.equal(await incidents.getByRole('listitem').count(), 2);
    assert.match(await incidents.getByRole('listitem').first().innerText(), /blk_7648436334209344608/);
    await p.waitForTimeout(300);
    await p.screenshot({ path: path.join(SHOTS, 'explain-incidents.png') });
    await incidents
      .getByRole('button', { name: /Open reasoning/ })
      .first()
      .click();
    await p.getByTestId('data-testid al-reasoning').waitFor({ timeout: 15_000 });
    await p.close();
  });

  await step('the Explain anomaly panel lists lines and opens the drawer', async () => {
    const panel = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await panel.goto(`${base}#panel`);
    await panel.getByText(HDFS_SUMMARY).waitFor({ timeout: 30_000 });
    await panel.keyboard.press('Tab');
    const list = panel.getByTestId('data-testid al-lines');
    await list.focus();
    for (let i = 0; i < 42; i++) {
      await panel.keyboard.press('ArrowDown');
    }
    await panel.keyboard.press('Enter');
    await panel.getByTestId('data-testid al-reasoning').waitFor({ timeout: 15_000 });
    // Let the drawer finish sliding in.
    await panel.waitForTimeout(800);
    await panel.screenshot({ path: path.join(SHOTS, 'explain-panel.png') });
    await panel.close();
  });

  await step('the light theme renders the same page', async () => {
    const light = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await light.goto(`${base}?theme=light#explain`);
    await light.getByTestId('data-testid al-summary').waitFor({ timeout: 30_000 });
    const bg = await light.evaluate(() => getComputedStyle(document.querySelector('main')).backgroundColor);
    assert.notEqual(bg, 'rgb(17, 18, 23)', 'light canvas');
    await light.getByLabel('Anomalies only').check({ force: true });
    await light.locator('[role="option"]', { hasText: 'writeBlock' }).click();
    await light.getByTestId('data-testid al-reasoning').waitFor({ timeout: 15_000 });
    await light.waitForTimeout(800);
    await light.screenshot({ path: path.join(SHOTS, 'explain-page-light.png') });
    await light.close();
  });

  const VIEWS = [
    ['explain-bgl', /400 lines/],
    ['explain-patterns', /patterns · select patterns/],
    ['explain-fields', /stream label|detected field/],
    ['explain-incidents', /anomalous of \d+ sequences/],
    ['failure-domains', /Anomaly rate per failure domain/],
    ['model', /Domains|domains/],
    ['labelling', /label/i],
    ['panel', HDFS_SUMMARY],
  ];
  for (const theme of ['dark', 'light']) {
    for (const [view, expected] of VIEWS) {
      await step(`${view} renders in the ${theme} theme`, async () => {
        const p = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        const pageErrors = [];
        p.on('pageerror', (e) => pageErrors.push(String(e)));
        await p.goto(`${base}${theme === 'light' ? '?theme=light' : ''}#${view}`);
        await p.getByText(expected).first().waitFor({ timeout: 30_000 });
        await p.waitForTimeout(600);
        await p.screenshot({ path: path.join(SHOTS, `${view}-${theme}.png`), fullPage: true });
        await p.close();
        assert.deepEqual(pageErrors, [], 'no page errors');
      });
    }
  }

  await step('10,000 lines render and scroll', async () => {
    const big = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await big.goto(`${base}#explain-10k`);
    const summary = big.getByTestId('data-testid al-summary');
    await summary.waitFor({ timeout: 60_000 });
    const ms = await big.evaluate(() => performance.now() - performance.getEntriesByName('harness-start')[0].startTime);
    assert.match(await summary.innerText(), /10,000 lines/);
    const domRows = await big.locator('[role="option"]').count();
    assert.ok(domRows < 100, `virtualised: ${domRows} rows in the DOM`);
    const t0 = Date.now();
    await big.getByTestId('data-testid al-lines').focus();
    await big.keyboard.press('End');
    await big.locator('#anomalylens-line-9999').waitFor();
    console.log(
      `10,000 lines: loaded, scored and listed in ${Math.round(ms)} ms; End key to last row in ${Date.now() - t0} ms; ${domRows} rows in the DOM`
    );
    // Smoothness: scroll the list 60 frames in a row (one screen a frame) and time the frames; then wrap the
    // lines (rows measured) and time that re-render.
    const frames = await big.evaluate(async () => {
      const el = document.querySelector('[data-testid="data-testid al-lines"]');
      el.scrollTop = 0;
      const times = [];
      let last = performance.now();
      for (let i = 0; i < 60; i++) {
        el.scrollTop += el.clientHeight;
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      return times.sort((a, b) => a - b);
    });
    const p = (q) => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))].toFixed(1);
    const w0 = Date.now();
    await big.getByLabel('Wrap lines').check({ force: true });
    await big.waitForFunction(() => document.querySelector('[role="option"]')?.style.height === '');
    console.log(
      `10,000 lines: scrolling a screen a frame, frame time median ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${p(1)} ms; wrap on in ${Date.now() - w0} ms`
    );
    await big.close();
  });

  assert.deepEqual(errors, [], 'no page errors');
} catch (e) {
  failed = true;
  results.push(`FAIL ${String(e)}`);
} finally {
  await browser.close();
  server.close();
}
console.log(results.join('\n'));
console.log(`screenshots: ${SHOTS}`);
process.exit(failed ? 1 : 0);

/**
 * Refreshes the README's screenshots from a browser-test run: runs tests/browser/explain.spec.mjs with its
 * screenshots in a temporary folder, then copies the ones the READMEs show into docs/screenshots (the repository
 * README) and src/img/screenshots (the plugin's catalogue page and plugin.json's info.screenshots).
 * Run: npm run screenshots
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Run screenshot name → file name in the READMEs.
const SHOWN = {
  'explain-page.png': 'explain-page.png',
  'explain-page-light.png': 'explain-page-light.png',
  'explain-bgl-dark.png': 'explain-timeline.png',
  'explain-patterns-dark.png': 'explain-patterns.png',
  'explain-incidents-dark.png': 'explain-incidents.png',
  'explain-panel.png': 'explain-panel.png',
};

const shots = mkdtempSync(path.join(os.tmpdir(), 'anomalylens-screenshots-'));
execFileSync('node', [path.join(ROOT, 'tests/browser/explain.spec.mjs')], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, SCREENSHOTS_DIR: shots },
});
// The catalogue shows what plugin.json's info.screenshots lists; the light-theme page is the repository README's.
const CATALOGUE = new Set(Object.values(SHOWN).filter((name) => name !== 'explain-page-light.png'));
for (const dir of ['docs/screenshots', 'src/img/screenshots']) {
  mkdirSync(path.join(ROOT, dir), { recursive: true });
  for (const [from, to] of Object.entries(SHOWN)) {
    if (dir === 'docs/screenshots' || CATALOGUE.has(to)) {
      copyFileSync(path.join(shots, from), path.join(ROOT, dir, to));
    }
  }
}
console.log(`copied ${Object.keys(SHOWN).length} screenshots into docs/screenshots and src/img/screenshots`);

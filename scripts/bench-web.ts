// `npm run bench:web`: the playground's figures in headless Chromium, from the site that
// `npm run build:web` writes, opened from file://. First analysis: from navigation start to the
// replay of the first example drawn (engine worker started, parser loaded, program analysed and
// simulated). Re-analysis: from the page sending the edited text to the worker to the new replay
// drawn (the editor's 200 ms debounce comes before it). Also the site's size.
// Usage: npm run bench:web [-- --runs N]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from '../test/browser/harness';

const root = path.resolve(__dirname, '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  const { buildWeb } = (await import(pathToFileURL(path.join(root, 'scripts', 'build-web.mjs')).href)) as {
    buildWeb(): Promise<{ out: string; size: number }>;
  };
  const site = await buildWeb();
  const index = path.join(site.out, 'index.html');
  const browser = await launch('light');
  const first: number[] = [];
  const again: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      await page.goto(`file://${index}`);
      await page.waitForSelector('body[data-traced="1"]');
      first.push(await page.evaluate(() => performance.getEntriesByName('playground-first-analysis')[0]!.startTime));
      // One keystroke at the end of the program's first line.
      await page.locator('#editor .cm-line').first().click();
      await page.keyboard.press('End');
      await page.keyboard.type(' ');
      await page.waitForSelector('body[data-traced="2"]');
      again.push(await page.evaluate(() => performance.getEntriesByName('playground-analysis-2')[0]!.duration));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const files = fs.readdirSync(site.out).map((f) => `${f} ${(fs.statSync(path.join(site.out, f)).size / 1024).toFixed(0)} KiB`);
  console.log(`Median of ${RUNS} page loads, Chromium headless, ${new Date().toISOString().slice(0, 10)}; first example: ownership_and_drops.rs.\n`);
  console.log('| playground | ms |');
  console.log('|---|---:|');
  console.log(`| first analysis drawn, from page load | ${median(first).toFixed(0)} |`);
  console.log(`| re-analysis after an edit (after the 200 ms debounce) | ${median(again).toFixed(0)} |`);
  console.log(`\nSite: ${(site.size / 1024).toFixed(0)} KiB (${files.join(', ')}).`);
}

void main();

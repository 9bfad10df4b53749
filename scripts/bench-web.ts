// `npm run bench:web`: the playground's figures in headless Chromium, from the site that
// `npm run build:web` writes, opened from file://. First analysis: from navigation start to the
// replay of the first example drawn (engine worker started, parser loaded, program analysed and
// simulated). Re-analysis: from the page sending the edited text to the worker to the new replay
// drawn (the editor's 200 ms debounce comes before it). Also the parts of a first analysis, from
// the engine worker's own marks, the site's size and the machine's load average.
// Usage: npm run bench:web [-- --runs N]
import * as fs from 'node:fs';
import * as os from 'node:os';
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
  /** Per part of a first analysis, ms from page load. */
  const parts = new Map<string, number[]>();
  const part = (name: string, ms: number) => parts.set(name, [...(parts.get(name) ?? []), ms]);
  const load = os.loadavg()[0]!;
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      await page.goto(`file://${index}`);
      await page.waitForSelector('body[data-traced="1"]');
      first.push(await page.evaluate(() => performance.getEntriesByName('playground-first-analysis')[0]!.startTime));
      const pageMarks = await page.evaluate(() => ({
        origin: performance.timeOrigin,
        interactive: performance.getEntriesByType('navigation').map((n) => (n as PerformanceNavigationTiming).domInteractive)[0] ?? 0,
        sent: performance.getEntriesByName('playground-analyse-1')[0]!.startTime,
      }));
      part('page parsed (DOM interactive)', pageMarks.interactive);
      part('first program sent to the engine worker', pageMarks.sent);
      // The worker's clock starts when it does: its marks are moved onto the page's.
      const worker = await page.workers()[0]!.evaluate(() => ({ origin: performance.timeOrigin, marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const) }));
      const at = (name: string) => worker.origin + (worker.marks.find(([n]) => n === name)?.[1] ?? NaN) - pageMarks.origin;
      part('worker started', worker.origin - pageMarks.origin);
      part('worker script run', at('engine-script-run'));
      part('parser ready', at('engine-parser-ready'));
      part('static checks done (parse, front end, type checker)', at('engine-static-1'));
      part('simulated', at('engine-simulated-1'));
      part('trace checks done', at('engine-checked-1'));
      part('permissions done', at('engine-permissions-1'));
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
  console.log(`Median of ${RUNS} page loads, Chromium headless, ${new Date().toISOString().slice(0, 10)}; first example: ownership_and_drops.rs; load average ${load.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after (${os.cpus().length} cores).\n`);
  console.log('| playground | ms |');
  console.log('|---|---:|');
  console.log(`| first analysis drawn, from page load | ${median(first).toFixed(0)} |`);
  console.log(`| re-analysis after an edit (after the 200 ms debounce) | ${median(again).toFixed(0)} |`);
  console.log('\n| first analysis, part done at | ms from page load |');
  console.log('|---|---:|');
  for (const [name, samples] of parts) console.log(`| ${name} | ${median(samples).toFixed(0)} |`);
  console.log(`| replay drawn | ${median(first).toFixed(0)} |`);
  console.log(`\nSite: ${(site.size / 1024).toFixed(0)} KiB (${files.join(', ')}).`);
}

void main();

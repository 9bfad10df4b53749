// Scale: a 100,000-step trace must load in the panel's renderer in under a second and the slider
// must scrub through it without stalls. The figures are printed so they can be tracked; the
// assertions leave room for a busy two-core machine.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bigTrace } from '../fixtures/inspector/big-trace';
import { readReplayAssets, replayPage } from '../../server/src/replayPage';
import { startChromium, OUTPUT, ROOT, tempDir, type Browser } from './harness';

const STEPS = 100000;

describe('inspector at scale (100,000 steps) in Chromium', function () {
  this.timeout(120000);
  let browser: Browser | undefined;
  let file = '';

  before(async function () {
    browser = await startChromium(this);
    file = path.join(tempDir(), 'big.html');
    fs.writeFileSync(file, replayPage({ trace: bigTrace(STEPS) }, readReplayAssets(ROOT)));
  });

  after(async () => {
    await browser?.close();
  });

  it('draws the first step at once, reads the rest in parts, and scrubs without stalls', async () => {
    const page = await browser!.context.newPage();
    const size = fs.statSync(file).size;
    await page.goto(`file://${file}`);
    await page.waitForSelector('#app[data-step="0"]');
    const load = await page.evaluate(() => performance.getEntriesByName('rustmem-first-render')[0]!.startTime);
    // The rest of the steps arrive in parts after the first is drawn.
    await page.waitForFunction(() => performance.getEntriesByName('rustmem-complete').length > 0, undefined, { timeout: 90000 });
    const complete = await page.evaluate(() => performance.getEntriesByName('rustmem-complete')[0]!.startTime);
    await page.waitForSelector('.step-label:text-is("Step 1 of 100000 · line 2")');
    assert.match(await page.locator('.banner').innerText(), /Step limit reached/);

    // Each seek waits for its render; the latency includes waiting for the next animation frame.
    const scrub = await page.evaluate(async (steps: number) => {
      const slider = document.querySelector<HTMLInputElement>('input.slider')!;
      const app = document.getElementById('app')!;
      const seek = (to: number) =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          const obs = new MutationObserver(() => {
            if (app.dataset['step'] === String(to)) {
              obs.disconnect();
              resolve(performance.now() - t0);
            }
          });
          obs.observe(app, { attributes: true, attributeFilter: ['data-step'] });
          slider.value = String(to);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        });
      const drag: number[] = [];
      for (let s = 499; s < steps; s += 500) drag.push(await seek(s));
      const random: number[] = [];
      let x = 12345;
      for (let i = 0; i < 200; i++) {
        x = (x * 1103515245 + 12345) % 2147483648;
        let to = x % steps;
        if (to === Number(app.dataset['step'])) to = (to + 1) % steps;
        random.push(await seek(to));
      }
      const stats = (a: number[]) => {
        const s = a.slice().sort((p, q) => p - q);
        return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.floor(s.length * 0.95)]!, max: s[s.length - 1]! };
      };
      return { drag: stats(drag), random: stats(random) };
    }, STEPS);
    const round = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v)]));
    const figures = { file: `${(size / 1e6).toFixed(1)} MB`, firstStepMs: Math.round(load), allStepsMs: Math.round(complete), dragMs: round(scrub.drag), randomSeekMs: round(scrub.random) };
    console.log(`      scale figures: ${JSON.stringify(figures)}`);
    fs.writeFileSync(path.join(OUTPUT, 'scale-figures.json'), JSON.stringify(figures, null, 2));
    await page.screenshot({ path: path.join(OUTPUT, 'scale-100k.png') });
    // The bar is one second on an idle machine (see the README's Performance figures); these
    // bounds catch a regression by an order of magnitude without failing on a machine that is
    // busy with other work (an unsplit page of this trace took 17 s).
    assert.ok(load < 5000, `first step drawn after ${load} ms`);
    assert.ok(scrub.random.p95 < 500, `random seeks p95 ${scrub.random.p95} ms`);
    await page.close();
  });
});
